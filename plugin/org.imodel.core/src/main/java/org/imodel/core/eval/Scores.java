package org.imodel.core.eval;

import java.util.List;

/**
 * The scores of forecast tables, per method: per cell (then all cells), per horizon step, and crossing cycles per
 * cell (then all cells) and SOH threshold. Capacities and errors in Ah, percentages in %, crossing errors in cycles.
 *
 * @param cells per method: one row per cell in order of first appearance, then {@link #ALL_CELLS}
 * @param steps per method: one row per horizon step 1, 2, ... up to the longest forecast
 * @param crossings per method and threshold: one row per cell, then {@link #ALL_CELLS}
 */
public record Scores(List<Cell> cells, List<Step> steps, List<Crossing> crossings) {

    /** Label of the rows over all cells of a method. */
    public static final String ALL_CELLS = "all cells";

    /**
     * Errors of one cell (or all cells) of one method.
     *
     * @param method method label
     * @param cellId cell id or {@link #ALL_CELLS}
     * @param metrics pooled and batch-of-32 metrics over the cell's forecasts in input order
     * @param unscored points with a NaN prediction or target (left out)
     * @param bias mean signed error prediction - target (Ah)
     * @param band band coverage and width, null when the forecasts have no band
     */
    public record Cell(String method, String cellId, ForecastMetrics metrics, long unscored, double bias,
            BandMetrics band) {
    }

    /**
     * Errors at one horizon step of one method, over all its forecasts that reach that step.
     *
     * @param method method label
     * @param step 1-based horizon step (1 = the forecast's first value)
     * @param points points with a finite prediction and target
     * @param rmse root mean squared error (Ah)
     * @param mae mean absolute error (Ah)
     * @param mape mean absolute percentage error (%)
     * @param bias mean signed error (Ah)
     * @param band band coverage and width, null when the forecasts have no band
     */
    public record Step(String method, int step, long points, double rmse, double mae, double mape, double bias,
            BandMetrics band) {
    }

    /**
     * Crossing cycles of one cell (or all cells), one method and one SOH threshold: the first cycle whose SOH
     * (capacity / nominal capacity) is at or below the threshold, forecast against true, for the forecasts whose
     * true SOH at the first step is still above it.
     *
     * @param method method label
     * @param cellId cell id or {@link #ALL_CELLS}
     * @param threshold SOH threshold (fraction)
     * @param forecasts forecasts above the threshold at their first step (the others are in alreadyBelow)
     * @param alreadyBelow forecasts whose true SOH at the first step is at or below the threshold
     * @param bothCross forecasts where forecast and truth both cross within the forecast
     * @param meanAbsError mean |forecast - true crossing cycle| over bothCross (cycles)
     * @param meanError mean forecast - true crossing cycle over bothCross (cycles; negative: forecast too early)
     * @param forecastBeyond the truth crosses but the forecast stays above the threshold to its end ("beyond")
     * @param trueBeyond the forecast crosses but the known true values stay above the threshold
     * @param neitherCross both stay above the threshold
     */
    public record Crossing(String method, String cellId, double threshold, int forecasts, int alreadyBelow,
            int bothCross, double meanAbsError, double meanError, int forecastBeyond, int trueBeyond,
            int neitherCross) {
    }
}
