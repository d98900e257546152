package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.eval.BandMetrics;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/** Output tables of the predictor: one row per forecast window, and metrics per cell. */
public final class ForecastTable {

    /** Forecast columns, in order. */
    public static final List<ColumnDef> FORECAST_COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id."),
            new ColumnDef("start_row", ColumnType.INT, "Row of the cell (0-based, file order) that starts the window."),
            new ColumnDef("cycle_count", ColumnType.INT, "Cycle of that row."),
            new ColumnDef("predicted_capacity_ah", ColumnType.DOUBLE_LIST,
                    "Predicted discharge capacity of the next P rows (Ah), starting with the window's own cycle; an"
                    + " ensemble's mean."),
            new ColumnDef("target_capacity_ah", ColumnType.DOUBLE_LIST,
                    "Measured discharge capacity of those rows (Ah); missing where the data end."),
            new ColumnDef("expert_weights", ColumnType.DOUBLE_LIST, "Gate weight of each expert (sums to 1); of the"
                    + " first member for an ensemble (experts do not line up across members)."),
            new ColumnDef("dominant_expert", ColumnType.INT, "Expert with the largest weight (0-based)."),
            new ColumnDef("mape_percent", ColumnType.DOUBLE, "Mean absolute percentage error of this window."));

    /** Band columns of an ensemble's forecasts, inserted after {@code predicted_capacity_ah}. */
    public static final List<ColumnDef> BAND_COLUMNS = List.of(
            new ColumnDef("band_low_ah", ColumnType.DOUBLE_LIST, "Lower edge of the ensemble's band per predicted"
                    + " cycle (Ah): the members' lower quantile (5 % by default), its distance to the mean scaled by"
                    + " the model's calibrated spread scale."),
            new ColumnDef("band_high_ah", ColumnType.DOUBLE_LIST, "Upper edge of the ensemble's band per predicted"
                    + " cycle (Ah): the members' upper quantile (95 % by default), scaled likewise."));

    /** Metric columns (one row per cell and one for all cells), in order. */
    public static final List<ColumnDef> METRIC_COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id, or 'all cells'."),
            new ColumnDef("windows", ColumnType.INT, "Forecast windows."),
            new ColumnDef("pooled_rmse", ColumnType.DOUBLE, "Root mean squared error over all points (Ah)."),
            new ColumnDef("pooled_mae", ColumnType.DOUBLE, "Mean absolute error over all points (Ah)."),
            new ColumnDef("pooled_mape", ColumnType.DOUBLE, "Mean absolute percentage error over all points (%)."),
            new ColumnDef("batch_rmse", ColumnType.DOUBLE, "Reference-style batch-of-32 average RMSE (Ah)."),
            new ColumnDef("batch_mape", ColumnType.DOUBLE, "Reference-style batch-of-32 average MAPE (%)."));

    /** Metric columns of an ensemble's band, after {@link #METRIC_COLUMNS}. */
    public static final List<ColumnDef> BAND_METRIC_COLUMNS = List.of(
            new ColumnDef("coverage", ColumnType.DOUBLE, "Share of the measured capacities inside the band (0..1)."),
            new ColumnDef("band_width", ColumnType.DOUBLE, "Mean width of the band (Ah)."));

    /** Label of the metrics row over all cells. */
    public static final String ALL_CELLS = "all cells";

    private ForecastTable() {
    }

    /**
     * @param band whether the forecasts come with a band (an ensemble's)
     * @return the forecast columns: {@link #FORECAST_COLUMNS}, with {@link #BAND_COLUMNS} after the prediction when
     *         there is a band
     */
    public static List<ColumnDef> forecastColumns(boolean band) {
        return band ? withBand(FORECAST_COLUMNS, "predicted_capacity_ah", BAND_COLUMNS) : FORECAST_COLUMNS;
    }

    /**
     * @param columns columns
     * @param after name of the column the band follows
     * @param band the band columns
     * @return the columns with the band columns inserted after {@code after}
     */
    static List<ColumnDef> withBand(List<ColumnDef> columns, String after, List<ColumnDef> band) {
        List<ColumnDef> out = new ArrayList<>(columns);
        int at = 0;
        while (!out.get(at).name().equals(after)) {
            at++;
        }
        out.addAll(at + 1, band);
        return List.copyOf(out);
    }

    /**
     * @param f a forecast
     * @return its row in {@link #forecastColumns} order (with the band when the forecast has one)
     */
    public static Object[] values(Forecast f) {
        int dominant = 0;
        for (int e = 1; e < f.gates().length; e++) {
            if (f.gates()[e] > f.gates()[dominant]) {
                dominant = e;
            }
        }
        ForecastMetrics m = ForecastMetrics.of(new float[][] {f.predictions()}, new float[][] {f.targets()});
        if (f.hasBand()) {
            return new Object[] {f.cellId(), f.startRow(), f.cycle(), doubles(f.predictions()), doubles(f.bandLow()),
                doubles(f.bandHigh()), doubles(f.targets()), doubles(f.gates()), dominant, m.pooledMape()};
        }
        return new Object[] {f.cellId(), f.startRow(), f.cycle(), doubles(f.predictions()), doubles(f.targets()),
            doubles(f.gates()), dominant, m.pooledMape()};
    }

    /**
     * @param forecasts forecasts of any cells
     * @return one metrics row per cell, then one over all cells ({@link #METRIC_COLUMNS} order)
     */
    public static List<Object[]> metricRows(List<Forecast> forecasts) {
        return metricRows(forecasts, false);
    }

    /**
     * @param band whether the forecasts come with a band (an ensemble's)
     * @return the metric columns: {@link #METRIC_COLUMNS}, then {@link #BAND_METRIC_COLUMNS} when there is a band
     */
    public static List<ColumnDef> metricColumns(boolean band) {
        if (!band) {
            return METRIC_COLUMNS;
        }
        List<ColumnDef> out = new ArrayList<>(METRIC_COLUMNS);
        out.addAll(BAND_METRIC_COLUMNS);
        return List.copyOf(out);
    }

    /**
     * @param forecasts forecasts of any cells
     * @param band whether to add the band's coverage and width (the forecasts must have a band)
     * @return one metrics row per cell, then one over all cells ({@link #metricColumns} order)
     */
    public static List<Object[]> metricRows(List<Forecast> forecasts, boolean band) {
        float[][] p = new float[forecasts.size()][];
        float[][] t = new float[forecasts.size()][];
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            p[i] = forecasts.get(i).predictions();
            t[i] = forecasts.get(i).targets();
            cells.add(forecasts.get(i).cellId());
        }
        List<Object[]> rows = new ArrayList<>();
        ForecastMetrics.perCell(cells, p, t).forEach((cell, m) -> rows.add(metricValues(cell, m,
                band ? ImodelPredictor.bandMetrics(forecasts.stream().filter(f -> f.cellId().equals(cell)).toList())
                        : null)));
        rows.add(metricValues(ALL_CELLS, ForecastMetrics.of(p, t), band ? ImodelPredictor.bandMetrics(forecasts)
                : null));
        return rows;
    }

    private static Object[] metricValues(String cell, ForecastMetrics m, BandMetrics band) {
        Object[] values = {cell, m.windows(), m.pooledRmse(), m.pooledMae(), m.pooledMape(), m.batchRmse(),
            m.batchMape()};
        if (band == null) {
            return values;
        }
        Object[] out = java.util.Arrays.copyOf(values, values.length + 2);
        out[values.length] = band.coverage();
        out[values.length + 1] = band.bandWidth();
        return out;
    }

    private static double[] doubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
