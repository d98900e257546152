// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.collection;

import java.util.Collection;

import org.knime.core.data.DataCell;

public final class CollectionCellFactory {

    private CollectionCellFactory() {
    }

    public static ListCell createListCell(final Collection<? extends DataCell> coll) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
