package org.imodel.core.training;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.Provenance;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.djl.DjlRuntime;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.model.GateNoise;
import org.imodel.core.model.ImodelConfig;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.model.IncompatibleParametersException;
import org.imodel.core.model.NamedArray;
import org.imodel.core.model.TorchStateDict;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.rollout.RolloutFit;
import org.imodel.core.rollout.RolloutMap;

import ai.djl.engine.Engine;

/**
 * Trains iMODEL networks on per-cycle rows (imodel-method.md &sect;2, &sect;5) and imports reference parameters.
 *
 * <p>Trainings may run in parallel threads of one JVM (each on its own network, one PyTorch intra-op thread each
 * by default); {@link ParallelTrainings} runs several at once.
 *
 * <p>Reproducibility: everything random belongs to the run and follows its seed: the weights
 * ({@link ImodelNetwork#create(ImodelConfig, int)} seeds and draws under a lock), the gate noise ({@link GateNoise})
 * and the shuffling ({@code java.util.Random(seed)}). So the same seed gives the same run whether other trainings
 * run at the same time or not (ParallelTrainingsTest checks bit-identity of losses, parameters and predictions).
 * libtorch itself does not promise bit-identical results between runs (djl.md &sect;5 saw rare late drifts in long
 * runs of an early trial).
 */
public final class ImodelTrainer {

    /** Engine version recorded in provenance. */
    public static final String IMODEL_VERSION = "0.1.0";

    /** Final learning rate of the recommended recipe's cosine schedule, as a fraction of the initial one. */
    static final double RECOMMENDED_MIN_RATE_FRACTION = 1.0 / 300;

    private ImodelTrainer() {
    }

    /**
     * Windows from {@code rows} (any order of cells; rows of a cell in file order) for the given train/validation
     * cell ids (as in {@code CycleRecord.cellId()}, e.g. "CY25-1_1-#7", "43"), scaler fit on the training windows
     * only, then training. Windows with a missing (NaN) feature, curve value, scenario value or capacity are left
     * out of training and validation.
     *
     * @param rows per-cycle rows
     * @param trainCells training cell ids
     * @param validationCells validation cell ids (early stopping, model selection)
     * @param settings settings
     * @param progress progress per epoch; cancellation is checked before every batch
     * @param listener receives one {@link EpochStats} per epoch (may be null)
     * @return the trained model (close it)
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException naming unknown cells, cells too short for the horizon, empty splits, mixed
     *         feature layouts
     */
    public static TrainedModel train(List<CycleRecord> rows, List<String> trainCells, List<String> validationCells,
            TrainingSettings settings, Progress progress, Consumer<EpochStats> listener) throws CancelledException {
        Progress p = progress == null ? Progress.NONE : progress;
        p.report(0, "Building the training and validation windows");
        TrainingData data = TrainingData.prepare(rows, trainCells, validationCells, settings, true);
        p.checkCancelled();
        return run(data, settings, p, listener == null ? s -> { } : listener);
    }

    /**
     * Builds a model from given PyTorch parameters (e.g. a published checkpoint) and the spec that training on
     * {@code trainCells} would give: feature layout, window rule, and the scaler fitted on the training windows
     * exactly as the reference does. No training happens.
     *
     * @param rows per-cycle rows holding at least the training (and validation) cells
     * @param trainCells the cells the parameters were trained on
     * @param validationCells validation cells for the provenance metrics (may be empty)
     * @param settings horizon, SOC, feature defaults, gate settings (E, k, &alpha;); training values are ignored
     * @param stateDict parameters by PyTorch state-dict name (current or published names)
     * @param label recipe label for the provenance, e.g. "imported-reference"
     * @return the model (close it)
     * @throws IllegalArgumentException when the cells are unusable or the parameters do not fit the data's layout or
     *         the horizon
     */
    public static TrainedModel importParameters(List<CycleRecord> rows, List<String> trainCells,
            List<String> validationCells, TrainingSettings settings, Map<String, NamedArray> stateDict, String label) {
        TrainingData data = TrainingData.prepare(rows, trainCells, validationCells, settings, false);
        ImodelConfig expected = data.config();
        ImodelConfig found = TorchStateDict.inferConfig(stateDict, expected);
        if (!found.equals(expected)) {
            throw new IncompatibleParametersException("The parameters are for a network with "
                    + TrainedModel.describe(found) + ", but the data and settings need "
                    + TrainedModel.describe(expected) + ". Check the horizon and the feature settings.");
        }
        ImodelNetwork network = ImodelNetwork.fromStateDict(stateDict, expected);
        try {
            Map<String, Double> metrics = validationMetrics(network, data);
            Provenance provenance = new Provenance(label, settings.seed(), 0, 0, data.trainCells, data.validationCells,
                    data.fingerprint, versions(), metrics, now(), Map.of());
            return new TrainedModel(data.spec(expected, provenance).withRollout(rollout(network, data)), network,
                    List.of());
        } catch (CancelledException | RuntimeException e) {
            network.close();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
    }

    /**
     * One training run on prepared data; safe to call from several threads at once.
     *
     * @param data windows and scaler (shared read-only by runs that differ only in their seed)
     * @param s the run's settings (seed included); all but the seed must equal {@code data.settings}
     * @param progress progress and cancellation
     * @param listener receives each epoch's stats on the calling thread
     * @return the trained model (close it)
     * @throws CancelledException when cancelled
     */
    static TrainedModel run(TrainingData data, TrainingSettings s, Progress progress, Consumer<EpochStats> listener)
            throws CancelledException {
        ImodelConfig config = data.config();
        progress.report(0, String.format(Locale.ROOT, "Training on %d windows (%d cells), validating on %d windows"
                + " (%d cells)%s", data.train.size, data.trainCells.size(), data.validation.size,
                data.validationCells.size(), dropped(data)));
        Random random = new Random(s.seed());
        List<EpochStats> history = new ArrayList<>();
        Map<String, NamedArray> best = null;
        int bestEpoch = 0;
        ImodelNetwork network = ImodelNetwork.create(config, intSeed(s.seed()));
        try (TrainingLoop loop = new TrainingLoop(network, s.batchSize(), s.learningRate(), random,
                new GateNoise(s.seed()))) {
            Schedule schedule = new Schedule(s);
            DivergenceGuard guard = new DivergenceGuard(network.exportParameters());
            for (int epoch = 1; epoch <= s.epochs(); epoch++) {
                long start = System.nanoTime();
                TrainedEpoch finished = trainEpoch(loop, network, data.train, s.epochs(),
                        schedule.learningRate(epoch), epoch, guard, progress);
                double trainLoss = finished.loss();
                Map<String, NamedArray> parameters = finished.parameters();
                TrainingLoop.Validation v = loop.validate(data.validation, s.recipe(), progress);
                boolean improved = schedule.update(epoch, v.criterion());
                guard.epochFinished(epoch, parameters);
                if (improved) {
                    best = parameters;
                    bestEpoch = epoch;
                }
                EpochStats stats = new EpochStats(epoch, trainLoss, v.criterion(), v.mse(), v.diversity(), improved,
                        (System.nanoTime() - start) / 1e9);
                history.add(stats);
                listener.accept(stats);
                progress.report(epoch / (double) s.epochs(), String.format(Locale.ROOT, "Epoch %d of %d: train loss"
                        + " %.6g, validation %.6g (kept epoch %s)", epoch, s.epochs(), trainLoss, v.criterion(),
                        keptEpochText(bestEpoch)));
                if (schedule.stop()) {
                    break;
                }
            }
        } finally {
            network.close();
        }
        if (best == null) {
            throw new IllegalStateException("Validation gave no finite value in " + history.size() + " epoch(s); check"
                    + " the validation cells' data");
        }
        ImodelNetwork trained = ImodelNetwork.create(config, intSeed(s.seed()));
        try {
            trained.importParameters(best);
            Map<String, Double> metrics = validationMetrics(trained, data);
            Provenance provenance = new Provenance(s.recipe().label(), s.seed(), history.size(), bestEpoch,
                    data.trainCells, data.validationCells, data.fingerprint, versions(), metrics, now(),
                    trainingRecord(s));
            ModelSpec spec = data.spec(config, provenance).withRollout(rollout(trained, data));
            progress.report(1, String.format(Locale.ROOT, "Trained %d epochs, kept epoch %d: validation pooled MAPE"
                    + " %.4f %%", history.size(), bestEpoch, metrics.getOrDefault("pooled_mape", Double.NaN)));
            return new TrainedModel(spec, trained, history);
        } catch (CancelledException | RuntimeException e) {
            trained.close();
            throw e;
        }
    }

    /**
     * One training epoch; when its loss stops being finite, or its last steps leave a parameter that is not finite
     * (a loss computed before the step that broke it is still finite, and the validation's forward pass may not
     * use that parameter: the gate's noise weights serve training only), the guard's way back: the last finished
     * epoch's parameters, a fresh optimiser and half the learning rate, up to the guard's limit.
     */
    private static TrainedEpoch trainEpoch(TrainingLoop loop, ImodelNetwork network, WindowTensors train, int epochs,
            double rate, int epoch, DivergenceGuard guard, Progress progress) throws CancelledException {
        while (true) {
            loop.setLearningRate(rate * guard.rateFactor());
            try {
                double loss = loop.trainEpoch(train, progress);
                Map<String, NamedArray> parameters = network.exportParameters();
                if (!finite(parameters)) {
                    throw new TrainingDivergedException(Double.NaN);
                }
                return new TrainedEpoch(loss, parameters);
            } catch (TrainingDivergedException e) {
                network.importParameters(guard.diverged(epoch, e.loss()));
                loop.resetOptimizer();
                progress.report((epoch - 1) / (double) epochs, guard.note());
            }
        }
    }

    /** @return the settings a provenance records beyond recipe and seed */
    static Map<String, String> trainingRecord(TrainingSettings s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("learning_rate", Double.toString(s.learningRate()));
        m.put("schedule", s.recipe() == Recipe.REFERENCE ? "constant"
                : "cosine to " + s.learningRate() * RECOMMENDED_MIN_RATE_FRACTION);
        m.put("batch_size", Integer.toString(s.batchSize()));
        m.put("max_epochs", Integer.toString(s.epochs()));
        m.put("patience", Integer.toString(s.patience()));
        return m;
    }

    /**
     * @param bestEpoch the kept epoch so far, 0 for none
     * @return the epoch, or a note that it is not chosen yet (the recommended recipe chooses it near the end)
     */
    public static String keptEpochText(int bestEpoch) {
        return bestEpoch > 0 ? Integer.toString(bestEpoch) : "not yet chosen";
    }

    /**
     * Early stopping, model selection and the learning-rate schedule of a recipe.
     * <ul>
     * <li>REFERENCE: constant rate; an epoch whose criterion is &le; the best so far is kept and resets the
     * counter; training stops after {@code patience} epochs without such an epoch (the reference's EarlyStopping).</li>
     * <li>RECOMMENDED: the rate follows a cosine from the initial rate down to 1/300 of it
     * over all {@code epochs} (no early stop, so the run has a known length); the kept parameters are those with
     * the lowest validation MSE among the last {@code patience} epochs, where the rate is small and the model has
     * converged.</li>
     * </ul>
     */
    static final class Schedule {
        private final Recipe recipe;
        private final int epochs;
        private final int patience;
        private final double initialRate;
        private final double minRate;
        private double best = Double.POSITIVE_INFINITY;
        private int sinceImprovement;

        Schedule(TrainingSettings s) {
            recipe = s.recipe();
            epochs = s.epochs();
            patience = s.patience();
            initialRate = s.learningRate();
            minRate = s.learningRate() * RECOMMENDED_MIN_RATE_FRACTION;
        }

        /**
         * @param epoch 1-based epoch
         * @return the learning rate for that epoch
         */
        double learningRate(int epoch) {
            if (recipe == Recipe.REFERENCE || epochs <= 1) {
                return initialRate;
            }
            double f = (epoch - 1) / (double) (epochs - 1);
            return minRate + (initialRate - minRate) * 0.5 * (1 + Math.cos(Math.PI * f));
        }

        /** @return the first epoch whose parameters may be kept */
        int firstSelectable() {
            return recipe == Recipe.REFERENCE ? 1 : Math.max(1, epochs - patience + 1);
        }

        /**
         * @param epoch 1-based epoch just finished
         * @param criterion its validation criterion
         * @return whether this epoch's parameters become the kept ones
         */
        boolean update(int epoch, double criterion) {
            if (recipe == Recipe.REFERENCE) {
                // the reference's EarlyStopping: val_loss <= best saves and resets the counter
                if (criterion <= best) {
                    best = criterion;
                    sinceImprovement = 0;
                    return true;
                }
                sinceImprovement++;
                return false;
            }
            if (epoch >= firstSelectable() && criterion < best) {
                best = criterion;
                return true;
            }
            return false;
        }

        boolean stop() {
            return recipe == Recipe.REFERENCE && sinceImprovement >= patience;
        }
    }

    /**
     * @return how the cell state moves over one horizon on the training cells, for forecasts beyond it; null when no
     *         training cell is long enough (2P + 1 rows)
     */
    static RolloutMap rollout(ImodelNetwork network, TrainingData data) {
        try {
            return RolloutFit.fit(network, data.scaler, data.trainWindows, data.validationWindows);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Map<String, Double> validationMetrics(ImodelNetwork network, TrainingData data) throws CancelledException {
        if (data.validation.size == 0) {
            return new LinkedHashMap<>();
        }
        return metricMap(metrics(network, data.validation));
    }

    /** @return the metrics a provenance records */
    static Map<String, Double> metricMap(ForecastMetrics metrics) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("pooled_rmse", metrics.pooledRmse());
        m.put("pooled_mape", metrics.pooledMape());
        m.put("pooled_mae", metrics.pooledMae());
        m.put("batch_rmse", metrics.batchRmse());
        m.put("batch_mape", metrics.batchMape());
        m.put("windows", (double) metrics.windows());
        return m;
    }

    static ForecastMetrics metrics(ImodelNetwork network, WindowTensors data) throws CancelledException {
        return ForecastMetrics.of(predictions(network, data), targets(data));
    }

    /** @return the network's forecast of each window (evaluation mode) */
    static float[][] predictions(ImodelNetwork network, WindowTensors data) throws CancelledException {
        int n = data.size;
        int p = data.horizon;
        float[] predictions = new float[n * p];
        float[] gates = new float[n * network.config().experts()];
        TrainingLoop.evaluate(network, data, WindowTensors.identity(n), predictions, gates, Progress.NONE);
        float[][] pred = new float[n][];
        for (int i = 0; i < n; i++) {
            pred[i] = java.util.Arrays.copyOfRange(predictions, i * p, (i + 1) * p);
        }
        return pred;
    }

    /** @return the true trajectory of each window */
    static float[][] targets(WindowTensors data) {
        float[][] target = new float[data.size][];
        for (int i = 0; i < data.size; i++) {
            target[i] = java.util.Arrays.copyOfRange(data.targets, i * data.horizon, (i + 1) * data.horizon);
        }
        return target;
    }

    static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("imodel", IMODEL_VERSION);
        v.put("djl", Engine.getDjlVersion());
        v.put("pytorch", DjlRuntime.engine().getVersion());
        v.put("java", System.getProperty("java.version"));
        return v;
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The engine seed for a training seed: the value itself when it fits an int, else its hash. */
    static int intSeed(long seed) {
        return seed == (int) seed ? (int) seed : Long.hashCode(seed);
    }

    private static String dropped(TrainingData data) {
        if (data.droppedTrain == 0 && data.droppedValidation == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "; left out %d training and %d validation windows with missing values",
                data.droppedTrain, data.droppedValidation);
    }

    /** An epoch's training loss and the parameters it ended with (exported once, checked finite). */
    private record TrainedEpoch(double loss, Map<String, NamedArray> parameters) {
    }

    /** @return whether every parameter value is finite */
    static boolean finite(Map<String, NamedArray> parameters) {
        for (NamedArray a : parameters.values()) {
            for (float v : a.values()) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
