// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.ExecutionMonitor;

/**
 * Describes an output table as the input columns plus appended cell-factory columns (the only rearrangement our
 * nodes use). ExecutionContext#createColumnRearrangeTable applies it row by row.
 */
public class ColumnRearranger {

    private final DataTableSpec original;
    private final List<CellFactory> appended = new ArrayList<>();

    public ColumnRearranger(final DataTableSpec original) {
        this.original = original;
    }

    public final void append(final CellFactory fac) {
        appended.add(fac);
    }

    public final DataTableSpec createSpec() {
        List<DataColumnSpec> columns = new ArrayList<>(original.stream().toList());
        for (CellFactory factory : appended) {
            columns.addAll(Arrays.asList(factory.getColumnSpecs()));
        }
        return new DataTableSpec(original.getName(), columns.toArray(new DataColumnSpec[0]));
    }

    /** Used (reflectively) by ExecutionContext: the output row for one input row. */
    @SuppressWarnings("unused")
    private DataRow rearrange(final DataRow row, final long index, final long rowCount,
            final ExecutionMonitor progress) {
        List<DataCell> cells = new ArrayList<>(row.stream().toList());
        for (CellFactory factory : appended) {
            DataCell[] added = factory.getCells(row, index);
            int expected = factory.getColumnSpecs().length;
            if (added == null || added.length != expected) {
                throw new IllegalStateException("Cell factory " + factory.getClass().getName() + " returned "
                    + (added == null ? "null" : added.length + " cells") + " for row " + row.getKey() + "; "
                    + expected + " expected");
            }
            cells.addAll(Arrays.asList(added));
            factory.setProgress(index + 1, rowCount, row.getKey(), progress);
        }
        return new DefaultRow(row.getKey(), cells);
    }
}
