package org.imodel.core.model;

import java.util.Arrays;
import java.util.Random;

import org.imodel.core.djl.DjlRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;

/**
 * Printed micro-benchmark (no timed assertion): training step (forward + loss + backward + Adam, batch 32, P = 50,
 * batches built from Java arrays) and inference at batch 1 and 256, for the fused experts and for a baseline with
 * five separate expert layers. Run with {@code -Dimodel.bench=true -Dtest=ImodelBenchmark} or as a main class;
 * the module's surefire uses 1 intra-op thread. {@code -Dimodel.bench.clock=cpu} measures the CPU time of the
 * calling thread instead of wall time (libtorch computes on the calling thread with one intra-op thread), which
 * keeps the figures meaningful on a busy shared machine.
 */
class ImodelBenchmark {

    private static final ImodelConfig CONFIG = ImodelConfig.defaults();
    private static final int POOL = 2000;
    private static final int BATCH = 32;
    private static final boolean CPU_CLOCK = "cpu".equals(System.getProperty("imodel.bench.clock", "wall"));
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    @EnabledIfSystemProperty(named = "imodel.bench", matches = "true")
    void benchmark() throws Exception {
        run();
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        System.out.println("engine: " + DjlRuntime.describe() + "; clock: " + (CPU_CLOCK
                ? "CPU time of the calling thread (robust on a shared machine; libtorch runs on the caller with 1"
                        + " thread)" : "wall time"));
        ImodelNetworkTest.Inputs pool = ImodelNetworkTest.Inputs.random(CONFIG, POOL, 17);
        int rounds = Integer.getInteger("imodel.bench.rounds", 3);
        try (ImodelNetwork fused = ImodelNetwork.create(CONFIG, 5);
                Model unfusedModel = Model.newInstance("unfused", Device.cpu(), DjlRuntime.ENGINE_NAME)) {
            UnfusedImodelBlock unfused = new UnfusedImodelBlock(CONFIG);
            unfusedModel.setBlock(unfused);
            unfused.initialize(unfusedModel.getNDManager(), DataType.FLOAT32, fused.block().inputShapes(1));
            unfused.copyFrom(fused.block());
            checkSame(fused, unfusedModel, pool);
            if (Boolean.getBoolean("imodel.bench.breakdown")) {
                breakdown(fused.model(), pool, 300);
                breakdown(unfusedModel, pool, 300);
                lstmOnly(fused.block().lstm(), 300);
                expertStage(fused.block(), unfused, 1000);
            }
            for (int round = 1; round <= rounds; round++) {
                System.out.printf("--- round %d of %d%n", round, rounds);
                report("fused   train step b32", train(fused.model(), pool, 300), "ms/step");
                report("unfused train step b32", train(unfusedModel, pool, 300), "ms/step");
                report("fused   predict() b1", predictApi(fused, pool, 1, 2000), "ms/window");
                report("fused   forward b1", infer(fused.model(), pool, 1, 2000), "ms/window");
                report("unfused forward b1", infer(unfusedModel, pool, 1, 2000), "ms/window");
                double[] api256 = predictApi(fused, pool, 256, 60);
                report("fused   predict() b256", api256, "ms/window");
                double[] fused256 = infer(fused.model(), pool, 256, 60);
                report("fused   forward b256", fused256, "ms/window");
                double[] unfused256 = infer(unfusedModel, pool, 256, 60);
                report("unfused forward b256", unfused256, "ms/window");
                System.out.printf("  windows/s at b256 (median): predict() %.0f, fused %.0f, unfused %.0f%n",
                        1000 / median(api256), 1000 / median(fused256), 1000 / median(unfused256));
            }
        }
    }

    /** Times whole training steps of batch 32 (batch creation from Java arrays included). */
    private static double[] train(Model model, ImodelNetworkTest.Inputs pool, int steps) {
        GateNoise noise = new GateNoise(1);
        DefaultTrainingConfig config = new DefaultTrainingConfig(new ImodelLoss(CONFIG.diversityWeight()))
                .optOptimizer(Adam.builder().optLearningRateTracker(Tracker.fixed(1e-4f)).build());
        Random random = new Random(1);
        int warmup = 30;
        double[] times = new double[steps];
        try (Trainer trainer = DjlRuntime.call(() -> model.newTrainer(config))) {
            for (int s = -warmup; s < steps; s++) {
                int[] rows = random.ints(BATCH, 0, POOL).toArray();
                long start = now();
                try (NDManager batch = trainer.getManager().newSubManager()) {
                    NDList x = inputs(batch, pool, rows);
                    x.add(noise.sample(batch, BATCH, CONFIG.experts()));
                    NDArray y = batch.create(gather(pool.targets, rows), new Shape(BATCH, CONFIG.horizon()));
                    float loss;
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        NDList out = trainer.forward(x);
                        NDArray l = trainer.getLoss().evaluate(new NDList(y), out);
                        gc.backward(l);
                        loss = l.getFloat();
                    }
                    trainer.step();
                    if (Float.isNaN(loss)) {
                        throw new IllegalStateException("NaN loss");
                    }
                }
                if (s >= 0) {
                    times[s] = (now() - start) / 1e6;
                }
            }
        }
        return times;
    }

    /** Prints median times of the parts of a training step. */
    private static void breakdown(Model model, ImodelNetworkTest.Inputs pool, int steps) {
        GateNoise noise = new GateNoise(1);
        DefaultTrainingConfig config = new DefaultTrainingConfig(new ImodelLoss(CONFIG.diversityWeight()))
                .optOptimizer(Adam.builder().optLearningRateTracker(Tracker.fixed(1e-4f)).build());
        Random random = new Random(1);
        double[][] parts = new double[5][steps];
        try (Trainer trainer = DjlRuntime.call(() -> model.newTrainer(config))) {
            for (int s = -30; s < steps; s++) {
                int[] rows = random.ints(BATCH, 0, POOL).toArray();
                long t0 = now();
                long t1;
                long t2;
                long t3;
                long t4;
                try (NDManager batch = trainer.getManager().newSubManager()) {
                    NDList x = inputs(batch, pool, rows);
                    x.add(noise.sample(batch, BATCH, CONFIG.experts()));
                    NDArray y = batch.create(gather(pool.targets, rows), new Shape(BATCH, CONFIG.horizon()));
                    t1 = now();
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        NDList out = trainer.forward(x);
                        NDArray l = trainer.getLoss().evaluate(new NDList(y), out);
                        l.getFloat();
                        t2 = now();
                        gc.backward(l);
                        t3 = now();
                    }
                    trainer.step();
                    t4 = now();
                }
                long t5 = now();
                if (s >= 0) {
                    parts[0][s] = (t1 - t0) / 1e6;
                    parts[1][s] = (t2 - t1) / 1e6;
                    parts[2][s] = (t3 - t2) / 1e6;
                    parts[3][s] = (t4 - t3) / 1e6;
                    parts[4][s] = (t5 - t4) / 1e6;
                }
            }
        }
        System.out.printf("  %s step parts (median ms): inputs %.3f, forward+loss %.3f, backward %.3f,"
                + " optimiser %.3f, close %.3f%n", model.getName(), median(parts[0]), median(parts[1]),
                median(parts[2]), median(parts[3]), median(parts[4]));
    }

    /** The BiLSTM operator alone at batch 32 (P = 50): training forward and backward. */
    private static void lstmOnly(BiLstmBlock lstm, int calls) {
        double[][] t = new double[2][calls];
        try (NDManager m = DjlRuntime.newManager()) {
            ParameterStore store = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(BATCH, CONFIG.horizon(), ImodelConfig.LSTM_INPUTS));
            for (int c = -30; c < calls; c++) {
                try (NDManager s = m.newSubManager()) {
                    // results attach to the input's manager: give each call its own input so they are freed
                    NDArray xi = x.duplicate();
                    xi.attach(s);
                    long t0 = now();
                    long t1;
                    long t2;
                    try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
                        NDArray loss = lstm.forward(store, new NDList(xi), true).head().square().mean();
                        loss.getFloat();
                        t1 = now();
                        gc.backward(loss);
                        t2 = now();
                    }
                    if (c >= 0) {
                        t[0][c] = (t1 - t0) / 1e6;
                        t[1][c] = (t2 - t1) / 1e6;
                    }
                }
            }
        }
        System.out.printf("  BiLSTM operator alone b32 (median ms): training forward %.3f, backward %.3f%n",
                median(t[0]), median(t[1]));
    }

    /**
     * The expert stage alone (experts and gated trend, forward + backward, batch 32; inference, batch 1): the part
     * of the network that fusing changes.
     */
    private static void expertStage(ImodelBlock fused, UnfusedImodelBlock unfused, int calls) {
        double[][] t = new double[4][calls];
        try (NDManager m = DjlRuntime.newManager()) {
            ParameterStore store = new ParameterStore(m, false);
            for (int c = -100; c < calls; c++) {
                for (int variant = 0; variant < 2; variant++) {
                    try (NDManager s = m.newSubManager()) {
                        NDArray ci = s.randomUniform(0f, 0.1f, new Shape(BATCH, CONFIG.curveLength()));
                        NDArray gates = s.randomUniform(0f, 1f, new Shape(BATCH, CONFIG.experts()));
                        NDArray ci1 = ci.get("0:1");
                        NDArray gates1 = gates.get("0:1");
                        gates.setRequiresGradient(true);
                        long t0 = now();
                        try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
                            NDArray trend = variant == 0 ? fused.expertTrend(store, ci, gates, true)
                                    : unfused.expertTrend(store, ci, gates, true);
                            gc.backward(trend.sum());
                        }
                        long t1 = now();
                        try (GradMode g = GradMode.disabled()) {
                            (variant == 0 ? fused.expertTrend(store, ci1, gates1, false)
                                    : unfused.expertTrend(store, ci1, gates1, false)).toFloatArray();
                        }
                        long t2 = now();
                        if (c >= 0) {
                            t[variant][c] = (t1 - t0) / 1e6;
                            t[2 + variant][c] = (t2 - t1) / 1e6;
                        }
                    }
                }
            }
        }
        System.out.printf("  expert stage (median ms): forward+backward b32 fused %.4f vs unfused %.4f;"
                + " inference b1 fused %.4f vs unfused %.4f%n", median(t[0]), median(t[1]), median(t[2]),
                median(t[3]));
    }

    /** Times eval-mode forward calls with grad mode off (inputs from Java arrays, outputs back to Java). */
    private static double[] infer(Model model, ImodelNetworkTest.Inputs pool, int batchSize, int calls) {
        Block block = model.getBlock();
        double[] times = new double[calls];
        try (GradMode g = GradMode.disabled()) {
            ParameterStore store = new ParameterStore(model.getNDManager(), false);
            for (int c = -calls / 5; c < calls; c++) {
                int from = Math.floorMod(c * batchSize, POOL - batchSize);
                int[] rows = java.util.stream.IntStream.range(from, from + batchSize).toArray();
                long start = now();
                try (NDManager batch = model.getNDManager().newSubManager()) {
                    NDList out = block.forward(store, inputs(batch, pool, rows), false);
                    for (NDArray a : out) {
                        a.toFloatArray();
                    }
                }
                if (c >= 0) {
                    times[c] = (now() - start) / 1e6 / batchSize;
                }
            }
        }
        return times;
    }

    /** Times {@link ImodelNetwork#predict} (the public API, with its input checks and copies). */
    private static double[] predictApi(ImodelNetwork net, ImodelNetworkTest.Inputs pool, int batchSize, int calls) {
        double[] times = new double[calls];
        for (int c = -calls / 5; c < calls; c++) {
            int from = Math.floorMod(c * batchSize, POOL - batchSize);
            float[][] ci = Arrays.copyOfRange(pool.ci, from, from + batchSize);
            float[][] f = Arrays.copyOfRange(pool.features, from, from + batchSize);
            float[][][] s = Arrays.copyOfRange(pool.scenario, from, from + batchSize);
            long start = now();
            net.predict(ci, f, s, batchSize);
            if (c >= 0) {
                times[c] = (now() - start) / 1e6 / batchSize;
            }
        }
        return times;
    }

    private static void checkSame(ImodelNetwork fused, Model unfused, ImodelNetworkTest.Inputs pool) {
        int[] rows = java.util.stream.IntStream.range(0, 64).toArray();
        try (NDManager m = unfused.getNDManager().newSubManager(); GradMode g = GradMode.disabled()) {
            NDList x = inputs(m, pool, rows);
            float[] a = fused.block().forward(new ParameterStore(m, false), x, false).get(0).toFloatArray();
            float[] b = unfused.getBlock().forward(new ParameterStore(m, false), x, false).get(0).toFloatArray();
            double max = 0;
            for (int i = 0; i < a.length; i++) {
                max = Math.max(max, Math.abs(a[i] - b[i]));
            }
            System.out.printf("fused vs unfused forward: max |Δ| %.3g%n", max);
        }
    }

    private static NDList inputs(NDManager m, ImodelNetworkTest.Inputs pool, int[] rows) {
        int b = rows.length;
        int p = CONFIG.horizon();
        float[] s = new float[b * p * 3];
        int k = 0;
        for (int r : rows) {
            for (float[] step : pool.scenario[r]) {
                s[k++] = step[0];
                s[k++] = step[1];
                s[k++] = step[2];
            }
        }
        return new NDList(m.create(gather(pool.ci, rows), new Shape(b, CONFIG.curveLength())),
                m.create(gather(pool.features, rows), new Shape(b, CONFIG.features())),
                m.create(s, new Shape(b, p, 3)));
    }

    private static float[] gather(float[][] source, int[] rows) {
        int w = source[0].length;
        float[] out = new float[rows.length * w];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(source[rows[i]], 0, out, i * w, w);
        }
        return out;
    }

    /** Nanoseconds on the chosen clock ({@code -Dimodel.bench.clock=cpu|wall}). */
    private static long now() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void report(String what, double[] times, String unit) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(times).average().orElse(Double.NaN);
        System.out.printf("  %-24s median %.4f  p10 %.4f  p90 %.4f  mean %.4f %s%n", what, median(times),
                sorted[sorted.length / 10], sorted[sorted.length * 9 / 10], mean, unit);
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
