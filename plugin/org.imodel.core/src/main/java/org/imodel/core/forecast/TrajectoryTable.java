package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * Output tables of scenario forecasts: one row per cell, scenario and future cycle, and a summary per cell and
 * scenario.
 */
public final class TrajectoryTable {

    /** Label of a crossing beyond the horizon. */
    public static final String BEYOND = "beyond the horizon";

    /** Per-cycle columns, in order. */
    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id."),
            new ColumnDef("scenario", ColumnType.STRING, "Scenario name."),
            new ColumnDef("cycle_count", ColumnType.INT, "Cycle the row predicts (the cell state's cycle + step)."),
            new ColumnDef("step", ColumnType.INT, "Step of the forecast, 0 = the cell state's own cycle."),
            new ColumnDef("predicted_capacity_ah", ColumnType.DOUBLE, "Predicted discharge capacity (Ah)."),
            new ColumnDef("soh", ColumnType.DOUBLE, "Predicted capacity / nominal capacity."),
            new ColumnDef("applicability", ColumnType.STRING, "INSIDE, OUTSIDE or UNKNOWN: whether the forecast's"
                    + " inputs lie inside the training data's range (see the summary's reason)."),
            new ColumnDef("rolled_out", ColumnType.INT, "1 when the step lies beyond the model's horizon P (forecast"
                    + " from the cell state rolled forward by the model's rollout map), 0 when the model forecast it"
                    + " directly."));

    /** Summary columns, in order. */
    public static final List<ColumnDef> SUMMARY_COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id."),
            new ColumnDef("scenario", ColumnType.STRING, "Scenario name."),
            new ColumnDef("start_cycle", ColumnType.INT, "The cell state's cycle (today)."),
            new ColumnDef("end_cycle", ColumnType.INT, "Last cycle of the horizon."),
            new ColumnDef("nominal_capacity_ah", ColumnType.DOUBLE, "Capacity SOH refers to (given, or the cell's"
                    + " first cycle)."),
            new ColumnDef("end_capacity_ah", ColumnType.DOUBLE, "Predicted capacity at the end of the horizon (Ah)."),
            new ColumnDef("end_soh", ColumnType.DOUBLE, "Predicted SOH at the end of the horizon."),
            new ColumnDef("threshold_soh", ColumnType.DOUBLE, "The SOH threshold."),
            new ColumnDef("threshold_cycle", ColumnType.STRING, "First cycle at or below the threshold, or '" + BEYOND
                    + "'."),
            new ColumnDef("applicability", ColumnType.STRING, "INSIDE, OUTSIDE or UNKNOWN: whether the cell's"
                    + " features and the scenario lie inside the training data's range."),
            new ColumnDef("applicability_reason", ColumnType.STRING, "Values outside that range."));

    private TrajectoryTable() {
    }

    /**
     * @param t a trajectory
     * @return its rows in {@link #COLUMNS} order, one per step
     */
    public static List<Object[]> rows(Trajectory t) {
        List<Object[]> rows = new ArrayList<>(t.steps());
        for (int k = 0; k < t.steps(); k++) {
            rows.add(new Object[] {t.cellId(), t.scenario(), t.cycle(k), k, (double) t.capacityAh()[k], t.soh(k),
                t.applicability().status().name(), t.rolledOut(k) ? 1 : 0});
        }
        return rows;
    }

    /**
     * @param t a trajectory
     * @param threshold SOH threshold, e.g. 0.8
     * @return its summary row in {@link #SUMMARY_COLUMNS} order
     */
    public static Object[] summary(Trajectory t, double threshold) {
        OptionalInt crossing = t.crossingCycle(threshold);
        int last = t.steps() - 1;
        return new Object[] {t.cellId(), t.scenario(), t.startCycle(), t.cycle(last), t.nominalAh(),
            t.endCapacityAh(), t.soh(last), threshold, crossing.isPresent() ? String.valueOf(crossing.getAsInt())
                : BEYOND, t.applicability().status().name(), t.applicability().reason()};
    }
}
