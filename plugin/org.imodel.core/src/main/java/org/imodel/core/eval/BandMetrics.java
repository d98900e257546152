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
        BandSums sums = new BandSums();
        for (int w = 0; w < targets.length; w++) {
            for (int t = 0; t < targets[w].length; t++) {
                sums.add(low[w][t], high[w][t], targets[w][t]);
            }
        }
        return sums.result();
    }
}
