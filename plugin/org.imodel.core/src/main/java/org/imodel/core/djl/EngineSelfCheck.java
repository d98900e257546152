package org.imodel.core.djl;

import java.nio.FloatBuffer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;

/**
 * A forward pass of a tiny fixed network (Linear 3&rarr;4, tanh, Linear 4&rarr;2) on the PyTorch engine, compared
 * with the same arithmetic done in plain Java. It proves that the engine, its native libraries and the DJL
 * wrapper work in the current runtime (plain JVM, OSGi, KNIME).
 */
public final class EngineSelfCheck {

    private static final int IN = 3;
    private static final int HIDDEN = 4;
    private static final int OUT = 2;

    private EngineSelfCheck() {
    }

    /**
     * Result of the check.
     *
     * @param engine engine description
     * @param output what the engine computed
     * @param expected what plain Java computed
     * @param maxAbsDiff largest absolute difference
     */
    public record Result(String engine, float[] output, float[] expected, double maxAbsDiff) {

        /** @return true when engine and Java agree to 1e-5 */
        public boolean passed() {
            return maxAbsDiff <= 1e-5;
        }
    }

    /**
     * Runs the check.
     *
     * @return the engine's output next to the expected values
     */
    public static Result run() {
        float[] input = {0.5f, -1.0f, 2.0f};
        float[] w1 = weights(HIDDEN * IN, 0.1f);
        float[] b1 = weights(HIDDEN, -0.05f);
        float[] w2 = weights(OUT * HIDDEN, 0.07f);
        float[] b2 = weights(OUT, 0.03f);
        float[] expected = dense(tanh(dense(input, w1, b1, HIDDEN)), w2, b2, OUT);
        try (NDManager manager = DjlRuntime.newManager()) {
            float[] output = DjlRuntime.call(() -> forward(manager, input, w1, b1, w2, b2));
            double diff = 0;
            for (int i = 0; i < OUT; i++) {
                diff = Math.max(diff, Math.abs(output[i] - expected[i]));
            }
            return new Result(DjlRuntime.describe(), output, expected, diff);
        }
    }

    private static float[] forward(NDManager manager, float[] input, float[] w1, float[] b1, float[] w2,
            float[] b2) {
        Block net = new SequentialBlock()
                .add(Linear.builder().setUnits(HIDDEN).build())
                .add(Activation::tanh)
                .add(Linear.builder().setUnits(OUT).build());
        net.initialize(manager, DataType.FLOAT32, new Shape(1, IN));
        float[][] values = {w1, b1, w2, b2};
        int i = 0;
        for (var parameter : net.getParameters().values()) {
            parameter.getArray().set(FloatBuffer.wrap(values[i++]));
        }
        NDArray x = manager.create(input, new Shape(1, IN));
        NDList out = net.forward(new ParameterStore(manager, false), new NDList(x), false);
        return out.singletonOrThrow().toFloatArray();
    }

    private static float[] weights(int n, float scale) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = scale * (i % 5 - 2 + 0.5f * (i % 3));
        }
        return w;
    }

    private static float[] dense(float[] x, float[] w, float[] b, int units) {
        float[] y = new float[units];
        for (int u = 0; u < units; u++) {
            double sum = b[u];
            for (int j = 0; j < x.length; j++) {
                sum += (double) w[u * x.length + j] * x[j];
            }
            y[u] = (float) sum;
        }
        return y;
    }

    private static float[] tanh(float[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) Math.tanh(x[i]);
        }
        return y;
    }
}
