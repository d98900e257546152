// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.collection;

import org.knime.core.data.DataCell;

public interface CellCollection extends Iterable<DataCell> {

    boolean containsBlobWrapperCells();
}
