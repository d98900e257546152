package org.imodel.core.training;

import java.util.Random;

import org.imodel.core.djl.DjlRuntime;
import org.imodel.core.model.GateNoise;
import org.imodel.core.model.GradMode;
import org.imodel.core.model.ImodelConfig;
import org.imodel.core.model.ImodelLoss;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;

/**
 * The steps of one training run on one network: shuffled mini-batch epochs (Adam, loss MSE + w&middot;cv&sup2;, gate
 * noise on) and evaluation-mode validation. Not thread-safe, but loops on different networks may run in parallel
 * threads: everything a step touches belongs to this loop (its network, DJL trainer and Adam state, shuffling and
 * noise generators) or is per thread in libtorch (grad mode, autograd). DJL's {@code GradientCollector}, which
 * allows one collector per JVM, is not used: a step records with {@link GradMode} on its own thread and calls
 * libtorch's backward itself, exactly what the collector does; Adam's update (DJL's) then zeroes the gradients.
 */
final class TrainingLoop implements AutoCloseable {

    /** Windows per engine call in evaluation mode. */
    static final int EVAL_CHUNK = 256;

    private final ImodelNetwork network;
    private final ImodelConfig config;
    private Trainer trainer;
    private final AdjustableRate rate;
    private final int batchSize;
    private final double diversityWeight;
    private final Random random;
    private final GateNoise noise;

    /** Validation outcome of one epoch. */
    record Validation(double criterion, double mse, double diversity) {
    }

    /**
     * @param network the network to train (its parameters are updated in place)
     * @param batchSize training batch size
     * @param learningRate initial learning rate
     * @param random shuffling generator
     * @param noise gate-noise generator of this run
     */
    TrainingLoop(ImodelNetwork network, int batchSize, double learningRate, Random random, GateNoise noise) {
        this.network = network;
        this.config = network.config();
        this.batchSize = batchSize;
        this.diversityWeight = config.diversityWeight();
        this.random = random;
        this.noise = noise;
        this.rate = new AdjustableRate(learningRate);
        this.trainer = newTrainer();
    }

    /** Starts the optimiser afresh (Adam's moments and step count), e.g. after going back to earlier parameters. */
    void resetOptimizer() {
        trainer.close();
        trainer = newTrainer();
    }

    private Trainer newTrainer() {
        DefaultTrainingConfig trainingConfig = new DefaultTrainingConfig(new ImodelLoss(diversityWeight))
                .optOptimizer(Adam.builder().optLearningRateTracker(rate).build());
        return DjlRuntime.call(() -> network.model().newTrainer(trainingConfig));
    }

    /** @return the current learning rate */
    double learningRate() {
        return rate.get();
    }

    /** @param value new learning rate for the following steps */
    void setLearningRate(double value) {
        rate.set(value);
    }

    /**
     * One epoch over the training windows in a fresh random order, in batches (the last one may be smaller).
     *
     * @param data training windows
     * @param progress cancellation is checked before every batch
     * @return mean training loss over the batches
     * @throws CancelledException when cancelled
     * @throws TrainingDivergedException when a batch loss is not finite (the parameters may be spoilt)
     */
    double trainEpoch(WindowTensors data, Progress progress) throws CancelledException {
        int[] order = WindowTensors.permutation(data.size, random);
        double sum = 0;
        int batches = 0;
        for (int from = 0; from < data.size; from += batchSize) {
            progress.checkCancelled();
            int to = Math.min(data.size, from + batchSize);
            sum += step(data, order, from, to);
            batches++;
        }
        return sum / batches;
    }

    /**
     * One optimiser step on the windows {@code order[from..to)}.
     *
     * @return the batch loss
     * @throws TrainingDivergedException when the loss is not finite (after the update, which zeroes the gradients
     *         but may have spoilt the parameters)
     */
    float step(WindowTensors d, int[] order, int from, int to) {
        int b = to - from;
        int p = d.horizon;
        try (NDManager batch = trainer.getManager().newSubManager()) {
            NDList x = new NDList(
                    batch.create(WindowTensors.gather(d.ci, d.curveLength, order, from, to), new Shape(b, d.curveLength)),
                    batch.create(WindowTensors.gather(d.features, d.featureCount, order, from, to),
                            new Shape(b, d.featureCount)),
                    batch.create(WindowTensors.gather(d.scenario, p * 3, order, from, to), new Shape(b, p, 3)),
                    noise.sample(batch, b, config.experts()));
            NDArray y = batch.create(WindowTensors.gather(d.targets, p, order, from, to), new Shape(b, p));
            float loss;
            try (GradMode recording = GradMode.enabled()) {
                NDList out = trainer.forward(x);
                NDArray l = trainer.getLoss().evaluate(new NDList(y), out);
                GradMode.backward(l);
                loss = l.getFloat();
            }
            trainer.step();
            if (!Float.isFinite(loss)) {
                throw new TrainingDivergedException(loss);
            }
            return loss;
        }
    }

    /**
     * Evaluation-mode validation.
     *
     * @param data validation windows
     * @param recipe which criterion
     * @param progress cancellation
     * @return criterion, pooled MSE and mean batch cv&sup2;
     * @throws CancelledException when cancelled
     */
    Validation validate(WindowTensors data, Recipe recipe, Progress progress) throws CancelledException {
        int n = data.size;
        int p = data.horizon;
        int e = config.experts();
        float[] predictions = new float[n * p];
        float[] gates = new float[n * e];
        evaluate(network, data, WindowTensors.identity(n), predictions, gates, progress);
        double se = 0;
        for (int i = 0; i < n * p; i++) {
            double d = (double) predictions[i] - data.targets[i];
            se += d * d;
        }
        double mse = se / ((double) n * p);
        int[] order = recipe == Recipe.REFERENCE ? WindowTensors.permutation(n, random) : WindowTensors.identity(n);
        double criterion = 0;
        double diversity = 0;
        int batches = 0;
        for (int from = 0; from < n; from += batchSize) {
            int to = Math.min(n, from + batchSize);
            double batchSe = 0;
            double[] importance = new double[e];
            for (int k = from; k < to; k++) {
                int i = order[k];
                for (int t = 0; t < p; t++) {
                    double d = (double) predictions[i * p + t] - data.targets[i * p + t];
                    batchSe += d * d;
                }
                for (int j = 0; j < e; j++) {
                    importance[j] += gates[i * e + j];
                }
            }
            double cv2 = cvSquared(importance);
            criterion += batchSe / ((double) (to - from) * p) + diversityWeight * cv2;
            diversity += cv2;
            batches++;
        }
        criterion /= batches;
        diversity /= batches;
        return new Validation(recipe == Recipe.REFERENCE ? criterion : mse, mse, diversity);
    }

    /**
     * Evaluation-mode forward pass (no gate noise, no gradient recording) over the given windows.
     *
     * @param network the network
     * @param data windows
     * @param rows indices of the windows to run, in order
     * @param predictions receives {@code rows.length * P} values
     * @param gates receives {@code rows.length * E} values
     * @param progress cancellation between chunks
     * @throws CancelledException when cancelled
     */
    static void evaluate(ImodelNetwork network, WindowTensors data, int[] rows, float[] predictions, float[] gates,
            Progress progress) throws CancelledException {
        ImodelConfig c = network.config();
        int p = data.horizon;
        int e = c.experts();
        try (GradMode noGrad = GradMode.disabled();
                NDManager manager = network.model().getNDManager().newSubManager()) {
            ParameterStore store = new ParameterStore(manager, false);
            for (int from = 0; from < rows.length; from += EVAL_CHUNK) {
                progress.checkCancelled();
                int to = Math.min(rows.length, from + EVAL_CHUNK);
                int b = to - from;
                try (NDManager chunk = manager.newSubManager()) {
                    NDList x = new NDList(
                            chunk.create(WindowTensors.gather(data.ci, data.curveLength, rows, from, to),
                                    new Shape(b, data.curveLength)),
                            chunk.create(WindowTensors.gather(data.features, data.featureCount, rows, from, to),
                                    new Shape(b, data.featureCount)),
                            chunk.create(WindowTensors.gather(data.scenario, p * 3, rows, from, to), new Shape(b, p, 3)));
                    NDList out = network.block().forward(store, x, false);
                    System.arraycopy(out.get(0).toFloatArray(), 0, predictions, from * p, b * p);
                    System.arraycopy(out.get(1).toFloatArray(), 0, gates, from * e, b * e);
                }
            }
        }
    }

    @Override
    public void close() {
        trainer.close();
    }

    /** cv&sup2; with the unbiased variance, as {@link ImodelLoss#cvSquared}. */
    static double cvSquared(double[] importance) {
        int n = importance.length;
        if (n < 2) {
            return 0;
        }
        double mean = 0;
        for (double v : importance) {
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (double v : importance) {
            var += (v - mean) * (v - mean);
        }
        var /= n - 1;
        return var / (mean * mean + 1e-10);
    }
}
