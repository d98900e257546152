package org.imodel.core.baseline;

import java.util.List;

/**
 * A cell's forecast errors over all its windows, or the reason it has none.
 *
 * @param cellId cell id
 * @param dataset dataset family
 * @param rows rows of the cell
 * @param windows forecast windows (0 for a skipped cell)
 * @param mapePct mean absolute percentage error over all points of all windows (%), as sklearn's
 *        {@code mean_absolute_percentage_error} &times; 100 (NaN for a skipped cell)
 * @param rmseAh root mean squared error over all points (Ah; NaN for a skipped cell)
 * @param note why the cell was skipped, empty otherwise
 */
public record CellScore(String cellId, String dataset, int rows, int windows, double mapePct, double rmseAh,
        String note) {

    /** sklearn's floor of |target| in its percentage error: the double machine epsilon. */
    static final double EPSILON = Math.ulp(1.0);

    /** @return whether the cell has forecasts */
    public boolean scored() {
        return windows > 0;
    }

    /**
     * @param series the cell
     * @param forecasts its windows (at least one)
     * @return the pooled errors
     */
    static CellScore of(CellSeries series, List<BaselineForecast> forecasts) {
        double[] e = errors(forecasts);
        return new CellScore(series.cellId(), series.dataset(), series.rows(), forecasts.size(), e[0], e[1], "");
    }

    /**
     * @param forecasts windows
     * @return MAPE (%) and RMSE (Ah) over all their points, NaN when there are none
     */
    static double[] errors(List<BaselineForecast> forecasts) {
        double se = 0;
        double pe = 0;
        long n = 0;
        for (BaselineForecast f : forecasts) {
            for (int t = 0; t < f.predicted().length; t++) {
                double e = f.predicted()[t] - f.target()[t];
                se += e * e;
                pe += Math.abs(e) / Math.max(Math.abs(f.target()[t]), EPSILON);
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {100 * pe / n, Math.sqrt(se / n)};
    }

    /**
     * @param series the cell
     * @param reason why it has no window, with the numbers
     * @return a skipped cell
     */
    static CellScore skipped(CellSeries series, String reason) {
        return new CellScore(series.cellId(), series.dataset(), series.rows(), 0, Double.NaN, Double.NaN, reason);
    }
}
