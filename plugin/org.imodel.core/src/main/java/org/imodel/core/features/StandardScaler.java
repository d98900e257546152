package org.imodel.core.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Feature standardisation as the reference does it (scikit-learn 1.2 {@code StandardScaler}, fitted by the
 * reference loaders on the training windows only, one sample per window; imodel-method.md &sect;2.3):
 * <ul>
 * <li>each value is first cast to float32 (the reference's features pass through a torch tensor), then all
 * arithmetic is in double;</li>
 * <li>per feature, over the n non-NaN samples: {@code mean = sum(x) / n},
 * {@code var = (sum(d^2) - sum(d)^2 / n) / n} with {@code d = x - mean} (population variance, with
 * scikit-learn's correction term); the sums add the samples one after the other, in order, which is what NumPy's
 * column sums of the (samples &times; features) matrix do (a reduction along the outer axis is not pairwise). This
 * reproduces the reference's scaler files bit for bit;</li>
 * <li>{@code scale = sqrt(var)}, replaced by 1 for a constant feature (scikit-learn's test
 * {@code var <= n*eps*var + (n*mean*eps)^2}, which includes a zero variance);</li>
 * <li>NaN values are left out of the fit and pass through {@link #transform}.</li>
 * </ul>
 * {@link #transform} computes {@code (x - mean) / scale} in double on the raw (not float32-cast) value, as the
 * reference does; cast the result to float for the reference's float32 model input ({@link #transformToFloat}).
 * Immutable.
 */
public final class StandardScaler {

    private static final double EPS = Math.ulp(1.0);

    private final double[] mean;
    private final double[] scale;
    private final double[] variance;
    private final long[] counts;

    private StandardScaler(double[] mean, double[] scale, double[] variance, long[] counts) {
        this.mean = mean;
        this.scale = scale;
        this.variance = variance;
        this.counts = counts;
    }

    /**
     * A scaler with given parameters (for example carried with a model, or the reference's scaler file).
     *
     * @param mean per-feature mean
     * @param scale per-feature scale (non-zero)
     * @return the scaler; variance is scale squared, counts are 0 (unknown)
     */
    public static StandardScaler of(double[] mean, double[] scale) {
        if (mean.length != scale.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " values but scale has " + scale.length);
        }
        double[] variance = new double[scale.length];
        for (int i = 0; i < scale.length; i++) {
            if (scale[i] == 0) {
                throw new IllegalArgumentException("scale of feature " + i + " is 0; a constant feature has scale 1");
            }
            variance[i] = scale[i] * scale[i];
        }
        return new StandardScaler(mean.clone(), scale.clone(), variance, new long[scale.length]);
    }

    /**
     * @param windows training windows; one sample per window, its (start-row) feature vector
     * @return the fitted scaler
     */
    public static StandardScaler fitWindows(List<Window> windows) {
        List<double[]> samples = new ArrayList<>(windows.size());
        for (Window w : windows) {
            samples.add(w.features());
        }
        return fit(samples);
    }

    /**
     * @param samples feature vectors, all of the same length, at least one
     * @return the fitted scaler (a feature without any non-NaN value gets mean and scale NaN)
     */
    public static StandardScaler fit(List<double[]> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("The scaler needs at least one training sample; the training set"
                    + " has no window. Check the training cells and the horizon.");
        }
        int m = samples.get(0).length;
        int n = samples.size();
        double[][] x = new double[n][];
        for (int s = 0; s < n; s++) {
            double[] v = samples.get(s);
            if (v.length != m) {
                throw new IllegalArgumentException("sample " + s + " has " + v.length + " features, sample 0 has " + m);
            }
            double[] f = new double[m];
            for (int k = 0; k < m; k++) {
                f[k] = (float) v[k];
            }
            x[s] = f;
        }
        double[] sum = new double[m];
        long[] count = new long[m];
        for (double[] row : x) {
            for (int k = 0; k < m; k++) {
                if (!Double.isNaN(row[k])) {
                    sum[k] += row[k];
                    count[k]++;
                }
            }
        }
        double[] mean = new double[m];
        for (int k = 0; k < m; k++) {
            mean[k] = sum[k] / count[k];
        }
        double[] correction = new double[m];
        double[] squares = new double[m];
        for (double[] row : x) {
            for (int k = 0; k < m; k++) {
                if (!Double.isNaN(row[k])) {
                    double d = row[k] - mean[k];
                    correction[k] += d;
                    squares[k] += d * d;
                }
            }
        }
        double[] variance = new double[m];
        double[] scale = new double[m];
        for (int k = 0; k < m; k++) {
            double c = count[k];
            variance[k] = (squares[k] - correction[k] * correction[k] / c) / c;
            double bound = c * EPS * variance[k] + square(c * mean[k] * EPS);
            scale[k] = variance[k] <= bound ? 1.0 : Math.sqrt(variance[k]);
        }
        return new StandardScaler(mean, scale, variance, count);
    }

    private static double square(double v) {
        return v * v;
    }

    /** @return number of features */
    public int size() {
        return mean.length;
    }

    /** @return per-feature mean (a copy) */
    public double[] mean() {
        return mean.clone();
    }

    /** @return per-feature scale (a copy) */
    public double[] scale() {
        return scale.clone();
    }

    /** @return per-feature population variance (a copy) */
    public double[] variance() {
        return variance.clone();
    }

    /** @return per-feature number of samples used (NaN values excluded; 0 when built with {@link #of}) */
    public long[] counts() {
        return counts.clone();
    }

    /**
     * @param features raw feature vector
     * @return {@code (x - mean) / scale} per feature, in double; NaN stays NaN
     */
    public double[] transform(double[] features) {
        if (features.length != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " features, got " + features.length);
        }
        double[] out = new double[features.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (features[k] - mean[k]) / scale[k];
        }
        return out;
    }

    /**
     * @param features raw feature vector
     * @return {@link #transform} cast to float, the reference's gating-layer input
     */
    public float[] transformToFloat(double[] features) {
        double[] t = transform(features);
        float[] out = new float[t.length];
        for (int k = 0; k < t.length; k++) {
            out[k] = (float) t[k];
        }
        return out;
    }
}
