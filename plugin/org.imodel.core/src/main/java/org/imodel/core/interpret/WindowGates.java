package org.imodel.core.interpret;

/**
 * What the gate did on one window, and the shape of the window's capacity segment.
 *
 * @param cellId cell id
 * @param startRow 0-based row of the cell the window starts at
 * @param startCycle cycle number of that row
 * @param startCapacityAh the capacity of the start row (the window's first target, Ah)
 * @param lifePosition the window's position among the cell's windows, 0 (first) .. 1 (last), as the reference's
 *        interpretation colours them
 * @param gates expert weights (E, summing to 1); NaN when the start row has a missing feature
 * @param dominant the expert of the largest weight (0-based), -1 when the gates are missing
 * @param entropy {@code −Σ g·ln g} of the gates in nats: 0 when one expert takes all, ln E when all are equal
 * @param truth the true capacity segment's shape
 * @param predicted the predicted segment's shape
 * @param map the window's position in the joint gate map (2 values; NaN when the gates are missing)
 */
public record WindowGates(String cellId, int startRow, int startCycle, double startCapacityAh, double lifePosition,
        float[] gates, int dominant, double entropy, TrendGeometry truth, TrendGeometry predicted, double[] map) {

    /** @return whether the window has gates (no missing feature at its start row) */
    public boolean hasGates() {
        return dominant >= 0;
    }

    /**
     * @param gates expert weights
     * @return the index of the largest weight, -1 when a weight is missing
     */
    static int dominant(float[] gates) {
        int best = -1;
        for (int e = 0; e < gates.length; e++) {
            if (!Float.isFinite(gates[e])) {
                return -1;
            }
            if (best < 0 || gates[e] > gates[best]) {
                best = e;
            }
        }
        return best;
    }

    /**
     * @param gates expert weights summing to 1
     * @return their entropy in nats, NaN when a weight is missing
     */
    static double entropy(float[] gates) {
        double h = 0;
        for (float g : gates) {
            if (!Float.isFinite(g)) {
                return Double.NaN;
            }
            if (g > 0) {
                h -= g * Math.log(g);
            }
        }
        return h;
    }
}
