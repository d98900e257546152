package org.imodel.knime.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.table.ColumnType;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.collection.ListDataValue;

/**
 * Reads the canonical per-cycle columns ({@link CycleColumns}) of a KNIME table back into engine records. The
 * constructor checks the spec (for configure), {@link #record(DataRow)} converts rows (for execute).
 */
public final class CycleRows {

    private static final Map<String, Integer> POSITION = new HashMap<>();

    static {
        for (int c = 0; c < CycleColumns.ALL.size(); c++) {
            POSITION.put(CycleColumns.ALL.get(c).name(), c);
        }
    }

    private final int[] index = new int[CycleColumns.ALL.size()];

    /**
     * @param spec the input table spec
     * @throws IllegalArgumentException naming every missing or wrongly typed column and what to do
     */
    public CycleRows(DataTableSpec spec) {
        List<String> problems = new ArrayList<>();
        for (int c = 0; c < index.length; c++) {
            String name = CycleColumns.ALL.get(c).name();
            index[c] = spec.findColumnIndex(name);
            boolean required = CycleColumns.REQUIRED.contains(name);
            if (index[c] < 0) {
                if (required) {
                    problems.add("'" + name + "' is missing");
                }
                continue;
            }
            DataColumnSpec column = spec.getColumnSpec(index[c]);
            boolean list = name.equals(CycleColumns.CI) || name.equals(CycleColumns.RELAXATION);
            boolean numeric = !list && CycleColumns.ALL.get(c).type() != ColumnType.STRING;
            if (list && !isNumberList(column.getType())
                    || numeric && !column.getType().isCompatible(DoubleValue.class)) {
                problems.add("'" + name + "' must be " + (list ? "a list of numbers" : "numeric") + " but is "
                        + column.getType());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The input is not a per-cycle table: " + String.join(", ", problems)
                    + ". Connect the output of the Battery Dataset Reader, Cycler Time Series to Cycles or Battery"
                    + " Cell Simulator node (or rename the columns).");
        }
    }

    private static boolean isNumberList(DataType type) {
        DataType element = type.isCompatible(ListDataValue.class) ? type.getCollectionElementType() : null;
        return element != null && element.isCompatible(DoubleValue.class);
    }

    /**
     * @param row a row of the checked table
     * @return the record (missing numbers become NaN, a missing list an empty array)
     */
    public CycleRecord record(DataRow row) {
        double[] ci = list(row, CycleColumns.CI);
        double start = number(row, CycleColumns.CI_START);
        double end = number(row, CycleColumns.CI_END);
        boolean perCycle = "per-cycle".equals(text(row, CycleColumns.CI_GRID, "uniform"));
        VoltageGrid grid = end > start && ci.length >= 2 ? new VoltageGrid(start, end, ci.length, perCycle)
                : VoltageGrid.UL;
        double cycle = number(row, CycleColumns.CYCLE);
        return new CycleRecord(text(row, CycleColumns.CELL_ID, "?"), Double.isNaN(cycle) ? -1 : (int) cycle,
                number(row, CycleColumns.CHARGE_CURRENT), number(row, CycleColumns.DISCHARGE_CURRENT),
                number(row, CycleColumns.TEMPERATURE), number(row, CycleColumns.DISCHARGE_CAPACITY),
                number(row, CycleColumns.CHARGE_CAPACITY), ci, grid, list(row, CycleColumns.RELAXATION),
                text(row, CycleColumns.CURRENT_UNIT, "A"), text(row, CycleColumns.FAMILY, "CANONICAL"),
                text(row, CycleColumns.CONDITION, ""), text(row, CycleColumns.SOURCE_FILE, ""),
                (long) orZero(number(row, CycleColumns.SOURCE_LINE)));
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private DataCell cell(DataRow row, String name) {
        int i = index[POSITION.get(name)];
        return i < 0 ? null : row.getCell(i);
    }

    private double number(DataRow row, String name) {
        DataCell cell = cell(row, name);
        return cell == null || cell.isMissing() ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
    }

    private String text(DataRow row, String name, String fallback) {
        DataCell cell = cell(row, name);
        return cell == null || cell.isMissing() ? fallback : cell.toString();
    }

    private double[] list(DataRow row, String name) {
        DataCell cell = cell(row, name);
        if (cell == null || cell.isMissing()) {
            return new double[0];
        }
        ListDataValue list = (ListDataValue) cell;
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            DataCell element = list.get(i);
            values[i] = element.isMissing() ? Double.NaN : ((DoubleValue) element).getDoubleValue();
        }
        return values;
    }
}
