package org.imodel.core.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.model.GateNoise;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;

/**
 * Speed of the training and inference code on real windows: the same loop {@link ImodelTrainer} runs (batches built
 * from Java arrays, forward, loss, backward, Adam step; evaluation-mode validation) and
 * {@link ImodelNetwork#predict} at batch 1 and 256.
 */
public final class TrainingBenchmark {

    /**
     * Figures of one benchmark run (medians; wall time).
     *
     * @param trainWindows training windows
     * @param validationWindows validation windows
     * @param featureSeconds time to build the windows (features, scaler, tensors)
     * @param stepMillis median time of one training step (batch 32)
     * @param epochSeconds median time of one epoch (all training steps and the validation)
     * @param inferBatch1Millis median time per window of {@code predict} at batch 1
     * @param inferBatch256MillisPerWindow median time per window of {@code predict} at batch 256
     * @param pageFaultsPerStep minor page faults of the process per timed training step (NaN without
     *        {@code /proc}); hundreds mean the C allocator hands libtorch's work buffers back to the kernel at
     *        every step
     */
    public record Result(int trainWindows, int validationWindows, double featureSeconds, double stepMillis,
            double epochSeconds, double inferBatch1Millis, double inferBatch256MillisPerWindow,
            double pageFaultsPerStep) {
    }

    /** Untimed training epochs before the timed ones. */
    static final int WARMUP_EPOCHS = 3;

    private TrainingBenchmark() {
    }

    /**
     * @param rows per-cycle rows of the cells
     * @param trainCells training cells
     * @param validationCells validation cells
     * @param settings settings (horizon, seed, batch size)
     * @param epochs timed epochs (after {@value #WARMUP_EPOCHS} warm-up epochs)
     * @param progress progress and cancellation
     * @return the figures
     * @throws CancelledException when cancelled
     */
    public static Result run(List<CycleRecord> rows, List<String> trainCells, List<String> validationCells,
            TrainingSettings settings, int epochs, Progress progress) throws CancelledException {
        long t0 = System.nanoTime();
        TrainingData data = TrainingData.prepare(rows, trainCells, validationCells, settings, true);
        double featureSeconds = (System.nanoTime() - t0) / 1e9;
        try (ImodelNetwork network = ImodelNetwork.create(data.config(), ImodelTrainer.intSeed(settings.seed()))) {
            Random random = new Random(settings.seed());
            double[] epochTimes = new double[epochs];
            double[] stepTimes;
            double faultsPerStep;
            try (TrainingLoop loop = new TrainingLoop(network, settings.batchSize(), settings.learningRate(),
                    random, new GateNoise(settings.seed()))) {
                for (int w = 1; w <= WARMUP_EPOCHS; w++) {
                    progress.report(0, "warm-up epoch " + w + " of " + WARMUP_EPOCHS);
                    loop.trainEpoch(data.train, progress);
                    loop.validate(data.validation, settings.recipe(), progress);
                }
                int steps = (data.train.size + settings.batchSize() - 1) / settings.batchSize();
                stepTimes = new double[epochs * steps];
                int k = 0;
                long faultsBefore = minorPageFaults();
                for (int e = 0; e < epochs; e++) {
                    progress.report((e + 1.0) / (epochs + 2), "timing epoch " + (e + 1) + " of " + epochs);
                    long start = System.nanoTime();
                    int[] order = WindowTensors.permutation(data.train.size, random);
                    for (int from = 0; from < data.train.size; from += settings.batchSize()) {
                        progress.checkCancelled();
                        long s = System.nanoTime();
                        loop.step(data.train, order, from, Math.min(data.train.size, from + settings.batchSize()));
                        stepTimes[k++] = (System.nanoTime() - s) / 1e6;
                    }
                    loop.validate(data.validation, settings.recipe(), progress);
                    epochTimes[e] = (System.nanoTime() - start) / 1e9;
                }
                long faultsAfter = minorPageFaults();
                faultsPerStep = faultsBefore < 0 || faultsAfter < 0 ? Double.NaN
                        : (faultsAfter - faultsBefore) / (double) k;
            }
            progress.report((epochs + 1.0) / (epochs + 2), "timing inference");
            double b1 = infer(network, data.train, 1, 5000, 2000, progress);
            double b256 = infer(network, data.train, 256, 10, 20, progress);
            return new Result(data.train.size, data.validation.size, featureSeconds, median(stepTimes),
                    median(epochTimes), b1, b256, faultsPerStep);
        }
    }

    /**
     * Median milliseconds per window of {@code predict} calls of {@code batch} windows, after {@code warmup} untimed
     * calls (the Java side of a call takes a few thousand calls to reach its steady speed: at batch 1, about
     * 0.58 ms per window over the first 500 calls and 0.41-0.45 ms after 10 000).
     */
    private static double infer(ImodelNetwork network, WindowTensors d, int batch, int warmup, int calls,
            Progress progress) throws CancelledException {
        int b = Math.min(batch, d.size);
        int p = d.horizon;
        double[] times = new double[calls];
        for (int c = -warmup; c < calls; c++) {
            progress.checkCancelled();
            int from = Math.floorMod(c * b, Math.max(1, d.size - b + 1));
            float[][] ci = new float[b][];
            float[][] f = new float[b][];
            float[][][] s = new float[b][][];
            for (int i = 0; i < b; i++) {
                int w = from + i;
                ci[i] = Arrays.copyOfRange(d.ci, w * d.curveLength, (w + 1) * d.curveLength);
                f[i] = Arrays.copyOfRange(d.features, w * d.featureCount, (w + 1) * d.featureCount);
                float[][] steps = new float[p][];
                for (int t = 0; t < p; t++) {
                    steps[t] = Arrays.copyOfRange(d.scenario, (w * p + t) * 3, (w * p + t) * 3 + 3);
                }
                s[i] = steps;
            }
            long start = System.nanoTime();
            network.predict(ci, f, s, b);
            if (c >= 0) {
                times[c] = (System.nanoTime() - start) / 1e6 / b;
            }
        }
        return median(times);
    }

    /** @return the process's minor page faults so far (field 10 of /proc/self/stat), -1 where unknown */
    private static long minorPageFaults() {
        try {
            String stat = Files.readString(Paths.get("/proc/self/stat"));
            // the command name (field 2) is in parentheses and may hold spaces: count from its closing one
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Long.parseLong(fields[7]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }
}
