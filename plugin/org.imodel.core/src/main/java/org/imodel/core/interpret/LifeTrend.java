package org.imodel.core.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Removes each cell's smooth trend over life from a per-window quantity: a least-squares quadratic in the life
 * position, fitted per cell. What is left is the part of the quantity that age alone does not explain, so an
 * association of the dominant expert with it is one beyond "the gate follows age".
 */
final class LifeTrend {

    /** Fewest finite values of a cell to fit its trend (three coefficients and one degree of freedom). */
    private static final int MIN_POINTS = 4;

    private LifeTrend() {
    }

    /**
     * @param values the quantity per window (NaN: missing)
     * @param life life position per window
     * @param cells cell id per window (windows of a cell consecutive)
     * @return the residuals; NaN where the value is missing or the cell has fewer than {@value #MIN_POINTS} values
     */
    static double[] residuals(double[] values, double[] life, String[] cells) {
        double[] out = new double[values.length];
        Arrays.fill(out, Double.NaN);
        int from = 0;
        for (int i = 1; i <= values.length; i++) {
            if (i == values.length || !cells[i].equals(cells[from])) {
                fitCell(values, life, from, i, out);
                from = i;
            }
        }
        return out;
    }

    private static void fitCell(double[] values, double[] life, int from, int to, double[] out) {
        List<Integer> used = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (Double.isFinite(values[i])) {
                used.add(i);
            }
        }
        if (used.size() < MIN_POINTS) {
            return;
        }
        double[][] x = new double[used.size()][];
        double[] y = new double[used.size()];
        for (int k = 0; k < used.size(); k++) {
            double l = life[used.get(k)];
            x[k] = new double[] {1, l, l * l};
            y[k] = values[used.get(k)];
        }
        RealVector beta = new QRDecomposition(new Array2DRowRealMatrix(x, false)).getSolver()
                .solve(new ArrayRealVector(y, false));
        for (int k = 0; k < used.size(); k++) {
            double l = life[used.get(k)];
            out[used.get(k)] = y[k] - (beta.getEntry(0) + beta.getEntry(1) * l + beta.getEntry(2) * l * l);
        }
    }
}
