package org.imodel.core.testing;

/**
 * Least-squares quadratic over the steps of a capacity segment, centred on its middle, by the normal equations and
 * Gaussian elimination: an independent check of the engine's QR fit.
 */
public final class CentredQuadratic {

    private CentredQuadratic() {
    }

    /**
     * @param y capacities (Ah), one per step
     * @return slope (mAh per step) and curvature (twice the quadratic coefficient, mAh per step²)
     */
    public static double[] slopeAndCurvature(float[] y) {
        int n = y.length;
        double mid = (n - 1) / 2.0;
        double[][] a = new double[3][4];
        for (int t = 0; t < n; t++) {
            double[] x = {1, t - mid, (t - mid) * (t - mid)};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    a[r][c] += x[r] * x[c];
                }
                a[r][3] += x[r] * y[t] * 1000.0;
            }
        }
        for (int p = 0; p < 3; p++) {
            for (int r = p + 1; r < 3; r++) {
                double f = a[r][p] / a[p][p];
                for (int c = p; c < 4; c++) {
                    a[r][c] -= f * a[p][c];
                }
            }
        }
        double[] b = new double[3];
        for (int r = 2; r >= 0; r--) {
            double s = a[r][3];
            for (int c = r + 1; c < 3; c++) {
                s -= a[r][c] * b[c];
            }
            b[r] = s / a[r][r];
        }
        return new double[] {b[1], 2 * b[2]};
    }
}
