package org.imodel.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/** Spec checks and bulk reading of per-cycle tables for the nodes that need all rows at once. */
public final class CycleTables {

    private CycleTables() {
    }

    /**
     * @param spec a table spec
     * @return the row reader for it
     * @throws InvalidSettingsException naming the missing or wrongly typed columns
     */
    public static CycleRows check(DataTableSpec spec) throws InvalidSettingsException {
        try {
            return new CycleRows(spec);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /**
     * @param table a per-cycle table
     * @param monitor progress (0..1 over the rows) and cancellation
     * @return all rows as engine records, in table order
     * @throws InvalidSettingsException when the table is not a per-cycle table
     * @throws CanceledExecutionException when cancelled
     */
    public static List<CycleRecord> read(BufferedDataTable table, ExecutionMonitor monitor)
            throws InvalidSettingsException, CanceledExecutionException {
        CycleRows rows = check(table.getDataTableSpec());
        List<CycleRecord> records = new ArrayList<>();
        long n = Math.max(1, table.size());
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                records.add(rows.record(it.next()));
                if ((records.size() & 1023) == 0) {
                    monitor.checkCanceled();
                    monitor.setProgress(records.size() / (double) n, "Reading row " + records.size() + " of " + n);
                }
            }
        }
        return records;
    }

    /**
     * @param records rows
     * @return the distinct cell ids in order of first appearance
     */
    public static List<String> cells(List<CycleRecord> records) {
        return records.stream().map(CycleRecord::cellId).distinct().toList();
    }
}
