package org.imodel.knime.node.trajectory;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioTable;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/** Reads the scenario table (the engine's {@link ScenarioTable} layout, as the Scenario Builder writes it). */
final class ScenarioRows {

    private static final String FIX = "Connect the output of the Scenario Builder node (or a table with its columns"
            + " and units).";

    private ScenarioRows() {
    }

    /**
     * @param spec the scenario table's spec
     * @return the index of each {@link ScenarioTable#COLUMNS} column
     * @throws InvalidSettingsException naming every missing or wrongly typed column and the fix
     */
    static int[] check(DataTableSpec spec) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        int[] index = new int[ScenarioTable.COLUMNS.size()];
        for (int c = 0; c < index.length; c++) {
            ColumnDef column = ScenarioTable.COLUMNS.get(c);
            index[c] = spec.findColumnIndex(column.name());
            if (index[c] < 0) {
                problems.add("column '" + column.name() + "' (" + column.description() + ") is missing");
            } else if (column.type() == ColumnType.INT
                    && !spec.getColumnSpec(index[c]).getType().isCompatible(IntValue.class)
                    || column.type() == ColumnType.DOUBLE
                    && !spec.getColumnSpec(index[c]).getType().isCompatible(DoubleValue.class)) {
                problems.add("column '" + column.name() + "' must be " + (column.type() == ColumnType.INT
                        ? "whole numbers" : "numeric") + " but is " + spec.getColumnSpec(index[c]).getType());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException("The scenario table (third input) is not a scenario table: "
                    + String.join("; ", problems) + ". " + FIX);
        }
        return index;
    }

    /**
     * @param table the scenario table
     * @param monitor cancellation
     * @return its scenarios, in order of first appearance
     * @throws InvalidSettingsException naming the row and column that break the layout, and the fix
     * @throws CanceledExecutionException when cancelled
     */
    static List<Scenario> read(BufferedDataTable table, ExecutionMonitor monitor)
            throws InvalidSettingsException, CanceledExecutionException {
        int[] index = check(table.getDataTableSpec());
        List<Object[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (DataRow row : table) {
            monitor.checkCanceled();
            Object[] values = new Object[index.length];
            for (int c = 0; c < index.length; c++) {
                DataCell cell = row.getCell(index[c]);
                ColumnDef column = ScenarioTable.COLUMNS.get(c);
                if (cell.isMissing()) {
                    throw new InvalidSettingsException("Scenario table, row " + row.getKey() + ": column '"
                            + column.name() + "' is missing a value. Give every cycle of every scenario a value.");
                }
                values[c] = column.type() == ColumnType.INT ? (Object) ((IntValue) cell).getIntValue()
                        : column.type() == ColumnType.DOUBLE ? (Object) ((DoubleValue) cell).getDoubleValue()
                        : cell.toString();
            }
            rows.add(values);
            keys.add(row.getKey().toString());
        }
        if (rows.isEmpty()) {
            throw new InvalidSettingsException("The scenario table (third input) has no rows. " + FIX);
        }
        try {
            return ScenarioTable.read(rows, i -> "Scenario table, row " + keys.get(i));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
