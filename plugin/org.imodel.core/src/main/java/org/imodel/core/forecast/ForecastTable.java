package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.List;

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
                    "Predicted discharge capacity of the next P rows (Ah), starting with the window's own cycle."),
            new ColumnDef("target_capacity_ah", ColumnType.DOUBLE_LIST,
                    "Measured discharge capacity of those rows (Ah); missing where the data end."),
            new ColumnDef("expert_weights", ColumnType.DOUBLE_LIST, "Gate weight of each expert (sums to 1)."),
            new ColumnDef("dominant_expert", ColumnType.INT, "Expert with the largest weight (0-based)."),
            new ColumnDef("mape_percent", ColumnType.DOUBLE, "Mean absolute percentage error of this window."));

    /** Metric columns (one row per cell and one for all cells), in order. */
    public static final List<ColumnDef> METRIC_COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id, or 'all cells'."),
            new ColumnDef("windows", ColumnType.INT, "Forecast windows."),
            new ColumnDef("pooled_rmse", ColumnType.DOUBLE, "Root mean squared error over all points (Ah)."),
            new ColumnDef("pooled_mae", ColumnType.DOUBLE, "Mean absolute error over all points (Ah)."),
            new ColumnDef("pooled_mape", ColumnType.DOUBLE, "Mean absolute percentage error over all points (%)."),
            new ColumnDef("batch_rmse", ColumnType.DOUBLE, "Reference-style batch-of-32 average RMSE (Ah)."),
            new ColumnDef("batch_mape", ColumnType.DOUBLE, "Reference-style batch-of-32 average MAPE (%)."));

    /** Label of the metrics row over all cells. */
    public static final String ALL_CELLS = "all cells";

    private ForecastTable() {
    }

    /**
     * @param f a forecast
     * @return its row in {@link #FORECAST_COLUMNS} order
     */
    public static Object[] values(Forecast f) {
        int dominant = 0;
        for (int e = 1; e < f.gates().length; e++) {
            if (f.gates()[e] > f.gates()[dominant]) {
                dominant = e;
            }
        }
        ForecastMetrics m = ForecastMetrics.of(new float[][] {f.predictions()}, new float[][] {f.targets()});
        return new Object[] {f.cellId(), f.startRow(), f.cycle(), doubles(f.predictions()), doubles(f.targets()),
            doubles(f.gates()), dominant, m.pooledMape()};
    }

    /**
     * @param forecasts forecasts of any cells
     * @return one metrics row per cell, then one over all cells ({@link #METRIC_COLUMNS} order)
     */
    public static List<Object[]> metricRows(List<Forecast> forecasts) {
        float[][] p = new float[forecasts.size()][];
        float[][] t = new float[forecasts.size()][];
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            p[i] = forecasts.get(i).predictions();
            t[i] = forecasts.get(i).targets();
            cells.add(forecasts.get(i).cellId());
        }
        List<Object[]> rows = new ArrayList<>();
        ForecastMetrics.perCell(cells, p, t).forEach((cell, m) -> rows.add(metricValues(cell, m)));
        rows.add(metricValues(ALL_CELLS, ForecastMetrics.of(p, t)));
        return rows;
    }

    private static Object[] metricValues(String cell, ForecastMetrics m) {
        return new Object[] {cell, m.windows(), m.pooledRmse(), m.pooledMae(), m.pooledMape(), m.batchRmse(),
            m.batchMape()};
    }

    private static double[] doubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
