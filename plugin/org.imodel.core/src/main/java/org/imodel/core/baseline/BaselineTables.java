package org.imodel.core.baseline;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * Output tables of the baselines. The forecast table has the names and types of the iMODEL predictor's forecast
 * columns it shares ({@code org.imodel.core.forecast.ForecastTable}: cell_id, start_row, cycle_count,
 * predicted_capacity_ah, target_capacity_ah, mape_percent), so one scorer reads both; it has no expert columns.
 */
public final class BaselineTables {

    /** Forecast columns, in order. */
    public static final List<ColumnDef> FORECAST_COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id."),
            new ColumnDef("start_row", ColumnType.INT, "First predicted row of the cell (0-based, file order); the"
                    + " forecast uses only rows before it."),
            new ColumnDef("cycle_count", ColumnType.INT, "Cycle of that row."),
            new ColumnDef("predicted_capacity_ah", ColumnType.DOUBLE_LIST,
                    "Predicted discharge capacity of the P rows from start_row on (Ah)."),
            new ColumnDef("target_capacity_ah", ColumnType.DOUBLE_LIST,
                    "Measured discharge capacity of those rows (Ah)."),
            new ColumnDef("mape_percent", ColumnType.DOUBLE, "Mean absolute percentage error of this window (%)."));

    /** Per-cell columns, in order. */
    public static final List<ColumnDef> CELL_COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id (dataset/cell id when several datasets share it)."),
            new ColumnDef("dataset", ColumnType.STRING, "Dataset family, e.g. UL-NCA."),
            new ColumnDef("rows", ColumnType.INT, "Rows (cycles) of the cell."),
            new ColumnDef("windows", ColumnType.INT, "Forecast windows; 0 when the cell is too short."),
            new ColumnDef("mape_pct", ColumnType.DOUBLE, "Mean absolute percentage error over all points of the"
                    + " cell's windows (%); missing when skipped."),
            new ColumnDef("rmse_ah", ColumnType.DOUBLE, "Root mean squared error over those points (Ah); missing"
                    + " when skipped."),
            new ColumnDef("note", ColumnType.STRING, "Why the cell was skipped; empty otherwise."));

    private BaselineTables() {
    }

    /**
     * @param f a forecast
     * @return its row in {@link #FORECAST_COLUMNS} order
     */
    public static Object[] forecastRow(BaselineForecast f) {
        return new Object[] {f.cellId(), f.startRow(), f.cycle(), f.predicted().clone(), f.target().clone(),
            CellScore.errors(List.of(f))[0]};
    }

    /**
     * @param result a run
     * @return one row per cell in {@link #CELL_COLUMNS} order (NaN errors of skipped cells as null: missing)
     */
    public static List<Object[]> cellRows(BaselineResult result) {
        List<Object[]> rows = new ArrayList<>();
        for (CellScore c : result.cells()) {
            rows.add(new Object[] {c.cellId(), c.dataset(), c.rows(), c.windows(), c.scored() ? c.mapePct() : null,
                c.scored() ? c.rmseAh() : null, c.note()});
        }
        return rows;
    }
}
