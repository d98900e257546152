package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.EpochStats;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.Recipe;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;

/** {@code imodel train}: trains an iMODEL on named cells and writes a model file. */
final class TrainCommand {

    static final String USAGE = "imodel train --data <folder|file> --train-cells a,b,.. --val-cells c,.. --horizon P"
            + " [--epochs N] [--patience N] [--seed S] [--lr x] [--recipe recommended|reference] [--diversity w]"
            + " [--soc N]"
            + " [--feature-defaults auto|ul|lsd|tpsl|recorded] [--physical-grid] --out model.imodel"
            + " [--history history.csv]";

    private TrainCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Args.UsageException, IOException,
            DataFormatException, CancelledException {
        Args args = new Args(argv, Set.of("physical-grid"));
        Path data = Paths.get(args.required("data"));
        List<String> train = CliData.cells(args.required("train-cells"), "train-cells");
        List<String> validation = CliData.cells(args.required("val-cells"), "val-cells");
        int horizon = args.intOption("horizon", -1);
        if (horizon == -1) {
            throw new Args.UsageException("missing option --horizon (cycles to predict, e.g. 50)");
        }
        Recipe recipe;
        try {
            recipe = Recipe.parse(args.option("recipe", Recipe.RECOMMENDED.label()));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        TrainingSettings settings;
        try {
            TrainingSettings d = TrainingSettings.defaults(horizon, recipe);
            settings = d.withEpochs(args.intOption("epochs", d.epochs()))
                    .withPatience(args.intOption("patience", d.patience()))
                    .withSeed(longOption(args, "seed", d.seed()))
                    .withLearningRate(args.doubleOption("lr", d.learningRate()))
                    .withDiversityWeight(args.doubleOption("diversity", d.diversityWeight()))
                    .withSoc(args.intOption("soc", d.soc()))
                    .withFeatureDefaults(args.option("feature-defaults", d.featureDefaults()))
                    .withPhysicalGrid(args.flag("physical-grid"));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        Path target = Paths.get(args.required("out"));
        String history = args.option("history", null);
        args.rejectUnknown();

        long start = System.nanoTime();
        List<String> all = new ArrayList<>(train);
        all.addAll(validation);
        List<CycleRecord> rows = CliData.read(data, all);
        double readSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "read %d rows of %d cells in %.1f s; training (%s recipe, horizon %d, up to %d"
                + " epochs, patience %d, lr %s, seed %d)%n", rows.size(), all.size(), readSeconds, recipe.label(),
                horizon, settings.epochs(), settings.patience(), settings.learningRate(), settings.seed());
        int every = Math.max(1, settings.epochs() / 10);
        long trainStart = System.nanoTime();
        int[] bestEpoch = {0};
        try (TrainedModel model = ImodelTrainer.train(rows, train, validation, settings, notes(out), s -> {
            if (s.best()) {
                bestEpoch[0] = s.epoch();
            }
            if (s.epoch() % every == 0) {
                out.printf(Locale.ROOT, "epoch %d/%d: train loss %.6f, validation %.6f (MSE %.3e), kept epoch %s,"
                        + " %.0f s%n", s.epoch(), settings.epochs(), s.trainLoss(), s.validationLoss(),
                        s.validationMse(), ImodelTrainer.keptEpochText(bestEpoch[0]),
                        (System.nanoTime() - trainStart) / 1e9);
            }
        })) {
            model.toFile().write(target);
            if (history != null) {
                writeHistory(Paths.get(history), model.history());
            }
            Map<String, Double> m = model.spec().provenance().validationMetrics();
            out.printf(Locale.ROOT, "trained %d epochs, kept epoch %d; validation (%d windows): pooled RMSE %.6f Ah,"
                    + " MAPE %.4f %%, MAE %.6f Ah; wall time %.1f s (training %.1f s) -> %s%n",
                    model.history().size(), model.bestEpoch(), m.getOrDefault("windows", Double.NaN).intValue(),
                    m.getOrDefault("pooled_rmse", Double.NaN), m.getOrDefault("pooled_mape", Double.NaN),
                    m.getOrDefault("pooled_mae", Double.NaN), (System.nanoTime() - start) / 1e9,
                    (System.nanoTime() - trainStart) / 1e9, target);
        }
    }

    static long longOption(Args args, String name, long fallback) throws Args.UsageException {
        String v = args.option(name, null);
        try {
            return v == null ? fallback : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--" + name + " must be a whole number, got '" + v + "'");
        }
    }

    private static void writeHistory(Path file, List<EpochStats> history) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("epoch,train_loss,validation_loss,validation_mse,diversity,best,seconds\n");
            for (EpochStats s : history) {
                w.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%.4f%n", s.epoch(), s.trainLoss(),
                        s.validationLoss(), s.validationMse(), s.diversity(), s.best(), s.seconds()));
            }
        }
    }

    /**
     * @return a progress that prints the trainer's notes (windows, waiting, restarts); not its per-epoch lines (the
     *         command prints its own every tenth of the run) nor its summary (the command prints a fuller one)
     */
    private static Progress notes(PrintStream out) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                if (!message.startsWith("Epoch ") && !message.startsWith("Trained ")) {
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
