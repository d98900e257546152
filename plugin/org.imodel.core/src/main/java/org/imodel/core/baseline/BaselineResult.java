package org.imodel.core.baseline;

import java.util.List;

/**
 * What a baseline run gives: the forecast windows (cells in order, start rows ascending) and one score per cell,
 * skipped cells included with their reason.
 *
 * @param method method label, e.g. {@code polynomial}
 * @param forecasts all windows
 * @param cells per-cell scores in cell order
 */
public record BaselineResult(String method, List<BaselineForecast> forecasts, List<CellScore> cells) {

    /** Copies the lists. */
    public BaselineResult {
        forecasts = List.copyOf(forecasts);
        cells = List.copyOf(cells);
    }

    /** @return the cells that have forecasts */
    public List<CellScore> scored() {
        return cells.stream().filter(CellScore::scored).toList();
    }

    /** @return the cells skipped (too short) */
    public List<CellScore> skipped() {
        return cells.stream().filter(c -> !c.scored()).toList();
    }

    /** @return the unweighted mean of the scored cells' MAPE (%), as the notebook summarises a dataset */
    public double meanMapePct() {
        return scored().stream().mapToDouble(CellScore::mapePct).average().orElse(Double.NaN);
    }

    /** @return the unweighted mean of the scored cells' RMSE (Ah) */
    public double meanRmseAh() {
        return scored().stream().mapToDouble(CellScore::rmseAh).average().orElse(Double.NaN);
    }

    /** @return MAPE over all points of all windows (%), NaN without windows */
    public double pooledMapePct() {
        return CellScore.errors(forecasts)[0];
    }

    /** @return RMSE over all points of all windows (Ah), NaN without windows */
    public double pooledRmseAh() {
        return CellScore.errors(forecasts)[1];
    }
}
