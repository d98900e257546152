package org.imodel.core.eval;

import java.util.Arrays;

/**
 * The forecast of an ensemble and the band around it, per horizon step: the mean of the members' forecasts, and the
 * members' lower and upper quantiles of a central level (0.9: the 5 % and 95 % quantiles, linear interpolation
 * between order statistics as numpy's default), their distance to the mean multiplied by a spread scale. A scale of
 * 1 gives the members' raw quantiles; {@link #calibrate} finds the scale that makes the band cover a given share
 * of true values.
 *
 * @param mean ensemble mean per step
 * @param low lower band edge per step
 * @param high upper band edge per step
 */
public record EnsembleBand(float[] mean, float[] low, float[] high) {

    /** Central coverage of the default band: the 5-95 % quantiles. */
    public static final double DEFAULT_LEVEL = 0.90;

    /**
     * @param members the members' forecasts, {@code members[k][t]} for member k and step t (at least one member)
     * @param level central coverage in (0, 1), e.g. {@link #DEFAULT_LEVEL}
     * @param scale factor on the distance of the quantiles to the mean (&ge; 0; 1 = raw)
     * @return mean and band per step (NaN where a member's forecast is NaN)
     */
    public static EnsembleBand of(float[][] members, double level, double scale) {
        checkLevel(level);
        int steps = members[0].length;
        float[] mean = new float[steps];
        float[] low = new float[steps];
        float[] high = new float[steps];
        float[] values = new float[members.length];
        for (int t = 0; t < steps; t++) {
            double sum = 0;
            for (int k = 0; k < members.length; k++) {
                values[k] = members[k][t];
                sum += values[k];
            }
            double m = sum / members.length;
            Arrays.sort(values);
            mean[t] = (float) m;
            low[t] = (float) (m + scale * (quantile(values, (1 - level) / 2) - m));
            high[t] = (float) (m + scale * (quantile(values, (1 + level) / 2) - m));
        }
        return new EnsembleBand(mean, low, high);
    }

    /**
     * This band's distances to its mean, multiplied by a scale, about another centre: e.g. the band of a raw
     * ensemble (scale 1) about the forecast of one member. {@code about(mean(), 1)} equals this band.
     *
     * @param centre the new centre per step (same length)
     * @param scale factor on the distances (&ge; 0)
     * @return centre, and centre + scale &times; (edge - mean) per step
     */
    public EnsembleBand about(float[] centre, double scale) {
        int steps = mean.length;
        float[] l = new float[steps];
        float[] h = new float[steps];
        for (int t = 0; t < steps; t++) {
            l[t] = (float) (centre[t] + scale * ((double) low[t] - mean[t]));
            h[t] = (float) (centre[t] + scale * ((double) high[t] - mean[t]));
        }
        return new EnsembleBand(centre.clone(), l, h);
    }

    /**
     * @param sorted values in ascending order (no NaN; a NaN anywhere gives NaN)
     * @param q quantile in [0, 1]
     * @return the q-quantile, interpolating linearly between order statistics at position q (n - 1)
     */
    public static double quantile(float[] sorted, double q) {
        if (Float.isNaN(sorted[sorted.length - 1])) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * ((double) sorted[above] - sorted[below]);
    }

    /**
     * The smallest spread scale with which the band covers at least {@code level} of the true values: per point
     * the scale that just reaches its true value, then their {@code level} order statistic.
     *
     * @param raw raw bands (scale 1) per window
     * @param targets true values per window, same shape (NaN points left out)
     * @param level wanted coverage in (0, 1)
     * @return the scale, or NaN when no point has a finite target and band, or the level cannot be reached (members
     *         that agree exactly where the truth differs)
     */
    public static double calibrate(EnsembleBand[] raw, float[][] targets, double level) {
        checkLevel(level);
        double[] needed = new double[Arrays.stream(targets).mapToInt(t -> t.length).sum()];
        int n = 0;
        for (int w = 0; w < raw.length; w++) {
            for (int t = 0; t < targets[w].length; t++) {
                double y = targets[w][t];
                double m = raw[w].mean[t];
                if (Double.isNaN(y) || Double.isNaN(m) || Double.isNaN(raw[w].low[t])
                        || Double.isNaN(raw[w].high[t])) {
                    continue;
                }
                double reach = y < m ? m - raw[w].low[t] : raw[w].high[t] - m;
                double distance = Math.abs(y - m);
                needed[n++] = distance == 0 ? 0 : reach > 0 ? distance / reach : Double.POSITIVE_INFINITY;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(needed, 0, n);
        // a hair above the order statistic, so that float rounding of the scaled band still reaches that point
        double scale = needed[(int) Math.ceil(level * n) - 1] * (1 + 1e-6);
        return Double.isFinite(scale) ? scale : Double.NaN;
    }

    /**
     * @param level central coverage
     * @throws IllegalArgumentException unless 0 &lt; level &lt; 1
     */
    public static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("The band's coverage must be between 0 and 100 % (exclusive), e.g. 90 %"
                    + " for the 5-95 % quantiles; got " + 100 * level + " %");
        }
    }
}
