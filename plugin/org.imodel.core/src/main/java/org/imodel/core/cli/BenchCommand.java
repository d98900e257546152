package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.djl.DjlRuntime;
import org.imodel.core.djl.GemmRate;
import org.imodel.core.features.FeatureExtractor;
import org.imodel.core.forecast.CellState;
import org.imodel.core.forecast.CellStates;
import org.imodel.core.forecast.SweepBenchmark;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.model.NamedArray;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.EnsembleTrainer;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.Recipe;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingBenchmark;
import org.imodel.core.training.TrainingSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imodel bench}: speed of training (recommended recipe) and inference on UL-NCA CY25-05_1 (P = 50; train
 * #2-#11, #13, validation #18, #19). The last line is machine-readable.
 */
@Command(name = "bench", description = "Speed of training (recommended recipe) and inference on UL-NCA CY25-05_1:"
        + " step, epoch and inference times, page faults per step, peak RSS, the scenario sweep and the core's ceiling;"
        + " with --training also the time to train a model and an ensemble and their test error; the last line is"
        + " machine-readable.")
final class BenchCommand extends CliCommand {

    static final List<String> TRAIN = List.of("CY25-05_1-#2", "CY25-05_1-#3", "CY25-05_1-#4", "CY25-05_1-#5",
            "CY25-05_1-#6", "CY25-05_1-#7", "CY25-05_1-#8", "CY25-05_1-#9", "CY25-05_1-#10", "CY25-05_1-#11",
            "CY25-05_1-#13");
    static final List<String> VALIDATION = List.of("CY25-05_1-#18", "CY25-05_1-#19");

    /** Page faults per training step above which the allocator note is printed (with the launcher's settings: 2-35). */
    static final double FAULTS_HINT = 100;

    /** The smaller BiLSTM whose sweep the bench also times (a quarter of the recurrent work of the default 64). */
    static final int SMALL_HIDDEN = 32;

    /** Size and count of the matrix products that measure the core's ceiling. */
    static final int GEMM_SIZE = 1024;
    static final int GEMM_PRODUCTS = 20;

    /** Cell states in the scenario sweep. */
    static final int SWEEP_CELLS = 1000;

    @Option(names = "--data", paramLabel = "<UL-NCA folder>", description = "The UL-NCA data (default: the shared"
            + " folder's data/UL-NCA, found through IMODEL_SHARED or ../shared).")
    Path given;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs to time.")
    int epochs = 3;

    @Option(names = "--training", description = "Also train (long: with the recipe's epochs, tens of minutes) one"
            + " model and an ensemble on CY25-05_1 and report their wall times, test MAPE on the coded test cells, the"
            + " ensemble's band coverage and the speed-up of its parallel members.")
    boolean training;

    @Option(names = "--members", paramLabel = "K", description = "Ensemble members for --training (default: 5).")
    int members = 5;

    @Option(names = "--training-epochs", paramLabel = "N", description = "Epochs per training for --training"
            + " (default: the recommended recipe's " + TrainingSettings.RECOMMENDED_EPOCHS + ").")
    int trainingEpochs = TrainingSettings.RECOMMENDED_EPOCHS;

    @Option(names = "--hidden", paramLabel = "H", description = "BiLSTM hidden size for --training (default: the"
            + " recommended recipe's " + TrainingSettings.RECOMMENDED_HIDDEN + ").")
    int hidden = TrainingSettings.RECOMMENDED_HIDDEN;

    @Override
    void execute(PrintWriter out) throws Exception {
        if (epochs < 1 || trainingEpochs < 1 || hidden < 1) {
            throw usage("--epochs, --training-epochs and --hidden must be at least 1, got " + epochs + ", "
                    + trainingEpochs + ", " + hidden);
        }
        if (members < 2 || members > EnsembleTrainer.MAX_MEMBERS) {
            throw usage("--members must be between 2 and " + EnsembleTrainer.MAX_MEMBERS + ", got " + members);
        }
        Path data = given != null ? given : defaultData();
        requireExisting(List.of(data));
        out.println("engine: " + DjlRuntime.describe());
        long start = System.nanoTime();
        List<String> cells = new ArrayList<>(TRAIN);
        cells.addAll(VALIDATION);
        List<CycleRecord> rows = CliData.read(data, cells);
        double readSeconds = (System.nanoTime() - start) / 1e9;
        TrainingSettings timed = TrainingSettings.defaults(50, Recipe.RECOMMENDED);
        TrainingBenchmark.Result r = TrainingBenchmark.run(rows, TRAIN, VALIDATION, timed, epochs, Progress.NONE);
        double rss = peakRssMb();
        out.printf(Locale.ROOT, "data: read %d rows of %d cells in %.2f s (all files of %s); windows, features and"
                + " scaler: %d training + %d validation windows in %.2f s%n", rows.size(), cells.size(), readSeconds,
                data, r.trainWindows(), r.validationWindows(), r.featureSeconds());
        String faults = Double.isNaN(r.pageFaultsPerStep()) ? ""
                : String.format(Locale.ROOT, "; %.0f page faults per step", r.pageFaultsPerStep());
        out.printf(Locale.ROOT, "training: %.2f ms per step (hidden %d, batch %d, median), %.3f s per epoch (%d steps"
                + " + validation, median of %d)%s%n", r.stepMillis(), timed.hiddenSize(), timed.batchSize(),
                r.epochSeconds(), (r.trainWindows() + timed.batchSize() - 1) / timed.batchSize(), epochs, faults);
        if (r.pageFaultsPerStep() > FAULTS_HINT) {
            out.println("note: the C allocator returns libtorch's work buffers to the kernel at every step, which costs"
                    + " time; set MALLOC_MMAP_THRESHOLD_=268435456 and MALLOC_TRIM_THRESHOLD_=536870912 in the"
                    + " environment (the imodel launcher does)");
        }
        out.printf(Locale.ROOT, "inference: %.3f ms per window at batch 1, %.4f ms per window at batch 256; peak RSS"
                + " %.0f MB%n", r.inferBatch1Millis(), r.inferBatch256MillisPerWindow(), rss);
        SweepBenchmark.Result sweep = sweep(rows, TrainingSettings.defaults(50).hiddenSize());
        out.printf(Locale.ROOT, "scenario sweep (hidden 64, the published size): %d cells x 27 scenarios = %d"
                + " forecasts of 50 cycles in %.2f s with 2"
                + " threads; %.0f forecasts/s with 1 thread, %.0f with 2 (batch 256, best of 2 runs)%n",
                sweep.forecasts() / 27, sweep.forecasts(), sweep.sweepSeconds(), sweep.perSecond1t(),
                sweep.perSecond2t());
        SweepBenchmark.Result small = sweep(rows, SMALL_HIDDEN);
        out.printf(Locale.ROOT, "scenario sweep with BiLSTM hidden size %d: %.2f s with 2 threads; %.0f forecasts/s"
                + " with 1 thread, %.0f with 2%n", SMALL_HIDDEN, small.sweepSeconds(), small.perSecond1t(),
                small.perSecond2t());
        double gemm = GemmRate.flopsPerSecond(GEMM_SIZE, GEMM_PRODUCTS);
        double flops = settings(TrainingSettings.defaults(50).hiddenSize()).config(12).forecastFlops();
        double smallFlops = settings(SMALL_HIDDEN).config(12).forecastFlops();
        out.printf(Locale.ROOT, "ceiling: the engine's %dx%d matrix product runs at %.1f GFLOP/s on one thread; a"
                + " forecast costs %.2f MFLOP (hidden %d: %.2f), so one core does at most %.0f forecasts/s (hidden"
                + " %d: %.0f); the sweep's 1 thread reaches %.0f %% of that (hidden %d: %.0f %%)%n", GEMM_SIZE,
                GEMM_SIZE, gemm / 1e9, flops / 1e6, SMALL_HIDDEN, smallFlops / 1e6, gemm / flops, SMALL_HIDDEN,
                gemm / smallFlops, 100 * sweep.perSecond1t() * flops / gemm, SMALL_HIDDEN,
                100 * small.perSecond1t() * smallFlops / gemm);
        String extra = "";
        if (training) {
            TrainingBench.Result t = TrainingBench.run(rows, CliData.read(data, TrainingBench.TEST), TRAIN,
                    VALIDATION, settings(hidden).withEpochs(trainingEpochs), members, out);
            extra = String.format(Locale.ROOT, " train_single_s=%.1f train_single_mape=%.4f train_ensemble_s=%.1f"
                    + " train_ensemble_mape=%.4f band_coverage=%.4f band_width_ah=%.5f parallel_speedup=%.2f",
                    t.singleSeconds(), t.singleMape(), t.ensembleSeconds(), t.ensembleMape(), t.coverage(),
                    t.bandWidth(), t.speedUp());
        }
        out.printf(Locale.ROOT, "step_ms=%.2f epoch_s=%.3f infer_b1_ms=%.3f infer_b256_ms_per_window=%.4f"
                + " peak_rss_mb=%.0f sweep_s=%.3f forecasts_per_s_1t=%.0f forecasts_per_s_2t=%.0f"
                + " forecasts_per_s_1t_h%d=%.0f forecasts_per_s_2t_h%d=%.0f gemm_gflops=%.1f%s%n", r.stepMillis(),
                r.epochSeconds(), r.inferBatch1Millis(), r.inferBatch256MillisPerWindow(), rss, sweep.sweepSeconds(),
                sweep.perSecond1t(), sweep.perSecond2t(), SMALL_HIDDEN, small.perSecond1t(), SMALL_HIDDEN,
                small.perSecond2t(), gemm / 1e9, extra);
    }

    /**
     * The sweep of {@link SweepBenchmark} over {@value #SWEEP_CELLS} cell states (cycles of the bench cells, in file
     * order), with freshly initialised parameters of the given BiLSTM hidden size: the forward pass costs the same
     * whatever the parameter values.
     */
    private static SweepBenchmark.Result sweep(List<CycleRecord> rows, int hidden) throws CancelledException {
        TrainingSettings settings = settings(hidden);
        Map<String, NamedArray> parameters;
        try (ImodelNetwork fresh = ImodelNetwork.create(settings.config(12), 1)) {
            parameters = fresh.exportParameters();
        }
        try (TrainedModel model = ImodelTrainer.importParameters(rows, TRAIN, VALIDATION, settings, parameters,
                "bench")) {
            FeatureExtractor extractor = new FeatureExtractor(model.spec().features());
            List<CellState> cells = new ArrayList<>(SWEEP_CELLS);
            for (CycleRecord r : rows) {
                if (cells.size() < SWEEP_CELLS && r.relaxationVoltage().length > 1) {
                    cells.add(CellStates.state(extractor, model.spec(), r, Double.NaN));
                }
            }
            return SweepBenchmark.run(model, cells, Progress.NONE);
        }
    }

    private static TrainingSettings settings(int hidden) {
        return TrainingSettings.defaults(50, Recipe.RECOMMENDED).withHiddenSize(hidden);
    }

    private Path defaultData() {
        List<Path> candidates = new ArrayList<>();
        String shared = System.getProperty("imodel.shared.dir", System.getenv("IMODEL_SHARED"));
        if (shared != null) {
            candidates.add(Paths.get(shared, "data", "UL-NCA"));
        }
        candidates.add(Paths.get("..", "shared", "data", "UL-NCA"));
        candidates.add(Paths.get("shared", "data", "UL-NCA"));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw usage("no UL-NCA folder found at " + candidates + "; give it with --data");
    }

    /** @return VmHWM of /proc/self/status in MB, NaN where there is no /proc */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
