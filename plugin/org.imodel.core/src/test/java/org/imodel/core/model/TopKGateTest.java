package org.imodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.imodel.core.djl.DjlRuntime;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** The top-k decomposition transform and the gates: worked examples of the method notes (&sect;4), ties, k. */
class TopKGateTest {

    private static final float ALPHA = 10f;

    @Test
    void workedExamplesOfTheMethodNotes() {
        float[][] logits = {{0.5f, -1f, 2f, 0.1f, 1.5f}, {0f, 0f, 0f, 0f, 0f}, {3f, 1f, 1f, -2f, 0f}};
        double[][] expectedD = {{1.04333, 0.24241, 6.36974, 0.71124, 3.48413},
            {2.2140276, 2.2140276, 2.2140276, 2.2140276, 2.2140276}, {11.24355, 1.07351, 1.07351, 0.05064, 0.36827}};
        double[][] expectedW = {{0.0045590, 0.0020466, 0.9377765, 0.0032707, 0.0523473}, {0.2, 0.2, 0.2, 0.2, 0.2},
            {0.99989, 3.83e-5, 3.83e-5, 1.38e-5, 1.89e-5}};
        double[] wTolerance = {1e-7, 1e-7, 1e-5};
        try (NDManager manager = DjlRuntime.newManager()) {
            float[][] d = rows(DjlRuntime.call(() -> TopKGate.decompose(input(manager, logits), 2, ALPHA)));
            float[][] w = rows(DjlRuntime.call(() -> TopKGate.gates(input(manager, logits), 2, ALPHA)));
            for (int r = 0; r < logits.length; r++) {
                for (int i = 0; i < 5; i++) {
                    assertEquals(expectedD[r][i], d[r][i], 1e-5, "D row " + r + " expert " + i);
                    double tol = r == 2 && i > 0 ? 0.006 * expectedW[r][i] : wTolerance[r];
                    assertEquals(expectedW[r][i], w[r][i], tol, "w row " + r + " expert " + i);
                }
            }
        }
    }

    @Test
    void tiesWithTheKthValueCountAsTop() {
        float[][] logits = {{1f, 1f, 1f, 0f, 0f}};
        try (NDManager manager = DjlRuntime.newManager()) {
            float[] d = rows(TopKGate.decompose(input(manager, logits), 2, ALPHA))[0];
            double p1 = Math.exp(1) / (3 * Math.exp(1) + 2);
            double p0 = 1 / (3 * Math.exp(1) + 2);
            for (int i = 0; i < 3; i++) {
                assertEquals(ALPHA * Math.expm1(p1), d[i], 1e-5, "tied top expert " + i);
            }
            assertEquals(ALPHA * Math.log1p(p0), d[3], 1e-5);
            assertEquals(ALPHA * Math.log1p(p0), d[4], 1e-5);
        }
    }

    @Test
    void kEqualToTheExpertCountMakesAllTop() {
        float[][] logits = {{0.3f, -0.2f, 0.9f, 0.1f, -1f}};
        try (NDManager manager = DjlRuntime.newManager()) {
            float[] d = rows(TopKGate.decompose(input(manager, logits), 5, ALPHA))[0];
            double[] p = softmax(logits[0]);
            for (int i = 0; i < 5; i++) {
                assertEquals(ALPHA * Math.expm1(p[i]), d[i], 1e-5);
            }
        }
    }

    @Test
    void randomLogitsMatchAFloat64Transform() {
        Random random = new Random(3);
        float[][] logits = new float[200][5];
        for (float[] row : logits) {
            for (int i = 0; i < 5; i++) {
                row[i] = (float) random.nextGaussian() * (random.nextBoolean() ? 0.05f : 2f);
            }
        }
        DoubleForward exact = new DoubleForward(ImodelConfig.defaults(), java.util.Map.of());
        try (NDManager manager = DjlRuntime.newManager()) {
            float[][] w = rows(TopKGate.gates(input(manager, logits), 2, ALPHA));
            double max = 0;
            for (int r = 0; r < logits.length; r++) {
                double[] x = new double[5];
                for (int i = 0; i < 5; i++) {
                    x[i] = logits[r][i];
                }
                double[] expected = exact.gates(x);
                for (int i = 0; i < 5; i++) {
                    max = Math.max(max, Math.abs(expected[i] - w[r][i]));
                }
            }
            assertEquals(0, max, 1e-6, "max gate error vs float64");
        }
    }

    private static NDArray input(NDManager manager, float[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * rows[0].length, rows[0].length);
        }
        return manager.create(flat, new Shape(rows.length, rows[0].length));
    }

    private static float[][] rows(NDArray array) {
        int n = (int) array.getShape().get(0);
        int m = (int) array.getShape().get(1);
        float[] flat = array.toFloatArray();
        float[][] out = new float[n][m];
        for (int r = 0; r < n; r++) {
            System.arraycopy(flat, r * m, out[r], 0, m);
        }
        return out;
    }

    private static double[] softmax(float[] v) {
        double sum = 0;
        double[] e = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            e[i] = Math.exp(v[i]);
            sum += e[i];
        }
        for (int i = 0; i < v.length; i++) {
            e[i] /= sum;
        }
        return e;
    }
}
