package org.imodel.core.eval;

/**
 * One forecast to score: a capacity trajectory of one cell with its true values and, when the forecast has them,
 * its uncertainty band. Horizon step h (1-based) is index h-1 of the arrays: step 1 is the forecast's first value
 * (the start cycle itself, as in the paper's windows and step 0 of a trajectory table).
 *
 * @param method method label (e.g. "iMODEL", "polynomial"), the group the scores are reported under
 * @param cellId cell id
 * @param cycles cycle number of each step
 * @param predicted predicted capacity per step (Ah); NaN where the forecast has none
 * @param target true capacity per step (Ah); NaN where unknown (e.g. beyond the measured data)
 * @param low lower band edge per step (Ah), or null when the forecast has no band
 * @param high upper band edge per step (Ah), or null when the forecast has no band
 * @param nominalAh the capacity SOH refers to (Ah), for crossing cycles; NaN when unknown
 */
public record ScoredForecast(String method, String cellId, int[] cycles, double[] predicted, double[] target,
        double[] low, double[] high, double nominalAh) {

    /** Checks that the arrays have one value per step. */
    public ScoredForecast {
        int n = predicted.length;
        if (cycles.length != n || target.length != n || low != null && low.length != n
                || high != null && high.length != n || (low == null) != (high == null)) {
            throw new IllegalArgumentException("a forecast's cycles, targets and band need one value per step");
        }
    }

    /** @return the number of steps */
    public int steps() {
        return predicted.length;
    }

    /** @return whether the forecast has a band */
    public boolean hasBand() {
        return low != null;
    }
}
