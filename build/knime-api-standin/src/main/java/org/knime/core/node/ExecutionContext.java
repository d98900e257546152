// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.ColumnRearranger;

/** Creates a node's output tables (in memory) and sub-contexts; progress and cancel as in ExecutionMonitor. */
public class ExecutionContext extends ExecutionMonitor {

    /** Created by test harnesses (reflectively): a fresh execution. */
    private ExecutionContext() {
        super(new ProgressState(), null, 0, 1);
    }

    private ExecutionContext(final ExecutionContext parent, final double maxProg) {
        super(parent.state(), parent, parent.localProgress(), maxProg);
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        return new BufferedDataContainer(spec);
    }

    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        BufferedDataContainer container = createDataContainer(table.getDataTableSpec());
        for (DataRow row : table) {
            subProgressMon.checkCanceled();
            container.addRowToTable(row);
        }
        container.close();
        return container.getTable();
    }

    /**
     * KNIME: the rearranged table has the spec of rearranger.createSpec(); cell factories see every row in order
     * (our stand-in processes rows sequentially even when a factory allows concurrency); cancel is checked per row.
     */
    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in,
        final ColumnRearranger rearranger, final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
        Method rearrange;
        try {
            rearrange = ColumnRearranger.class.getDeclaredMethod("rearrange", DataRow.class, long.class, long.class,
                ExecutionMonitor.class);
            rearrange.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        BufferedDataContainer out = createDataContainer(rearranger.createSpec());
        long index = 0;
        try (CloseableRowIterator it = in.iterator()) {
            while (it.hasNext()) {
                subProgressMon.checkCanceled();
                out.addRowToTable((DataRow) rearrange.invoke(rearranger, it.next(), index++, in.size(),
                    subProgressMon));
            }
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        out.close();
        return out.getTable();
    }

    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(this, maxProg);
    }

    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        return createSubExecutionContext(maxProg);
    }
}
