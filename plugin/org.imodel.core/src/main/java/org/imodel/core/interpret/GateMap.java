package org.imodel.core.interpret;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * A joint 2-D map of gate vectors: principal components fitted once on the gates of all windows given (all cells
 * together, unscaled: every gate is a weight in the same unit), so the positions of different cells are comparable.
 * Each component's sign is fixed so that its largest loading is positive, which makes the map reproducible.
 *
 * @param mean mean gate vector (E)
 * @param components two unit-length loading vectors (2 &times; E), first the one of the largest variance
 * @param explained share of the total gate variance each component explains
 */
public record GateMap(double[] mean, double[][] components, double[] explained) {

    /**
     * @param gates gate vectors of the windows (all of length E, no missing values), at least two
     * @return the fitted map
     */
    public static GateMap fit(List<float[]> gates) {
        if (gates.size() < 2) {
            throw new IllegalArgumentException("a gate map needs at least two windows with gates, got " + gates.size());
        }
        int e = gates.get(0).length;
        double[][] x = new double[gates.size()][e];
        double[] mean = new double[e];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < e; j++) {
                x[i][j] = gates.get(i)[j];
                mean[j] += x[i][j] / x.length;
            }
        }
        RealMatrix cov = new Covariance(new Array2DRowRealMatrix(x, false), false).getCovarianceMatrix();
        EigenDecomposition eigen = new EigenDecomposition(cov);
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[e];
        double total = 0;
        for (int j = 0; j < e; j++) {
            order[j] = j;
            total += Math.max(0, values[j]);
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[][] components = new double[2][];
        double[] explained = new double[2];
        for (int k = 0; k < 2; k++) {
            int j = order[Math.min(k, e - 1)];
            components[k] = signed(eigen.getEigenvector(j).toArray());
            explained[k] = total > 0 ? Math.max(0, values[j]) / total : 0;
        }
        return new GateMap(mean, components, explained);
    }

    /**
     * @param gate a gate vector (E)
     * @return its two map coordinates; NaN when a gate is missing
     */
    public double[] project(float[] gate) {
        double[] xy = new double[2];
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < mean.length; j++) {
                xy[k] += (gate[j] - mean[j]) * components[k][j];
            }
        }
        return xy;
    }

    private static double[] signed(double[] v) {
        int largest = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[largest])) {
                largest = j;
            }
        }
        if (v[largest] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
        }
        return v;
    }
}
