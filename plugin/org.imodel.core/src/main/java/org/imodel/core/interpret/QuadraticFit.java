package org.imodel.core.interpret;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Least-squares quadratic over the steps 0..P-1 of a window, centred on the middle step. The design matrix is the
 * same for every window of a horizon, so it is decomposed (QR) once and each fit is one solve.
 */
final class QuadraticFit {

    private static final double MILLI = 1000.0;

    private final int steps;
    private final DecompositionSolver solver;

    /** @param steps P, at least 3 */
    QuadraticFit(int steps) {
        if (steps < 3) {
            throw new IllegalArgumentException("a quadratic needs a horizon of at least 3 cycles, got " + steps);
        }
        this.steps = steps;
        double middle = (steps - 1) / 2.0;
        double[][] x = new double[steps][3];
        for (int t = 0; t < steps; t++) {
            double s = t - middle;
            x[t][0] = 1;
            x[t][1] = s;
            x[t][2] = s * s;
        }
        solver = new QRDecomposition(new Array2DRowRealMatrix(x, false)).getSolver();
    }

    /**
     * @param capacityAh P capacities (Ah)
     * @return slope and curvature in mAh per step and per step², or {@link TrendGeometry#MISSING} when a value is
     *         missing
     */
    TrendGeometry fit(float[] capacityAh) {
        if (capacityAh.length != steps) {
            throw new IllegalArgumentException("expected " + steps + " capacities, got " + capacityAh.length);
        }
        double[] y = new double[steps];
        for (int t = 0; t < steps; t++) {
            if (!Float.isFinite(capacityAh[t])) {
                return TrendGeometry.MISSING;
            }
            y[t] = capacityAh[t] * MILLI;
        }
        RealVector beta = solver.solve(new ArrayRealVector(y, false));
        return new TrendGeometry(beta.getEntry(1), 2 * beta.getEntry(2));
    }
}
