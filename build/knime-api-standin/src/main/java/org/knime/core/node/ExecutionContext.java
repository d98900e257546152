// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;

public class ExecutionContext extends ExecutionMonitor {

    private ExecutionContext() {
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in,
        final ColumnRearranger rearranger, final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public ExecutionContext createSubExecutionContext(final double maxProg) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
