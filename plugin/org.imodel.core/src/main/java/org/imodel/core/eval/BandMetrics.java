package org.imodel.core.eval;

/**
 * How well a band around forecasts holds the true values: the share of true values inside the band (edges
 * included) and the band's mean width, over all windows and steps with a finite target and band.
 *
 * @param points points counted
 * @param coverage share of true values inside the band, 0..1 (NaN without points)
 * @param bandWidth mean of high - low (Ah; NaN without points)
 */
public record BandMetrics(long points, double coverage, double bandWidth) {

    /**
     * @param low lower band edges per window
     * @param high upper band edges per window
     * @param targets true values per window (same shape)
     * @return the metrics
     */
    public static BandMetrics of(float[][] low, float[][] high, float[][] targets) {
        long n = 0;
        long inside = 0;
        double width = 0;
        for (int w = 0; w < targets.length; w++) {
            for (int t = 0; t < targets[w].length; t++) {
                float y = targets[w][t];
                float lo = low[w][t];
                float hi = high[w][t];
                if (Float.isNaN(y) || Float.isNaN(lo) || Float.isNaN(hi)) {
                    continue;
                }
                n++;
                inside += lo <= y && y <= hi ? 1 : 0;
                width += hi - lo;
            }
        }
        return n == 0 ? new BandMetrics(0, Double.NaN, Double.NaN) : new BandMetrics(n, inside / (double) n, width / n);
    }
}
