// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

public interface CellFactory {

    default DataCell[] getCells(final DataRow row) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    default DataCell[] getCells(final DataRow row, final long rowIndex) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    DataColumnSpec[] getColumnSpecs();

    @Deprecated
    void setProgress(int curRowNr, int rowCount, RowKey lastKey, ExecutionMonitor exec);

    default void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
            final ExecutionMonitor exec) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
