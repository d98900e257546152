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
            new ColumnDef("predicted_capacity_ah", ColumnType.DOUBLE, "Predicted discharge capacity (Ah); an"
                    + " ensemble's mean."),
            new ColumnDef("soh", ColumnType.DOUBLE, "Predicted capacity / nominal capacity."),
            new ColumnDef("applicability", ColumnType.STRING, "INSIDE, OUTSIDE or UNKNOWN: whether the forecast's"
                    + " inputs lie inside the training data's range (see the summary's reason)."),
            new ColumnDef("rolled_out", ColumnType.INT, "1 when the step lies beyond the model's horizon P (forecast"
                    + " from the cell state rolled forward by the model's rollout map), 0 when the model forecast it"
                    + " directly."));

    /** Band columns of an ensemble's trajectories, inserted after {@code predicted_capacity_ah}. */
    public static final List<ColumnDef> BAND_COLUMNS = List.of(
            new ColumnDef("band_low_ah", ColumnType.DOUBLE, "Lower edge of the ensemble's band (Ah): the members'"
                    + " lower quantile (5 % by default), its distance to the mean scaled by the model's calibrated"
                    + " spread scale."),
            new ColumnDef("band_high_ah", ColumnType.DOUBLE, "Upper edge of the ensemble's band (Ah): the members'"
                    + " upper quantile (95 % by default), scaled likewise."));

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
     * @param band whether the trajectories come with a band (an ensemble's)
     * @return the per-cycle columns: {@link #COLUMNS}, with {@link #BAND_COLUMNS} after the prediction when there is
     *         a band
     */
    public static List<ColumnDef> columns(boolean band) {
        return band ? ForecastTable.withBand(COLUMNS, "predicted_capacity_ah", BAND_COLUMNS) : COLUMNS;
    }

    /**
     * @param t a trajectory
     * @return its rows in {@link #columns} order (with the band when the trajectory has one), one per step
     */
    public static List<Object[]> rows(Trajectory t) {
        List<Object[]> rows = new ArrayList<>(t.steps());
        for (int k = 0; k < t.steps(); k++) {
            String status = t.applicability().status().name();
            int rolled = t.rolledOut(k) ? 1 : 0;
            rows.add(t.hasBand()
                    ? new Object[] {t.cellId(), t.scenario(), t.cycle(k), k, (double) t.capacityAh()[k],
                        (double) t.bandLowAh()[k], (double) t.bandHighAh()[k], t.soh(k), status, rolled}
                    : new Object[] {t.cellId(), t.scenario(), t.cycle(k), k, (double) t.capacityAh()[k], t.soh(k),
                        status, rolled});
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
