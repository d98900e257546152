package org.imodel.core.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/** The scorer's output tables (per cell, per horizon step, crossing cycles) and its JSON report. */
public final class ScoreTables {

    private static final ColumnDef METHOD = new ColumnDef("method", ColumnType.STRING, "Method label of the"
            + " forecasts (e.g. iMODEL, polynomial).");
    private static final ColumnDef CELL = new ColumnDef("cell_id", ColumnType.STRING, "Cell id, or '"
            + Scores.ALL_CELLS + "'.");
    private static final List<ColumnDef> BAND = List.of(
            new ColumnDef("band_points", ColumnType.INT, "Points with a band and a true value; missing when the"
                    + " forecasts have no band columns."),
            new ColumnDef("band_coverage", ColumnType.DOUBLE, "Share of true values inside [band_low, band_high]"
                    + " (0..1)."),
            new ColumnDef("band_width", ColumnType.DOUBLE, "Mean band width band_high - band_low (Ah)."));

    /** Columns of the per-cell table, in order. */
    public static final List<ColumnDef> CELL_COLUMNS = concat(List.of(METHOD, CELL,
            new ColumnDef("forecasts", ColumnType.INT, "Forecasts (windows or trajectories) of the cell."),
            new ColumnDef("points", ColumnType.INT, "Scored points: steps with a finite prediction and target."),
            new ColumnDef("unscored_points", ColumnType.INT, "Steps left out: no target (beyond the data) or no"
                    + " prediction."),
            new ColumnDef("pooled_rmse", ColumnType.DOUBLE, "Root mean squared error over all points (Ah)."),
            new ColumnDef("pooled_mae", ColumnType.DOUBLE, "Mean absolute error over all points (Ah)."),
            new ColumnDef("pooled_mape", ColumnType.DOUBLE, "Mean absolute percentage error over all points (%)."),
            new ColumnDef("bias", ColumnType.DOUBLE, "Mean signed error prediction - target (Ah; positive: forecasts"
                    + " too high)."),
            new ColumnDef("batch_rmse", ColumnType.DOUBLE, "Reference-style average of per-batch RMSE over batches"
                    + " of 32 forecasts in table order (Ah)."),
            new ColumnDef("batch_mape", ColumnType.DOUBLE, "Reference-style batch-of-32 average MAPE (%).")), BAND);

    /** Columns of the per-step table, in order. */
    public static final List<ColumnDef> STEP_COLUMNS = concat(List.of(METHOD,
            new ColumnDef("horizon_step", ColumnType.INT, "Horizon step: 1 = the forecast's first value (its start"
                    + " cycle; step 0 of a trajectory table), P = the last step of a P-step forecast."),
            new ColumnDef("points", ColumnType.INT, "Points scored at this step (forecasts reaching it with a true"
                    + " value)."),
            new ColumnDef("rmse", ColumnType.DOUBLE, "Root mean squared error at this step (Ah)."),
            new ColumnDef("mae", ColumnType.DOUBLE, "Mean absolute error at this step (Ah)."),
            new ColumnDef("mape", ColumnType.DOUBLE, "Mean absolute percentage error at this step (%)."),
            new ColumnDef("bias", ColumnType.DOUBLE, "Mean signed error at this step (Ah).")), BAND);

    /** Columns of the crossing-cycle table, in order. */
    public static final List<ColumnDef> CROSSING_COLUMNS = List.of(METHOD, CELL,
            new ColumnDef("threshold_soh", ColumnType.DOUBLE, "SOH threshold (fraction of the nominal capacity)."),
            new ColumnDef("forecasts", ColumnType.INT, "Forecasts whose true SOH at the first step is above the"
                    + " threshold."),
            new ColumnDef("already_below", ColumnType.INT, "Forecasts starting at or below the threshold (not"
                    + " scored)."),
            new ColumnDef("both_cross", ColumnType.INT, "Forecast and truth both reach the threshold within the"
                    + " forecast."),
            new ColumnDef("crossing_mae_cycles", ColumnType.DOUBLE, "Mean |forecast - true crossing cycle| over"
                    + " both_cross (cycles)."),
            new ColumnDef("crossing_bias_cycles", ColumnType.DOUBLE, "Mean forecast - true crossing cycle over"
                    + " both_cross (cycles; negative: forecast too early)."),
            new ColumnDef("forecast_beyond", ColumnType.INT, "The truth crosses, the forecast stays above the"
                    + " threshold to its end (crossing beyond the horizon)."),
            new ColumnDef("true_beyond", ColumnType.INT, "The forecast crosses, the known true values stay above the"
                    + " threshold."),
            new ColumnDef("neither_cross", ColumnType.INT, "Both stay above the threshold."));

    private ScoreTables() {
    }

    /**
     * @param scores scores
     * @return the per-cell rows in {@link #CELL_COLUMNS} order
     */
    public static List<Object[]> cellRows(Scores scores) {
        List<Object[]> rows = new ArrayList<>();
        for (Scores.Cell c : scores.cells()) {
            ForecastMetrics m = c.metrics();
            rows.add(withBand(new Object[] {c.method(), c.cellId(), m.windows(), m.points(), c.unscored(),
                m.pooledRmse(), m.pooledMae(), m.pooledMape(), c.bias(), m.batchRmse(), m.batchMape()}, c.band()));
        }
        return rows;
    }

    /**
     * @param scores scores
     * @return the per-step rows in {@link #STEP_COLUMNS} order
     */
    public static List<Object[]> stepRows(Scores scores) {
        List<Object[]> rows = new ArrayList<>();
        for (Scores.Step s : scores.steps()) {
            rows.add(withBand(new Object[] {s.method(), s.step(), s.points(), s.rmse(), s.mae(), s.mape(), s.bias()},
                    s.band()));
        }
        return rows;
    }

    /**
     * @param scores scores
     * @return the crossing rows in {@link #CROSSING_COLUMNS} order
     */
    public static List<Object[]> crossingRows(Scores scores) {
        List<Object[]> rows = new ArrayList<>();
        for (Scores.Crossing c : scores.crossings()) {
            rows.add(new Object[] {c.method(), c.cellId(), c.threshold(), c.forecasts(), c.alreadyBelow(),
                c.bothCross(), c.meanAbsError(), c.meanError(), c.forecastBeyond(), c.trueBeyond(), c.neitherCross()});
        }
        return rows;
    }

    /**
     * @param scores scores
     * @return per method: the all-cells metrics, crossing (per threshold), per_cell and per_step, as
     *         {@code imodel score}'s metrics.json
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(Scores scores) {
        Map<String, Object> methods = new LinkedHashMap<>();
        List<Object[]> cells = cellRows(scores);
        for (int i = 0; i < cells.size(); i++) {
            Map<String, Object> method = method(methods, scores.cells().get(i).method());
            Map<String, Object> row = row(CELL_COLUMNS, cells.get(i), 2);
            if (scores.cells().get(i).cellId().equals(Scores.ALL_CELLS)) {
                Map<String, Object> perCell = (Map<String, Object>) method.remove("per_cell");
                method.putAll(row);
                method.put("crossing", new LinkedHashMap<String, Object>());
                method.put("per_cell", perCell);
                method.put("per_step", new ArrayList<Object>());
            } else {
                ((Map<String, Object>) method.computeIfAbsent("per_cell", k -> new LinkedHashMap<String, Object>()))
                        .put(scores.cells().get(i).cellId(), row);
            }
        }
        List<Object[]> steps = stepRows(scores);
        for (int i = 0; i < steps.size(); i++) {
            ((List<Object>) method(methods, scores.steps().get(i).method()).get("per_step"))
                    .add(row(STEP_COLUMNS, steps.get(i), 1));
        }
        List<Object[]> crossings = crossingRows(scores);
        for (int i = 0; i < crossings.size(); i++) {
            Scores.Crossing c = scores.crossings().get(i);
            if (c.cellId().equals(Scores.ALL_CELLS)) {
                ((Map<String, Object>) method(methods, c.method()).get("crossing"))
                        .put(String.valueOf(c.threshold()), row(CROSSING_COLUMNS, crossings.get(i), 3));
            }
        }
        return methods;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> method(Map<String, Object> methods, String name) {
        return (Map<String, Object>) methods.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    /** @return the values of the columns from {@code from} on, by column name */
    private static Map<String, Object> row(List<ColumnDef> columns, Object[] values, int from) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int c = from; c < columns.size(); c++) {
            m.put(columns.get(c).name(), values[c]);
        }
        return m;
    }

    private static Object[] withBand(Object[] values, BandMetrics band) {
        Object[] out = Arrays.copyOf(values, values.length + BAND.size());
        if (band != null) {
            out[values.length] = band.points();
            out[values.length + 1] = band.coverage();
            out[values.length + 2] = band.bandWidth();
        }
        return out;
    }

    private static List<ColumnDef> concat(List<ColumnDef> a, List<ColumnDef> b) {
        List<ColumnDef> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
