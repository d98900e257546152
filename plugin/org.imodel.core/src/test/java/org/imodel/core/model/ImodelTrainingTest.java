package org.imodel.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imodel.core.djl.DjlRuntime;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;

/** Training-mode behaviour: gate noise, the loss, gradients and an optimiser step. */
class ImodelTrainingTest {

    private static final ImodelConfig P10 = ImodelConfig.reference(10, 12);

    @Test
    void trainingAddsTheGivenNoiseWithTheInitialStandardDeviation() {
        ImodelNetworkTest.Inputs in = ImodelNetworkTest.Inputs.random(P10, 4000, 1);
        try (ImodelNetwork net = ImodelNetwork.create(P10, 1); NDManager m = DjlRuntime.newManager()) {
            float[] clean = flat(net.predict(in.ci, in.features, in.scenario, 4000).logits());
            float[] noisy1;
            float[] noisy2;
            float[] other;
            try (GradMode g = GradMode.disabled()) {
                noisy1 = training(net, m, in, new GateNoise(99)).get(2).toFloatArray();
                noisy2 = training(net, m, in, new GateNoise(99)).get(2).toFloatArray();
                other = training(net, m, in, new GateNoise(98)).get(2).toFloatArray();
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> net.block().forward(new ParameterStore(m, false), inputs(m, in), true));
                assertTrue(e.getMessage().contains("gate noise"), e.getMessage());
            }
            assertArrayEquals(noisy1, noisy2, "same seed, same noise");
            assertFalse(java.util.Arrays.equals(noisy1, other), "another seed, other noise");
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < clean.length; i++) {
                double d = noisy1[i] - clean[i];
                sum += d;
                sq += d * d;
            }
            double mean = sum / clean.length;
            double std = Math.sqrt(sq / clean.length - mean * mean);
            assertEquals(0, mean, 0.03);
            assertEquals(Math.log(2) + 1e-5, std, 0.02, "softplus(0) + 1e-5 with w_noise = 0");
        }
    }

    @Test
    void lossIsMsePlusWeightedUnbiasedCvSquared() {
        try (NDManager m = DjlRuntime.newManager()) {
            float[] pred = {1f, 2f, 3f, 4f, 5f, 6f};
            float[] target = {1.5f, 2f, 2f, 4f, 5.5f, 7f};
            float[] gates = {0.1f, 0.2f, 0.3f, 0.2f, 0.2f, 0.5f, 0.1f, 0.1f, 0.1f, 0.2f};
            NDArray loss = new ImodelLoss(0.5).evaluate(new NDList(m.create(target, new Shape(2, 3))),
                    new NDList(m.create(pred, new Shape(2, 3)), m.create(gates, new Shape(2, 5))));
            double mse = 0;
            for (int i = 0; i < 6; i++) {
                mse += (pred[i] - target[i]) * (pred[i] - target[i]) / 6.0;
            }
            double[] importance = new double[5];
            for (int i = 0; i < 10; i++) {
                importance[i % 5] += gates[i];
            }
            double mean = 0.4;
            double var = 0;
            for (double v : importance) {
                var += (v - mean) * (v - mean) / 4;
            }
            assertEquals(mse + 0.5 * var / (mean * mean + 1e-10), loss.getFloat(), 1e-6);
            assertEquals(0f, ImodelLoss.cvSquared(m.create(new float[] {3f})).getFloat(), "one expert");
        }
    }

    @Test
    void gradientsReachTheNoiseMatrixAndAdamLowersTheLoss() {
        ImodelNetworkTest.Inputs in = ImodelNetworkTest.Inputs.random(P10, 32, 2);
        GateNoise noise = new GateNoise(2);
        try (ImodelNetwork net = ImodelNetwork.create(P10, 2)) {
            DefaultTrainingConfig config = new DefaultTrainingConfig(new ImodelLoss(0.5))
                    .optOptimizer(Adam.builder().optLearningRateTracker(Tracker.fixed(1e-3f)).build());
            float first = Float.NaN;
            float last = Float.NaN;
            try (Trainer trainer = DjlRuntime.call(() -> net.model().newTrainer(config))) {
                for (int step = 0; step < 20; step++) {
                    try (NDManager batch = trainer.getManager().newSubManager();
                            GradientCollector gc = trainer.newGradientCollector()) {
                        NDList x = inputs(batch, in);
                        x.add(noise.sample(batch, 32, P10.experts()));
                        NDList out = trainer.forward(x);
                        NDArray loss = trainer.getLoss().evaluate(
                                new NDList(batch.create(flat(in.targets), new Shape(32, 10))), out);
                        gc.backward(loss);
                        if (step == 0) {
                            first = loss.getFloat();
                            NDArray grad = net.block().parameter(ImodelBlock.W_NOISE).getArray().getGradient();
                            assertTrue(grad.abs().sum().getFloat() > 0, "w_noise receives a gradient in training");
                        }
                        last = loss.getFloat();
                    }
                    trainer.step();
                }
            }
            assertTrue(last < first, "loss " + first + " -> " + last);
        }
    }

    private static NDList training(ImodelNetwork net, NDManager m, ImodelNetworkTest.Inputs in, GateNoise noise) {
        NDList x = inputs(m, in);
        x.add(noise.sample(m, in.ci.length, P10.experts()));
        return net.block().forward(new ParameterStore(m, false), x, true);
    }

    static NDList inputs(NDManager m, ImodelNetworkTest.Inputs in) {
        int n = in.ci.length;
        ImodelConfig c = P10.withHorizon(in.scenario[0].length);
        float[] s = new float[n * c.horizon() * 3];
        int k = 0;
        for (float[][] w : in.scenario) {
            for (float[] step : w) {
                for (float v : step) {
                    s[k++] = v;
                }
            }
        }
        return new NDList(m.create(flat(in.ci), new Shape(n, c.curveLength())),
                m.create(flat(in.features), new Shape(n, c.features())), m.create(s, new Shape(n, c.horizon(), 3)));
    }

    static float[] flat(float[][] rows) {
        int width = rows.length == 0 ? 0 : rows[0].length;
        float[] out = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * width, width);
        }
        return out;
    }
}
