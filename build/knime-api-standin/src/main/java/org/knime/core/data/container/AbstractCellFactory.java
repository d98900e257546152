// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.container;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

public abstract class AbstractCellFactory implements CellFactory {

    public AbstractCellFactory(final DataColumnSpec... colSpecs) {
    }

    public AbstractCellFactory(final boolean processConcurrently, final DataColumnSpec... colSpecs) {
    }

    @Override
    public DataColumnSpec[] getColumnSpecs() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    @Deprecated
    public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey,
            final ExecutionMonitor exec) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
            final ExecutionMonitor exec) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
