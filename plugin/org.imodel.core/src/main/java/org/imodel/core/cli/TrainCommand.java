package org.imodel.core.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.artifact.Ensemble;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.FeatureSettings;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.EnsembleTrainer;
import org.imodel.core.training.EpochStats;
import org.imodel.core.training.HistoryTable;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.Recipe;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code imodel train}: trains an iMODEL on named cells and writes a model file. */
@Command(name = "train", description = "Trains an iMODEL (DJL/PyTorch, 1 thread) on named cells and writes a model"
        + " file.")
final class TrainCommand extends CliCommand {

    @Mixin
    DataOptions data;

    @Option(names = "--train-cells", required = true, split = ",", hideParamSyntax = true, paramLabel = "a,b,..", description = "Cells to"
            + " train on.")
    List<String> trainCells;

    @Option(names = "--val-cells", required = true, split = ",", hideParamSyntax = true, paramLabel = "c,..", description = "Cells for"
            + " validation (early stopping, kept epoch).")
    List<String> valCells;

    @Option(names = "--horizon", required = true, paramLabel = "P", description = "Cycles to predict, e.g. 50.")
    Integer horizon;

    @Option(names = "--recipe", paramLabel = "recommended|reference", description = "Training recipe.")
    String recipe = Recipe.RECOMMENDED.label();

    @Option(names = "--epochs", paramLabel = "N", description = "Most epochs (default: the recipe's, "
            + TrainingSettings.RECOMMENDED_EPOCHS + " recommended, " + TrainingSettings.REFERENCE_EPOCHS
            + " reference).")
    Integer epochs;

    @Option(names = "--patience", paramLabel = "N", description = "Early-stopping patience in epochs (default: the"
            + " recipe's, " + TrainingSettings.RECOMMENDED_PATIENCE + " recommended, "
            + TrainingSettings.REFERENCE_PATIENCE + " reference).")
    Integer patience;

    @Option(names = "--lr", paramLabel = "x", description = "Initial learning rate (default: the recipe's, "
            + TrainingSettings.RECOMMENDED_LEARNING_RATE + " recommended, " + TrainingSettings.REFERENCE_LEARNING_RATE
            + " reference).")
    Double learningRate;

    @Option(names = "--hidden", paramLabel = "H", description = "BiLSTM hidden size per direction (default: the"
            + " recipe's, " + TrainingSettings.RECOMMENDED_HIDDEN + " recommended, 64 reference: the published"
            + " architecture). Smaller trains and forecasts faster; see the README's time-to-accuracy table.")
    Integer hidden;

    @Option(names = "--batch", paramLabel = "N", description = "Training batch size (default: the recipe's, "
            + TrainingSettings.RECOMMENDED_BATCH + " recommended, 32 reference as published).")
    Integer batch;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed.")
    long seed = TrainingSettings.defaults(1).seed();

    @Option(names = "--members", paramLabel = "K", description = "Ensemble members: K networks with seeds S, S+1,"
            + " ...; forecasts are their mean with a calibrated band (see --calibration; default 1: a single"
            + " network).")
    int members = 1;

    @Option(names = "--calibration", paramLabel = "cross|validation", description = "How an ensemble's band is"
            + " calibrated: cross (default): member i leaves out fold i of the training cells (round-robin) and the"
            + " band's scale is fitted on those out-of-fold forecasts and on the validation cells; falls back to"
            + " validation when a member would keep fewer than 2 training cells. validation: every member trains on"
            + " all training cells and the scale is fitted on the validation cells only.")
    String calibration = BandCalibration.CROSS.label();

    @Option(names = "--threads", paramLabel = "N", description = "Ensemble members trained at the same time, one"
            + " thread each (default: one per member, at most one per processor); the members do not depend on it.")
    Integer threads;

    @Option(names = "--diversity", paramLabel = "w", description = "Weight of the experts' diversity loss.")
    double diversity = TrainingSettings.DIVERSITY_WEIGHT;

    @Option(names = "--soc", paramLabel = "N", description = "State of charge (%%) where the curve starts: 20, 30, 40"
            + " or 50.")
    int soc = FeatureSettings.DEFAULT_SOC;

    @Option(names = "--feature-defaults", paramLabel = "auto|ul|lsd|tpsl|recorded", description = "Feature grid"
            + " and feature set: per row's family (auto), one family's, or each row's recorded grid.")
    String featureDefaults = "auto";

    @Option(names = "--physical-grid", description = "Use each file's recorded voltage grid.")
    boolean physicalGrid;

    @Option(names = "--out", required = true, paramLabel = "model.imodel", description = "The model file to write.")
    Path target;

    @Option(names = "--history", paramLabel = "history.csv", description = "Also write the per-epoch history"
            + " (default: none).")
    Path history;

    @Override
    void execute(PrintWriter out) throws Exception {
        List<String> train = DataOptions.cells(trainCells);
        List<String> validation = DataOptions.cells(valCells);
        if (train.isEmpty() || validation.isEmpty()) {
            throw usage("--train-cells and --val-cells need at least one cell id each, e.g. CY25-1_1-#1,CY25-1_1-#2");
        }
        TrainingSettings settings = settings();
        try {
            EnsembleTrainer.checkMembers(members);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        BandCalibration band;
        try {
            band = BandCalibration.parse(calibration);
        } catch (IllegalArgumentException e) {
            throw usage("--calibration: " + e.getMessage());
        }
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1; got " + threads);
        }
        requireExisting(List.of(data.data));
        try (OutputFiles files = new OutputFiles(List.of(data.data))) {
            files.file(target);
            if (history != null) {
                files.file(history);
            }
            train(out, train, validation, settings, band, files);
        }
    }

    private TrainingSettings settings() {
        try {
            Recipe r = Recipe.parse(recipe);
            TrainingSettings d = TrainingSettings.defaults(horizon, r);
            return d.withEpochs(epochs == null ? d.epochs() : epochs)
                    .withPatience(patience == null ? d.patience() : patience)
                    .withSeed(seed)
                    .withHiddenSize(hidden == null ? d.hiddenSize() : hidden)
                    .withBatchSize(batch == null ? d.batchSize() : batch)
                    .withLearningRate(learningRate == null ? d.learningRate() : learningRate)
                    .withDiversityWeight(diversity)
                    .withSoc(soc)
                    .withFeatureDefaults(featureDefaults)
                    .withPhysicalGrid(physicalGrid);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private void train(PrintWriter out, List<String> train, List<String> validation, TrainingSettings settings,
            BandCalibration band, OutputFiles files) throws Exception {
        long start = System.nanoTime();
        List<String> all = new ArrayList<>(train);
        all.addAll(validation);
        List<CycleRecord> rows = CliData.read(data.data, all);
        double readSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "read %d rows of %d cells in %.1f s; training (%s recipe, horizon %d, up to %d"
                + " epochs, patience %d, lr %s, hidden %d, batch %d, seed %d%s)%n", rows.size(), all.size(),
                readSeconds, settings.recipe().label(), horizon, settings.epochs(), settings.patience(),
                settings.learningRate(), settings.hiddenSize(), settings.batchSize(), settings.seed(),
                members > 1 ? ", " + members + " members" : "");
        int every = Math.max(1, settings.epochs() / 10);
        long trainStart = System.nanoTime();
        int[] bestEpoch = new int[members];
        try (TrainedModel model = EnsembleTrainer.train(rows, train, validation, settings, members, band,
                threads == null ? EnsembleTrainer.defaultThreads(members) : threads, notes(out),
                (s, member) -> {
                    if (s.best()) {
                        bestEpoch[member] = s.epoch();
                    }
                    if (s.epoch() % every == 0) {
                        out.printf(Locale.ROOT, "%sepoch %d/%d: train loss %.6f, validation %.6f (MSE %.3e), kept"
                                + " epoch %s, %.0f s%n", members > 1 ? "member " + member + ", " : "", s.epoch(),
                                settings.epochs(), s.trainLoss(), s.validationLoss(), s.validationMse(),
                                ImodelTrainer.keptEpochText(bestEpoch[member]),
                                (System.nanoTime() - trainStart) / 1e9);
                    }
                })) {
            try (OutputStream o = files.stream(target)) {
                model.toFile().write(o);
            }
            if (history != null) {
                try (Writer w = files.writer(history)) {
                    writeHistory(w, model.histories());
                }
            }
            files.commit();
            Map<String, Double> m = model.spec().provenance().validationMetrics();
            Ensemble e = model.spec().ensemble();
            out.printf(Locale.ROOT, "trained %s, kept epoch%s %s; validation (%d windows): pooled RMSE %.6f Ah,"
                    + " MAPE %.4f %%, MAE %.6f Ah%s; wall time %.1f s (training %.1f s) -> %s%n",
                    e.isEnsemble() ? e.members() + " members, epochs " + Arrays.toString(e.epochs())
                            : model.history().size() + " epochs",
                    e.isEnsemble() ? "s" : "", e.isEnsemble() ? Arrays.toString(e.bestEpochs()) : model.bestEpoch(),
                    m.getOrDefault("windows", Double.NaN).intValue(), m.getOrDefault("pooled_rmse", Double.NaN),
                    m.getOrDefault("pooled_mape", Double.NaN), m.getOrDefault("pooled_mae", Double.NaN),
                    e.isEnsemble() ? String.format(Locale.ROOT, "; 90 %% band covers %.1f %% raw, %.1f %% with the"
                            + " spread scaled by %.4g (%s calibration on %d windows of %d cells: %.1f %% raw, %.1f %%"
                            + " scaled)", 100 * m.getOrDefault("band_coverage_raw", Double.NaN),
                            100 * m.getOrDefault("band_coverage", Double.NaN), e.spreadScale(),
                            e.calibration().label(), m.getOrDefault("band_calibration_windows", Double.NaN).intValue(),
                            m.getOrDefault("band_calibration_cells", Double.NaN).intValue(),
                            100 * m.getOrDefault("band_calibration_coverage_raw", Double.NaN),
                            100 * m.getOrDefault("band_calibration_coverage", Double.NaN))
                            + (e.calibratedBeyondHorizon() ? "; beyond the horizon the band widens by "
                            + e.rolloutGrowthText() + " per block of " + model.spec().config().horizon()
                            + " cycles" : "") : "",
                    (System.nanoTime() - start) / 1e9, (System.nanoTime() - trainStart) / 1e9, target);
        }
    }

    private static void writeHistory(Writer w, List<List<EpochStats>> histories) throws IOException {
        w.write("epoch,train_loss,validation_loss,validation_mse,diversity,best,seconds,member\n");
        for (Object[] r : HistoryTable.rows(histories)) {
            w.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%.4f,%d%n", r));
        }
    }

    /**
     * @return a progress that prints the trainer's notes (windows, waiting, restarts); not its per-epoch lines (the
     *         command prints its own every tenth of the run) nor its summary (the command prints a fuller one)
     */
    private static Progress notes(PrintWriter out) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                String own = message.replaceFirst("^Training \\d+ of \\d+ \\(seed -?\\d+\\): ", "");
                if (!own.startsWith("Epoch ") && !own.startsWith("Trained ")) {
                    out.println(message);
                }
            }

            @Override
            public void checkCancelled() {
                // the command line is stopped with Ctrl-C
            }
        };
    }
}
