package org.imodel.core.features;

/**
 * The few NumPy/SciPy operations the reference feature code relies on, re-derived in plain double arithmetic
 * with the same operation order, so that results agree with the reference to the last bit or nearly so:
 * <ul>
 * <li>{@link #linspace}: {@code start + i * step} with {@code step = (stop - start) / (n - 1)}, last element set
 * to {@code stop};</li>
 * <li>{@link #sum}: NumPy's pairwise summation of a contiguous 1-D double array (blocks of up to 128 values summed
 * with 8 partial sums, larger arrays split in halves), started from the identity 0.0;</li>
 * <li>{@link #mean}, {@link #variance}, {@link #skew}, {@link #kurtosis}: {@code np.mean}, {@code np.var}
 * (population), SciPy 1.10 {@code skew} and {@code kurtosis(fisher=True)} with {@code bias=True}, including
 * SciPy's rule that the result is NaN when {@code m2 <= (1e-15 * mean)^2};</li>
 * <li>{@link #interp}: {@code np.interp} with its interval rule {@code xp[j] <= x < xp[j+1]}, exact {@code fp[j]}
 * at a knot, clamping to the end values outside the knots and its NaN fall-backs.</li>
 * </ul>
 * Plain loops, no allocation except where an array is returned.
 */
final class NumpyMath {

    /** Below this length NumPy's pairwise sum is a plain loop. */
    private static final int UNROLL = 8;
    /** Largest block NumPy sums without splitting. */
    private static final int BLOCK = 128;
    /** {@code np.finfo(np.float64).resolution}, SciPy's relative zero for the second moment. */
    static final double RESOLUTION = 1e-15;

    private NumpyMath() {
    }

    /**
     * @param start first value
     * @param stop last value (set exactly)
     * @param n number of values, at least 1
     * @return {@code np.linspace(start, stop, n)}
     */
    static double[] linspace(double start, double stop, int n) {
        double[] y = new double[n];
        if (n == 1) {
            y[0] = start;
            return y;
        }
        double step = (stop - start) / (n - 1);
        for (int i = 0; i < n; i++) {
            y[i] = i * step + start;
        }
        y[n - 1] = stop;
        return y;
    }

    /**
     * @param a values
     * @return {@code np.sum(a)} (pairwise)
     */
    static double sum(double[] a) {
        return sum(a, a.length);
    }

    /**
     * @param a values
     * @param n number of leading values to sum
     * @return {@code np.sum(a[:n])} (pairwise)
     */
    static double sum(double[] a, int n) {
        return 0.0 + pairwise(a, 0, n);
    }

    private static double pairwise(double[] a, int from, int n) {
        if (n < UNROLL) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i = UNROLL;
            int end = n - n % UNROLL;
            for (; i < end; i += UNROLL) {
                int k = from + i;
                r0 += a[k];
                r1 += a[k + 1];
                r2 += a[k + 2];
                r3 += a[k + 3];
                r4 += a[k + 4];
                r5 += a[k + 5];
                r6 += a[k + 6];
                r7 += a[k + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % UNROLL;
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }

    /**
     * @param a values (empty gives NaN, as NumPy does with a warning)
     * @return {@code np.mean(a)}
     */
    static double mean(double[] a) {
        return sum(a) / a.length;
    }

    /**
     * @param a values
     * @return {@code np.max(a)}: NaN when any value is NaN or the array is empty (NumPy raises on empty input)
     */
    static double max(double[] a) {
        if (a.length == 0) {
            return Double.NaN;
        }
        double m = a[0];
        for (int i = 1; i < a.length; i++) {
            double v = a[i];
            if (v > m || Double.isNaN(v)) {
                m = v;
                if (Double.isNaN(v)) {
                    return v;
                }
            }
        }
        return m;
    }

    /**
     * @param a values
     * @return {@code np.min(a)}: NaN when any value is NaN or the array is empty
     */
    static double min(double[] a) {
        if (a.length == 0) {
            return Double.NaN;
        }
        double m = a[0];
        for (int i = 1; i < a.length; i++) {
            double v = a[i];
            if (v < m || Double.isNaN(v)) {
                m = v;
                if (Double.isNaN(v)) {
                    return v;
                }
            }
        }
        return m;
    }

    /**
     * Central moments 2, 3 and 4 about the mean, each {@code np.mean} of the powers as SciPy forms them
     * ({@code d*d}, {@code (d*d)*d}, {@code (d*d)*(d*d)}).
     *
     * @param a values
     * @param s work array of at least a.length values
     * @return {mean, m2, m3, m4}
     */
    static double[] moments(double[] a, double[] s) {
        int n = a.length;
        double mean = mean(a);
        double[] out = new double[4];
        out[0] = mean;
        for (int i = 0; i < n; i++) {
            double d = a[i] - mean;
            s[i] = d * d;
        }
        out[1] = sum(s, n) / n;
        for (int i = 0; i < n; i++) {
            double d = a[i] - mean;
            s[i] = d * d * d;
        }
        out[2] = sum(s, n) / n;
        for (int i = 0; i < n; i++) {
            double d = a[i] - mean;
            double d2 = d * d;
            s[i] = d2 * d2;
        }
        out[3] = sum(s, n) / n;
        return out;
    }

    /**
     * @param mean mean
     * @param m2 second central moment
     * @return true when SciPy treats the second moment as zero (skew and kurtosis NaN)
     */
    static boolean zeroSpread(double mean, double m2) {
        double tol = RESOLUTION * mean;
        return m2 <= tol * tol;
    }

    /**
     * @param moments {mean, m2, m3, m4} from {@link #moments}
     * @return SciPy {@code skew(bias=True)}: m3 / m2^1.5, NaN under {@link #zeroSpread}
     */
    static double skewOf(double[] moments) {
        if (zeroSpread(moments[0], moments[1])) {
            return Double.NaN;
        }
        return moments[2] / Math.pow(moments[1], 1.5);
    }

    /**
     * SciPy forms {@code m2**2.0} with the C library's {@code pow}, which on the reference platform (glibc) is not
     * correctly rounded in rare near-halfway cases; the correctly rounded {@code m2 * m2} used here then differs
     * from it by one unit in the last place (4 of the ~20 000 kurtosis values of the golden files, relative error
     * at most 6.4e-16). Likewise {@code m2**1.5} in {@link #skewOf} uses {@code Math.pow}, which can differ from
     * glibc by one unit in the last place (1 value in the golden files).
     *
     * @param moments {mean, m2, m3, m4} from {@link #moments}
     * @return SciPy {@code kurtosis(fisher=True, bias=True)}: m4 / m2^2 - 3, NaN under {@link #zeroSpread}
     */
    static double kurtosisOf(double[] moments) {
        if (zeroSpread(moments[0], moments[1])) {
            return Double.NaN;
        }
        return moments[3] / (moments[1] * moments[1]) - 3;
    }

    /**
     * @param a values
     * @return {@code np.var(a)} (population, ddof 0)
     */
    static double variance(double[] a) {
        return moments(a, new double[a.length])[1];
    }

    /**
     * @param a values
     * @return {@code scipy.stats.skew(a)}
     */
    static double skew(double[] a) {
        return skewOf(moments(a, new double[a.length]));
    }

    /**
     * @param a values
     * @return {@code scipy.stats.kurtosis(a)}
     */
    static double kurtosis(double[] a) {
        return kurtosisOf(moments(a, new double[a.length]));
    }

    /**
     * The interval of x among strictly increasing knots, searching forward from a hint (pass 0 without one).
     *
     * @param x a value with {@code xp[0] <= x < xp[last]}
     * @param xp knots
     * @param hint an index with {@code xp[hint] <= x}
     * @return j with {@code xp[j] <= x < xp[j+1]}
     */
    static int interval(double x, double[] xp, int hint) {
        int j = hint;
        while (j + 2 < xp.length && xp[j + 1] <= x) {
            j++;
        }
        return j;
    }

    /**
     * One value of {@code np.interp(x, xp, fp)}, given its interval.
     *
     * @param x where to evaluate
     * @param xp strictly increasing knots
     * @param fp values at the knots
     * @param j interval from {@link #interval} (ignored when x is outside [xp[0], xp[last]] or equals xp[last])
     * @return the interpolated value
     */
    static double interpAt(double x, double[] xp, double[] fp, int j) {
        int last = xp.length - 1;
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > xp[last]) {
            return fp[last];
        }
        if (x < xp[0]) {
            return fp[0];
        }
        if (x == xp[last]) {
            return fp[last];
        }
        if (xp[j] == x) {
            return fp[j];
        }
        double slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
        double y = slope * (x - xp[j]) + fp[j];
        if (Double.isNaN(y)) {
            y = slope * (x - xp[j + 1]) + fp[j + 1];
            if (Double.isNaN(y) && fp[j] == fp[j + 1]) {
                y = fp[j];
            }
        }
        return y;
    }

    /**
     * {@code np.interp(x, xp, fp)} for increasing x.
     *
     * @param x increasing evaluation points
     * @param xp strictly increasing knots (at least 1)
     * @param fp values at the knots
     * @return the interpolated values
     */
    static double[] interp(double[] x, double[] xp, double[] fp) {
        double[] y = new double[x.length];
        if (xp.length == 1) {
            for (int i = 0; i < x.length; i++) {
                y[i] = Double.isNaN(x[i]) ? x[i] : fp[0];
            }
            return y;
        }
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            if (xi >= xp[0] && xi < xp[xp.length - 1]) {
                j = interval(xi, xp, xi >= xp[j] ? j : 0);
            }
            y[i] = interpAt(xi, xp, fp, j);
        }
        return y;
    }

    /**
     * @param a values
     * @param target value to approach
     * @return {@code np.argmin(np.abs(a - target))}: the first index of the smallest distance
     */
    static int argNearest(double[] a, double target) {
        int best = 0;
        double bestDistance = Math.abs(a[0] - target);
        for (int i = 1; i < a.length; i++) {
            double d = Math.abs(a[i] - target);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }
}
