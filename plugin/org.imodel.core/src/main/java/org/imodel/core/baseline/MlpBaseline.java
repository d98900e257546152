package org.imodel.core.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.imodel.core.djl.DjlRuntime;
import org.imodel.core.model.GradMode;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.AdjustableRate;
import org.imodel.core.training.WindowTensors;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.L2Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.util.Pair;

/**
 * The paper's MLP-history baseline ({@code Mlp-history.ipynb}, imodel-method.md &sect;7): the last H = 10
 * capacities of a cell (Ah) go through a 10 &rarr; 128 &rarr; 64 &rarr; P MLP (ReLU, dropout 0.2 after each hidden
 * layer) that predicts the next P = 100. Trained on the training cells' windows (every start row) with Adam (learning
 * rate 1e-4, batch 64, 500 epochs, PyTorch's default initialisation), the rate halved when the validation MSE has
 * not improved (by 1e-4 relative) for more than 100 epochs (ReduceLROnPlateau), the parameters of the epoch with the
 * lowest validation MSE kept; then every window of the test cells is forecast in evaluation mode (no dropout).
 * Seed 42 for the initialisation, the dropout masks and the batch order, each from its own {@code java.util.Random}
 * stream of the run ({@link MlpBlock}), never from libtorch's process-wide generator: the same seed gives the same
 * forecasts whatever else trains in the JVM, and runs may go in parallel threads (gradients are recorded per thread
 * with {@link GradMode}, as the iMODEL training loop does).
 */
public final class MlpBaseline {

    /** Method label in outputs. */
    public static final String METHOD = "mlp";
    /** Capacities read (H). */
    public static final int DEFAULT_HISTORY = 10;
    /** Capacities predicted (P). */
    public static final int DEFAULT_HORIZON = 100;
    /** Training epochs as published. */
    public static final int DEFAULT_EPOCHS = 500;
    /** Seed as published. */
    public static final long DEFAULT_SEED = 42;
    /** Mini-batch size. */
    static final int BATCH = 64;
    /** Adam's learning rate. */
    static final double LEARNING_RATE = 1e-4;
    /** Epochs without improvement before the rate is halved (ReduceLROnPlateau's patience). */
    static final int PLATEAU_PATIENCE = 100;
    /** ReduceLROnPlateau's factor. */
    static final double PLATEAU_FACTOR = 0.5;
    /** ReduceLROnPlateau's relative threshold (PyTorch default, mode 'min', 'rel'). */
    static final double PLATEAU_THRESHOLD = 1e-4;
    /** Hidden layer widths. */
    static final int[] HIDDEN = {128, 64};
    /** Dropout rate after each hidden layer. */
    static final float DROPOUT = 0.2f;
    /** Mixed into the seed for the initialisation's stream (the batch order uses the seed itself). */
    private static final long INIT_STREAM = 0x3c6ef372fe94f82bL;
    /** Mixed into the seed for the dropout masks' stream. */
    private static final long DROPOUT_STREAM = 0xa54ff53a5f1d36f1L;
    /** Windows per engine call in evaluation mode. */
    private static final int EVAL_CHUNK = 1024;

    private MlpBaseline() {
    }

    /**
     * @param training cells to train on
     * @param validation cells that choose the kept epoch and drive the plateau schedule
     * @param test cells to forecast
     * @param s history, horizon, epochs and seed
     * @param progress progress per epoch; cancellation before every batch
     * @return forecasts and per-cell errors of the test cells (too-short test cells listed as skipped)
     * @throws IllegalArgumentException when the training or validation cells give no window
     * @throws CancelledException when cancelled
     */
    public static BaselineResult run(List<CellSeries> training, List<CellSeries> validation, List<CellSeries> test,
            BaselineSettings s, Progress progress) throws CancelledException {
        HistoryWindows train = HistoryWindows.of(training, s.history(), s.horizon());
        HistoryWindows val = HistoryWindows.of(validation, s.history(), s.horizon());
        requireWindows(train, training, "training", s);
        requireWindows(val, validation, "validation", s);
        HistoryWindows windows = HistoryWindows.of(test, s.history(), s.horizon());
        progress.checkCancelled();
        float[] predictions = trainAndPredict(train, val, windows, s, progress);
        return result(test, windows, predictions, s);
    }

    private static void requireWindows(HistoryWindows w, List<CellSeries> cells, String role, BaselineSettings s) {
        if (w.size() == 0) {
            throw new IllegalArgumentException("the " + role + " cells " + cells.stream().map(CellSeries::cellId)
                    .toList() + " give no window: each needs at least " + (s.history() + s.horizon()) + " rows ("
                    + s.history() + " read + " + s.horizon() + " predicted). Choose longer cells or a shorter"
                    + " horizon.");
        }
    }

    private static float[] trainAndPredict(HistoryWindows train, HistoryWindows val, HistoryWindows test,
            BaselineSettings s, Progress progress) throws CancelledException {
        Engine engine = DjlRuntime.engine();
        MlpBlock block = new MlpBlock(s.history(), HIDDEN, s.horizon());
        try (Model model = DjlRuntime.call(() -> {
            Model m = Model.newInstance("mlp-history", Device.cpu(), engine.getEngineName());
            m.setBlock(block);
            block.initialize(m.getNDManager(), DataType.FLOAT32, new Shape(1, s.history()));
            block.initialiseParameters(new Random(s.seed() ^ INIT_STREAM));
            return m;
        })) {
            AdjustableRate rate = new AdjustableRate(LEARNING_RATE);
            DefaultTrainingConfig config = new DefaultTrainingConfig(new L2Loss("mse", 1f))
                    .optOptimizer(Adam.builder().optLearningRateTracker(rate).build());
            Random order = new Random(s.seed());
            Random dropout = new Random(s.seed() ^ DROPOUT_STREAM);
            Plateau plateau = new Plateau();
            List<float[]> best = null;
            double bestMse = Double.POSITIVE_INFINITY;
            try (Trainer trainer = DjlRuntime.call(() -> model.newTrainer(config))) {
                for (int epoch = 1; epoch <= s.epochs(); epoch++) {
                    double loss = epoch(trainer, block, train, order, dropout, progress);
                    double mse = mse(val, predict(model, block, val, progress));
                    if (mse < bestMse) {
                        bestMse = mse;
                        best = parameters(block);
                    }
                    if (plateau.reduce(mse)) {
                        rate.set(rate.get() * PLATEAU_FACTOR);
                    }
                    progress.report(epoch / (double) s.epochs(), String.format(Locale.ROOT, "MLP baseline: epoch %d"
                            + " of %d, training MSE %.3g, validation MSE %.3g (best %.3g), rate %.3g", epoch,
                            s.epochs(), loss, mse, bestMse, rate.get()));
                }
            }
            if (best == null) {
                throw new IllegalStateException("the validation MSE was never finite in " + s.epochs() + " epoch(s);"
                        + " check the validation cells' capacities");
            }
            restore(block, best);
            return predict(model, block, test, progress);
        }
    }

    private static double epoch(Trainer trainer, MlpBlock block, HistoryWindows d, Random order, Random dropout,
            Progress progress) throws CancelledException {
        int[] shuffled = WindowTensors.permutation(d.size(), order);
        double sum = 0;
        int batches = 0;
        for (int from = 0; from < d.size(); from += BATCH) {
            progress.checkCancelled();
            int to = Math.min(d.size(), from + BATCH);
            try (NDManager batch = trainer.getManager().newSubManager()) {
                NDList x = new NDList(batch.create(WindowTensors.gather(d.inputs(), d.history(), shuffled, from, to),
                        new Shape(to - from, d.history())));
                x.addAll(block.masks(batch, to - from, DROPOUT, dropout));
                NDArray y = batch.create(WindowTensors.gather(d.targets(), d.horizon(), shuffled, from, to),
                        new Shape(to - from, d.horizon()));
                try (GradMode recording = GradMode.enabled()) {
                    NDArray loss = trainer.getLoss().evaluate(new NDList(y), trainer.forward(x));
                    GradMode.backward(loss);
                    sum += loss.getFloat();
                }
                trainer.step();
            }
            batches++;
        }
        return sum / batches;
    }

    /** Evaluation-mode forecasts of all windows (no dropout, no gradient recording), row-major N x P. */
    private static float[] predict(Model model, MlpBlock block, HistoryWindows d, Progress progress)
            throws CancelledException {
        float[] out = new float[d.size() * d.horizon()];
        try (GradMode off = GradMode.disabled(); NDManager manager = model.getNDManager().newSubManager()) {
            ParameterStore store = new ParameterStore(manager, false);
            int[] all = WindowTensors.identity(d.size());
            for (int from = 0; from < d.size(); from += EVAL_CHUNK) {
                progress.checkCancelled();
                int to = Math.min(d.size(), from + EVAL_CHUNK);
                try (NDManager chunk = manager.newSubManager()) {
                    NDArray x = chunk.create(WindowTensors.gather(d.inputs(), d.history(), all, from, to),
                            new Shape(to - from, d.history()));
                    float[] p = block.forward(store, new NDList(x), false).singletonOrThrow().toFloatArray();
                    System.arraycopy(p, 0, out, from * d.horizon(), p.length);
                }
            }
        }
        return out;
    }

    private static double mse(HistoryWindows d, float[] predictions) {
        double se = 0;
        for (int i = 0; i < predictions.length; i++) {
            double e = (double) predictions[i] - d.targets()[i];
            se += e * e;
        }
        return se / predictions.length;
    }

    private static BaselineResult result(List<CellSeries> test, HistoryWindows windows, float[] predictions,
            BaselineSettings s) {
        List<BaselineForecast> all = new ArrayList<>();
        List<CellScore> scores = new ArrayList<>();
        int w = 0;
        for (CellSeries cell : test) {
            List<BaselineForecast> own = new ArrayList<>();
            while (w < windows.size() && windows.cell(w) == cell) {
                int p = s.horizon();
                double[] predicted = new double[p];
                double[] target = new double[p];
                for (int t = 0; t < p; t++) {
                    predicted[t] = predictions[w * p + t];
                    target[t] = windows.targets()[w * p + t];
                }
                own.add(new BaselineForecast(cell.cellId(), windows.startRow(w), cell.cycles()[windows.startRow(w)],
                        predicted, target));
                w++;
            }
            all.addAll(own);
            scores.add(own.isEmpty() ? CellScore.skipped(cell, HistoryWindows.tooShort(cell, s.history(),
                    s.horizon())) : CellScore.of(cell, own));
        }
        return new BaselineResult(METHOD, all, scores);
    }

    private static List<float[]> parameters(MlpBlock block) {
        List<float[]> values = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            values.add(p.getValue().getArray().toFloatArray());
        }
        return values;
    }

    private static void restore(MlpBlock block, List<float[]> values) {
        int i = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            p.getValue().getArray().set(values.get(i++));
        }
    }

    /** PyTorch's ReduceLROnPlateau (mode min, relative threshold 1e-4, cooldown 0) on the validation MSE. */
    static final class Plateau {
        private double best = Double.POSITIVE_INFINITY;
        private int bad;

        /** @return whether the rate is to be reduced after this epoch */
        boolean reduce(double metric) {
            if (metric < best * (1 - PLATEAU_THRESHOLD)) {
                best = metric;
                bad = 0;
                return false;
            }
            bad++;
            if (bad > PLATEAU_PATIENCE) {
                bad = 0;
                return true;
            }
            return false;
        }
    }
}
