package org.imodel.core.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.imodel.core.features.StandardScaler;
import org.imodel.core.features.Window;

/**
 * Windows as flat float32 arrays, ready for the network: the expert input (re-gridded curve, Ah), the scaled
 * features, the scenario (charge current, discharge current, temperature per step) and the targets (Ah). Window i
 * owns {@code ci[i·L .. (i+1)·L)}, {@code features[i·F .. (i+1)·F)}, {@code scenario[i·P·3 .. (i+1)·P·3)} (step-major,
 * three channels per step) and {@code targets[i·P .. (i+1)·P)}. The arrays are shared; do not modify them.
 */
public final class WindowTensors {

    /** Number of windows. */
    public final int size;
    /** L, points per curve. */
    public final int curveLength;
    /** F, features per window. */
    public final int featureCount;
    /** P, future steps per window. */
    public final int horizon;
    /** Cell id per window. */
    public final String[] cells;
    /** Start row per window. */
    public final int[] startRows;
    /** Cycle of the start row per window. */
    public final int[] cycles;
    /** Expert inputs, flat. */
    public final float[] ci;
    /** Scaled features, flat. */
    public final float[] features;
    /** Scenario (charge, discharge, temperature per step), flat. */
    public final float[] scenario;
    /** Target capacities (Ah), flat. */
    public final float[] targets;

    private WindowTensors(int size, int curveLength, int featureCount, int horizon) {
        this.size = size;
        this.curveLength = curveLength;
        this.featureCount = featureCount;
        this.horizon = horizon;
        cells = new String[size];
        startRows = new int[size];
        cycles = new int[size];
        ci = new float[size * curveLength];
        features = new float[size * featureCount];
        scenario = new float[size * horizon * 3];
        targets = new float[size * horizon];
    }

    /**
     * @param windows windows (all of one curve length, feature count and horizon)
     * @param scaler the feature scaler (engine units)
     * @param curveLength L
     * @param featureCount F
     * @param horizon P
     * @return the tensors, in window order
     */
    public static WindowTensors of(List<Window> windows, StandardScaler scaler, int curveLength, int featureCount,
            int horizon) {
        WindowTensors t = new WindowTensors(windows.size(), curveLength, featureCount, horizon);
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            t.cells[i] = w.cellId();
            t.startRows[i] = w.startRow();
            t.cycles[i] = w.cycle();
            double[] c = w.ci();
            for (int j = 0; j < curveLength; j++) {
                t.ci[i * curveLength + j] = (float) c[j];
            }
            float[] f = scaler.transformToFloat(w.features());
            System.arraycopy(f, 0, t.features, i * featureCount, featureCount);
            for (int k = 0; k < horizon; k++) {
                int s = (i * horizon + k) * 3;
                t.scenario[s] = (float) w.chargeCurrent()[k];
                t.scenario[s + 1] = (float) w.dischargeCurrent()[k];
                t.scenario[s + 2] = (float) w.temperature()[k];
                t.targets[i * horizon + k] = (float) w.targetCapacity()[k];
            }
        }
        return t;
    }

    /**
     * @param windows windows
     * @return those whose features, curve, scenario and targets are all finite (usable for training)
     */
    static List<Window> usable(List<Window> windows) {
        List<Window> out = new ArrayList<>(windows.size());
        for (Window w : windows) {
            if (finite(w.features()) && finite(w.ci()) && finite(w.chargeCurrent()) && finite(w.dischargeCurrent())
                    && finite(w.temperature()) && finite(w.targetCapacity())) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * @param i window index
     * @return whether the window's features and curve are finite (so the network gives a finite forecast)
     */
    public boolean predictable(int i) {
        for (int j = 0; j < featureCount; j++) {
            if (!Float.isFinite(features[i * featureCount + j])) {
                return false;
            }
        }
        for (int j = 0; j < curveLength; j++) {
            if (!Float.isFinite(ci[i * curveLength + j])) {
                return false;
            }
        }
        for (int j = 0; j < horizon * 3; j++) {
            if (!Float.isFinite(scenario[i * horizon * 3 + j])) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param source a flat row-major array of rows of {@code width} values
     * @param width values per row
     * @param rows row indices
     * @param from first index into {@code rows}
     * @param to end index into {@code rows} (exclusive)
     * @return the rows {@code rows[from..to)}, in that order, as one flat array (a batch)
     */
    public static float[] gather(float[] source, int width, int[] rows, int from, int to) {
        float[] out = new float[(to - from) * width];
        for (int i = from; i < to; i++) {
            System.arraycopy(source, rows[i] * width, out, (i - from) * width, width);
        }
        return out;
    }

    /**
     * @param n number of windows
     * @return 0 .. n-1 in order
     */
    public static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * Fisher-Yates shuffle of 0 .. n-1 (the batch order of an epoch).
     *
     * @param n number of windows
     * @param random the generator
     * @return a random permutation
     */
    public static int[] permutation(int n, Random random) {
        int[] order = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static boolean finite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
