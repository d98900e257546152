// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.collection;

import java.util.Collection;

import org.knime.core.data.DataCell;

/** Creates collection cells. */
public final class CollectionCellFactory {

    private CollectionCellFactory() {
    }

    public static ListCell createListCell(final Collection<? extends DataCell> coll) {
        return new ListCell(coll);
    }
}
