package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** NumPy/SciPy semantics on small hand-checked cases. */
class NumpyMathTest {

    @Test
    void linspaceComputesStartPlusIStepAndEndsExactly() {
        double[] g = NumpyMath.linspace(3.6, 4.15, 50);
        double step = (4.15 - 3.6) / 49;
        assertEquals(3.6, g[0]);
        assertEquals(7 * step + 3.6, g[7]);
        assertEquals(4.15, g[49]);
        double[] fine = NumpyMath.linspace(3.6, 4.15, 1000);
        assertEquals(91, NumpyMath.argNearest(fine, 3.65));
        assertEquals(100, NumpyMath.argNearest(NumpyMath.linspace(3.6, 4.1, 1000), 3.65));
        assertEquals(3.6501001001001, fine[91], 1e-12);
    }

    @Test
    void pairwiseSumFollowsNumpyBlocking() {
        double[] a = new double[300];
        for (int i = 0; i < a.length; i++) {
            a[i] = 1.0 / (i + 1);
        }
        // reference: 8 partial sums per block of <= 128 values, halves split at a multiple of 8
        assertEquals(block(a, 0, 144) + (block(a, 144, 72) + block(a, 216, 84)), NumpyMath.sum(a));
        assertEquals(((1 + 2.0) + 3) + 4, NumpyMath.sum(new double[] {1, 2, 3, 4}));
        assertTrue(Double.isNaN(NumpyMath.mean(new double[0])));
    }

    private static double block(double[] a, int from, int n) {
        if (n > 128) {
            int n2 = n / 2;
            n2 -= n2 % 8;
            return block(a, from, n2) + block(a, from + n2, n - n2);
        }
        double[] r = new double[8];
        System.arraycopy(a, from, r, 0, 8);
        int i = 8;
        for (; i < n - n % 8; i += 8) {
            for (int k = 0; k < 8; k++) {
                r[k] += a[from + i + k];
            }
        }
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++) {
            res += a[from + i];
        }
        return res;
    }

    @Test
    void momentsSkewKurtosisAndTheirNanRule() {
        double[] a = {1, 2, 3, 10};
        assertEquals(4.0, NumpyMath.mean(a));
        assertEquals(12.5, NumpyMath.variance(a));
        // m3 = (-27 - 8 - 1 + 216) / 4 = 45, m4 = (81 + 16 + 1 + 1296) / 4 = 348.5
        assertEquals(45 / Math.pow(12.5, 1.5), NumpyMath.skew(a));
        assertEquals(348.5 / (12.5 * 12.5) - 3, NumpyMath.kurtosis(a));
        assertTrue(Double.isNaN(NumpyMath.skew(new double[] {4.2})), "one value");
        assertTrue(Double.isNaN(NumpyMath.kurtosis(new double[] {4.2})), "one value");
        assertTrue(Double.isNaN(NumpyMath.skew(new double[] {4.2, 4.2, 4.2})), "constant");
        assertTrue(Double.isNaN(NumpyMath.skew(new double[] {0, 0})), "zero mean, zero spread");
        // spread just above SciPy's (1e-15 * mean)^2 gives a number
        assertTrue(Double.isFinite(NumpyMath.skew(new double[] {1, 1 + 1e-12, 1})));
    }

    @Test
    void interpHasNumpySemantics() {
        double[] xp = {1, 2, 4};
        double[] fp = {10, 20, 0};
        assertArrayEquals(new double[] {10, 10, 15, 20, 10, 0, 0},
                NumpyMath.interp(new double[] {0, 1, 1.5, 2, 3, 4, 5}, xp, fp));
        double y = NumpyMath.interpAt(1.3, xp, fp, 0);
        assertEquals((20.0 - 10.0) / (2.0 - 1.0) * (1.3 - 1.0) + 10.0, y);
        assertTrue(Double.isNaN(NumpyMath.interp(new double[] {Double.NaN}, xp, fp)[0]));
        assertEquals(7.0, NumpyMath.interp(new double[] {0, 9}, new double[] {1}, new double[] {7})[1]);
        double[] inf = {0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        assertEquals(Double.POSITIVE_INFINITY, NumpyMath.interpAt(3, xp, inf, 1), "equal infinite ends");
    }

    @Test
    void maxAndMinPropagateNan() {
        assertTrue(Double.isNaN(NumpyMath.max(new double[] {1, Double.NaN, 3})));
        assertTrue(Double.isNaN(NumpyMath.min(new double[] {1, Double.NaN, 3})));
        assertEquals(3.0, NumpyMath.max(new double[] {1, 3, 2}));
        assertEquals(1.0, NumpyMath.min(new double[] {2, 1, 3}));
    }
}
