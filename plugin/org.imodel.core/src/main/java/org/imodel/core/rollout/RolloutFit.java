package org.imodel.core.rollout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.imodel.core.features.StandardScaler;
import org.imodel.core.features.Window;
import org.imodel.core.model.ImodelNetwork;

/**
 * Fits a {@link RolloutMap} on training windows: every pair of windows of one cell whose start rows lie P apart gives
 * one example (the earlier window's state, scenario means and the network's predicted capacity change, and the
 * later window's state). Ridge regression on standardized inputs; the penalty is chosen among
 * {@link #PENALTIES} by the error on the validation windows' pairs ({@value #DEFAULT_PENALTY} when they give none).
 */
public final class RolloutFit {

    /** Candidate ridge penalties (per pair, on standardized inputs). */
    static final double[] PENALTIES = {1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1};

    /** Penalty when there are no validation pairs. */
    static final double DEFAULT_PENALTY = 1e-3;

    private static final int BATCH = 256;

    private RolloutFit() {
    }

    /** Examples: inputs, state changes. */
    record Pairs(List<double[]> x, List<double[]> y) {
        int size() {
            return x.size();
        }
    }

    /**
     * @param network the trained network (its horizon is the map's)
     * @param scaler the model's feature scaler
     * @param train training windows (finite values)
     * @param validation validation windows (finite values; may be empty)
     * @return the map
     * @throws IllegalArgumentException when no two training windows of a cell lie P rows apart (cells shorter than
     *         about 2P rows)
     */
    public static RolloutMap fit(ImodelNetwork network, StandardScaler scaler, List<Window> train,
            List<Window> validation) {
        int p = network.config().horizon();
        int l = network.config().curveLength();
        int f = network.config().features();
        Pairs fitting = pairs(network, scaler, train, p);
        if (fitting.size() == 0) {
            throw new IllegalArgumentException("No training cell has two windows " + p + " rows apart (cells of"
                    + " about " + 2 * p + " rows or more), so the model cannot learn how a cell's state moves over its"
                    + " horizon; forecasts beyond " + p + " cycles need longer training cells");
        }
        Pairs checking = pairs(network, scaler, validation, p);
        int in = RolloutMap.inputs(l, f);
        int out = l + f;
        double[] mean = new double[in];
        double[] scale = new double[in];
        double[] intercept = new double[out];
        moments(fitting.x(), mean, scale);
        double[] yScale = new double[out];
        moments(fitting.y(), intercept, yScale);
        int n = fitting.size();
        double[][] gram = new double[in][in];
        double[][] cross = new double[in][out];
        double[] z = new double[in];
        for (int i = 0; i < n; i++) {
            double[] x = fitting.x().get(i);
            double[] y = fitting.y().get(i);
            for (int a = 0; a < in; a++) {
                z[a] = (x[a] - mean[a]) / scale[a];
            }
            for (int a = 0; a < in; a++) {
                if (z[a] == 0) {
                    continue;
                }
                for (int b = a; b < in; b++) {
                    gram[a][b] += z[a] * z[b];
                }
                for (int o = 0; o < out; o++) {
                    cross[a][o] += z[a] * (y[o] - intercept[o]);
                }
            }
        }
        for (int a = 0; a < in; a++) {
            for (int b = a; b < in; b++) {
                gram[a][b] /= n;
                gram[b][a] = gram[a][b];
            }
            for (int o = 0; o < out; o++) {
                cross[a][o] /= n;
            }
        }
        RolloutMap best = null;
        for (double penalty : checking.size() == 0 ? new double[] {DEFAULT_PENALTY} : PENALTIES) {
            double[][] w = solve(gram, cross, penalty);
            RolloutMap candidate = new RolloutMap(RolloutMap.VERSION, p, l, f, penalty, mean, scale, intercept, w, n,
                    Double.NaN);
            double error = checking.size() == 0 ? Double.NaN : error(candidate, checking, yScale);
            candidate = new RolloutMap(RolloutMap.VERSION, p, l, f, penalty, mean, scale, intercept, w, n, error);
            if (best == null || error < best.validationError()) {
                best = candidate;
            }
        }
        return best;
    }

    private static double[][] solve(double[][] gram, double[][] cross, double penalty) {
        int in = gram.length;
        RealMatrix a = MatrixUtils.createRealMatrix(in, in);
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < in; j++) {
                a.setEntry(i, j, gram[i][j] + (i == j ? penalty : 0));
            }
        }
        return new CholeskyDecomposition(a, 1e-12, 1e-14).getSolver().solve(MatrixUtils.createRealMatrix(cross))
                .getData();
    }

    /** RMS error of the predicted state change, each output in units of its training spread. */
    private static double error(RolloutMap map, Pairs pairs, double[] yScale) {
        int l = map.curveLength();
        double sum = 0;
        long count = 0;
        for (int i = 0; i < pairs.size(); i++) {
            double[] x = pairs.x().get(i);
            double[] y = pairs.y().get(i);
            double[] ci = Arrays.copyOfRange(x, 0, l);
            double[] features = Arrays.copyOfRange(x, l, l + map.features());
            double[] scenario = Arrays.copyOfRange(x, l + map.features(), l + map.features()
                    + RolloutMap.SCENARIO_INPUTS);
            double[][] next = map.next(ci, features, scenario, x[x.length - 1]);
            for (int o = 0; o < y.length; o++) {
                double predicted = o < l ? next[0][o] - ci[o] : next[1][o - l] - features[o - l];
                double e = (predicted - y[o]) / yScale[o];
                sum += e * e;
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }

    /** Means and population standard deviations (1 where a column does not vary). */
    private static void moments(List<double[]> rows, double[] mean, double[] scale) {
        int n = rows.size();
        for (double[] r : rows) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += r[j] / n;
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < mean.length; j++) {
                double d = r[j] - mean[j];
                scale[j] += d * d / n;
            }
        }
        for (int j = 0; j < scale.length; j++) {
            double s = Math.sqrt(scale[j]);
            scale[j] = s > 1e-12 * Math.max(1, Math.abs(mean[j])) ? s : 1;
        }
    }

    /** The examples of a set of windows: pairs of windows of one cell whose start rows lie P apart. */
    static Pairs pairs(ImodelNetwork network, StandardScaler scaler, List<Window> windows, int p) {
        Map<List<String>, Map<Integer, Window>> byCell = new HashMap<>();
        for (Window w : windows) {
            byCell.computeIfAbsent(key(w), k -> new HashMap<>()).put(w.startRow(), w);
        }
        List<Window[]> found = new ArrayList<>();
        for (Window w : windows) {
            Window later = byCell.get(key(w)).get(w.startRow() + p);
            if (later != null) {
                found.add(new Window[] {w, later});
            }
        }
        List<double[]> xs = new ArrayList<>(found.size());
        List<double[]> ys = new ArrayList<>(found.size());
        for (int from = 0; from < found.size(); from += BATCH) {
            int to = Math.min(found.size(), from + BATCH);
            float[][] ci = new float[to - from][];
            float[][] f = new float[to - from][];
            float[][][] s = new float[to - from][][];
            for (int i = from; i < to; i++) {
                Window w = found.get(i)[0];
                ci[i - from] = toFloat(w.ci());
                f[i - from] = scaler.transformToFloat(w.features());
                s[i - from] = scenario(w);
            }
            float[][] predicted = network.predict(ci, f, s, BATCH).predictions();
            for (int i = from; i < to; i++) {
                Window w = found.get(i)[0];
                Window later = found.get(i)[1];
                float[] y = predicted[i - from];
                xs.add(RolloutMap.input(w.ci(), w.features(), means(s[i - from]), y[y.length - 1] - y[0]));
                double[] change = new double[w.ci().length + w.features().length];
                for (int j = 0; j < w.ci().length; j++) {
                    change[j] = later.ci()[j] - w.ci()[j];
                }
                for (int j = 0; j < w.features().length; j++) {
                    change[w.ci().length + j] = later.features()[j] - w.features()[j];
                }
                ys.add(change);
            }
        }
        return new Pairs(xs, ys);
    }

    /**
     * @param scenario {@code [P][3]} scenario values in model units
     * @return the mean of each channel over the steps
     */
    public static double[] means(float[][] scenario) {
        double[] m = new double[RolloutMap.SCENARIO_INPUTS];
        for (float[] step : scenario) {
            for (int c = 0; c < m.length; c++) {
                m[c] += step[c] / (double) scenario.length;
            }
        }
        return m;
    }

    static List<String> key(Window w) {
        return List.of(String.valueOf(w.family()), w.cellId());
    }

    /** The window's use in model units, {@code [P][3]}. */
    static float[][] scenario(Window w) {
        float[][] s = new float[w.horizon()][];
        for (int k = 0; k < s.length; k++) {
            s[k] = new float[] {(float) w.chargeCurrent()[k], (float) w.dischargeCurrent()[k],
                (float) w.temperature()[k]};
        }
        return s;
    }

    static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }
}
