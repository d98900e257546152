// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.container;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/** Cell factory with fixed column specs and KNIME's default progress ("Processed row i/n (key)"). */
public abstract class AbstractCellFactory implements CellFactory {

    private final DataColumnSpec[] colSpecs;
    private final boolean parallel;

    public AbstractCellFactory(final DataColumnSpec... colSpecs) {
        this(false, colSpecs);
    }

    public AbstractCellFactory(final boolean processConcurrently, final DataColumnSpec... colSpecs) {
        this.colSpecs = colSpecs.clone();
        this.parallel = processConcurrently;
    }

    @Override
    public DataColumnSpec[] getColumnSpecs() {
        return colSpecs.clone();
    }

    public final boolean isParallelProcessing() {
        return parallel;
    }

    @Override
    @Deprecated
    public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey,
            final ExecutionMonitor exec) {
        setProgress((long) curRowNr, (long) rowCount, lastKey, exec);
    }

    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
            final ExecutionMonitor exec) {
        exec.setProgress(curRowNr / (double) Math.max(1, rowCount),
            () -> "Processed row " + curRowNr + "/" + rowCount + " (\"" + lastKey + "\")");
    }
}
