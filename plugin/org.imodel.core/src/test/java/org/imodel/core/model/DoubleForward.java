package org.imodel.core.model;

import java.util.Map;

/**
 * An independent, plain-Java float64 forward pass of the iMODEL network from a PyTorch state dict (evaluation
 * mode), written from the method notes. Used as an oracle: it shows how far float32 results (ours and the
 * reference's) are from the exact arithmetic.
 */
final class DoubleForward {

    private final ImodelConfig config;
    private final Map<String, NamedArray> dict;

    DoubleForward(ImodelConfig config, Map<String, NamedArray> stateDict) {
        this.config = config;
        this.dict = stateDict;
    }

    /** @return {predictions[P], gates[E], logits[E]} */
    double[][] forward(float[] ci, float[] features, float[][] scenario) {
        int e = config.experts();
        int p = config.horizon();
        int h = config.hiddenSize();
        double[][] experts = new double[e][];
        for (int i = 0; i < e; i++) {
            experts[i] = linear(get("capacity_fc." + i + ".weight"), get("capacity_fc." + i + ".bias"), ci);
        }
        double[] logits = linear(get("features_fc.weight"), get("features_fc.bias"), features);
        double[] gates = gates(logits);
        double[][] x = new double[p][4];
        for (int t = 0; t < p; t++) {
            double trend = 0;
            for (int i = 0; i < e; i++) {
                trend += gates[i] * experts[i][t];
            }
            x[t][0] = trend;
            for (int j = 0; j < 3; j++) {
                x[t][j + 1] = scenario[t][j];
            }
        }
        double[][] forward = lstm(x, "", false, h);
        double[][] backward = lstm(x, "_reverse", true, h);
        float[] w = get("fc_final.weight");
        double b = get("fc_final.bias")[0];
        double[] predictions = new double[p];
        for (int t = 0; t < p; t++) {
            double s = b;
            for (int k = 0; k < h; k++) {
                s += w[k] * forward[t][k] + w[h + k] * backward[t][k];
            }
            predictions[t] = s;
        }
        return new double[][] {predictions, gates, logits};
    }

    double[] gates(double[] logits) {
        int e = logits.length;
        double[] sorted = logits.clone();
        java.util.Arrays.sort(sorted);
        double kth = sorted[e - config.topK()];
        double[] p = softmax(logits);
        double[] d = new double[e];
        for (int i = 0; i < e; i++) {
            d[i] = logits[i] < kth ? config.alpha() * Math.log1p(p[i]) : config.alpha() * Math.expm1(p[i]);
        }
        return softmax(d);
    }

    private double[][] lstm(double[][] x, String suffix, boolean reverse, int h) {
        float[] wih = get("lstm.weight_ih_l0" + suffix);
        float[] whh = get("lstm.weight_hh_l0" + suffix);
        float[] bih = get("lstm.bias_ih_l0" + suffix);
        float[] bhh = get("lstm.bias_hh_l0" + suffix);
        int steps = x.length;
        int in = x[0].length;
        double[][] out = new double[steps][];
        double[] hState = new double[h];
        double[] c = new double[h];
        for (int s = 0; s < steps; s++) {
            int t = reverse ? steps - 1 - s : s;
            double[] z = new double[4 * h];
            for (int r = 0; r < 4 * h; r++) {
                double v = (double) bih[r] + bhh[r];
                for (int j = 0; j < in; j++) {
                    v += wih[r * in + j] * x[t][j];
                }
                for (int j = 0; j < h; j++) {
                    v += whh[r * h + j] * hState[j];
                }
                z[r] = v;
            }
            double[] next = new double[h];
            for (int k = 0; k < h; k++) {
                double i = sigmoid(z[k]);
                double f = sigmoid(z[h + k]);
                double g = Math.tanh(z[2 * h + k]);
                double o = sigmoid(z[3 * h + k]);
                c[k] = f * c[k] + i * g;
                next[k] = o * Math.tanh(c[k]);
            }
            hState = next;
            out[t] = next;
        }
        return out;
    }

    private float[] get(String name) {
        NamedArray a = dict.get(name);
        if (a == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return a.values();
    }

    private static double[] linear(float[] w, float[] b, float[] x) {
        double[] y = new double[b.length];
        for (int r = 0; r < b.length; r++) {
            double s = b[r];
            for (int j = 0; j < x.length; j++) {
                s += (double) w[r * x.length + j] * x[j];
            }
            y[r] = s;
        }
        return y;
    }

    private static double[] softmax(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            max = Math.max(max, d);
        }
        double sum = 0;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.exp(v[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < v.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
