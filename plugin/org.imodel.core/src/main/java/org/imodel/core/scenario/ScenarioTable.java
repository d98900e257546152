package org.imodel.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * Scenarios as a table: one row per scenario and future cycle, in Battery Data Format style. The Scenario Builder
 * node and {@code imodel scenarios} write it; the Trajectory Predictor and {@code imodel predict} read it back.
 */
public final class ScenarioTable {

    /** Columns, in order. */
    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef("scenario", ColumnType.STRING, "Scenario name."),
            new ColumnDef("future_cycle", ColumnType.INT, "Cycle of the scenario, 1 = the cell state's own cycle."),
            new ColumnDef("charge_current", ColumnType.DOUBLE, "Charge current, in current_unit."),
            new ColumnDef("discharge_current", ColumnType.DOUBLE, "Discharge current (positive magnitude), in"
                    + " current_unit."),
            new ColumnDef("ambient_temperature_celsius", ColumnType.DOUBLE, "Ambient temperature (degC)."),
            new ColumnDef("current_unit", ColumnType.STRING, "A (amperes) or C (C-rate)."));

    private ScenarioTable() {
    }

    /**
     * @param scenarios scenarios
     * @return their rows in {@link #COLUMNS} order
     */
    public static List<Object[]> rows(List<Scenario> scenarios) {
        List<Object[]> rows = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (int k = 0; k < s.cycles(); k++) {
                rows.add(new Object[] {s.name(), k + 1, s.charge(k), s.discharge(k), s.temperature(k),
                    s.unit().symbol()});
            }
        }
        return rows;
    }

    /**
     * Reads scenarios back: rows of a scenario must be consecutive in future_cycle order 1, 2, 3, ... and share one
     * unit.
     *
     * @param rows rows in {@link #COLUMNS} order (numbers as {@link Number}, texts as strings)
     * @param where names a row for messages, e.g. "scenarios.csv line 7"
     * @return the scenarios, in order of first appearance
     * @throws IllegalArgumentException naming the row that breaks the rules and what to do
     */
    public static List<Scenario> read(List<Object[]> rows, IntFunction<String> where) {
        Map<String, List<Object[]>> byName = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            String name = String.valueOf(r[0]);
            List<Object[]> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
            firstRow.putIfAbsent(name, i);
            int cycle = ((Number) r[1]).intValue();
            if (cycle != list.size() + 1) {
                throw new IllegalArgumentException(where.apply(i) + ": scenario '" + name + "' has future_cycle "
                        + cycle + " where " + (list.size() + 1) + " was expected; list each scenario's cycles as 1,"
                        + " 2, 3, ... without gaps");
            }
            if (!list.isEmpty() && !String.valueOf(list.get(0)[5]).equals(String.valueOf(r[5]))) {
                throw new IllegalArgumentException(where.apply(i) + ": scenario '" + name + "' changes its"
                        + " current_unit from " + list.get(0)[5] + " to " + r[5] + "; give one unit per scenario");
            }
            list.add(r);
        }
        List<Scenario> out = new ArrayList<>();
        for (Map.Entry<String, List<Object[]>> e : byName.entrySet()) {
            List<Object[]> list = e.getValue();
            double[] c = new double[list.size()];
            double[] d = new double[list.size()];
            double[] t = new double[list.size()];
            for (int k = 0; k < list.size(); k++) {
                c[k] = ((Number) list.get(k)[2]).doubleValue();
                d[k] = ((Number) list.get(k)[3]).doubleValue();
                t[k] = ((Number) list.get(k)[4]).doubleValue();
            }
            ScenarioUnit unit;
            try {
                unit = ScenarioUnit.parse(String.valueOf(list.get(0)[5]));
            } catch (IllegalArgumentException x) {
                throw new IllegalArgumentException(where.apply(firstRow.get(e.getKey())) + ": " + x.getMessage(), x);
            }
            out.add(Scenario.explicit(e.getKey(), unit, c, d, t));
        }
        return out;
    }
}
