package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ForecastTable;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.io.Json;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.report.TrajectoryPlot;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.training.HistoryTable;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.Recipe;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;

/**
 * {@code imodel demo}: the README's main job on the embedded example data. Simulates the example cells, trains
 * briefly on some of them, predicts the held-out cells and writes a report folder: metrics.json, forecasts.csv,
 * history.csv, model.imodel and trajectories.png.
 */
final class DemoCommand {

    static final String USAGE = "imodel demo [--out folder] [--epochs N] [--horizon P] [--seed S]";

    private DemoCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Args.UsageException, IOException,
            CancelledException {
        Args args = new Args(argv, Set.of());
        Path folder = Paths.get(args.option("out", "imodel-demo"));
        int epochs = args.intOption("epochs", 200);
        int horizon = args.intOption("horizon", 20);
        int seed = args.intOption("seed", 2025);
        args.rejectUnknown();
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(folder);
        long start = System.nanoTime();
        SimulationSettings sim = SimulationSettings.example().toBuilder().cyclesPerCell(240).seed(seed).build();
        List<CycleRecord> rows = new CellSimulator(sim).simulate();
        List<String> cells = rows.stream().map(CycleRecord::cellId).distinct().toList();
        List<String> test = List.of(cells.get(cells.size() - 2), cells.get(cells.size() - 1));
        List<String> validation = List.of(cells.get(cells.size() - 3));
        List<String> train = new ArrayList<>(cells.subList(0, cells.size() - 3));
        out.printf(Locale.ROOT, "simulated %d cells (%d cycles); training on %s, validating on %s, testing on %s%n",
                cells.size(), rows.size(), train, validation, test);
        TrainingSettings settings = TrainingSettings.defaults(horizon, Recipe.RECOMMENDED).withEpochs(epochs)
                .withSeed(seed);
        Progress progress = new PrintedProgress(out);
        try (TrainedModel model = ImodelTrainer.train(rows, train, validation, settings, progress, s -> { })) {
            List<CycleRecord> testRows = rows.stream().filter(r -> test.contains(r.cellId())).toList();
            List<Forecast> forecasts = ImodelPredictor.predict(model, testRows, Progress.NONE);
            ForecastMetrics metrics = ImodelPredictor.metrics(forecasts);
            model.toFile().write(folder.resolve("model.imodel"));
            writeTable(folder.resolve("history.csv"), HistoryTable.COLUMNS,
                    model.history().stream().map(HistoryTable::values).toList());
            writeTable(folder.resolve("forecasts.csv"), ForecastTable.FORECAST_COLUMNS,
                    forecasts.stream().map(ForecastTable::values).toList());
            Map<String, Object> json = new LinkedHashMap<>(metrics.asMap());
            json.put("test_cells", test);
            json.put("epochs_run", model.history().size());
            json.put("best_epoch", model.bestEpoch());
            Files.writeString(folder.resolve("metrics.json"), Json.write(json), StandardCharsets.UTF_8);
            TrajectoryPlot.write(folder.resolve("trajectories.png"), "iMODEL demo: predicted vs true capacity of"
                    + " held-out simulated cells (horizon " + horizon + " cycles)", panels(forecasts));
            out.printf(Locale.ROOT, "test windows %d: pooled RMSE %.4f Ah, MAE %.4f Ah, MAPE %.3f %% (%d epochs,"
                    + " best %d, %.0f s)%n", metrics.windows(), metrics.pooledRmse(), metrics.pooledMae(),
                    metrics.pooledMape(), model.history().size(), model.bestEpoch(),
                    (System.nanoTime() - start) / 1e9);
        }
        out.println("report written to " + folder.toAbsolutePath()
                + " (metrics.json, forecasts.csv, history.csv, trajectories.png, model.imodel)");
    }

    private static List<TrajectoryPlot.Panel> panels(List<Forecast> forecasts) {
        List<TrajectoryPlot.Panel> panels = new ArrayList<>();
        Map<String, List<Forecast>> byCell = new LinkedHashMap<>();
        forecasts.forEach(f -> byCell.computeIfAbsent(f.cellId(), c -> new ArrayList<>()).add(f));
        for (List<Forecast> cell : byCell.values()) {
            for (double at : new double[] {0.1, 0.5, 0.9}) {
                Forecast f = cell.get((int) Math.round(at * (cell.size() - 1)));
                panels.add(new TrajectoryPlot.Panel(f.cellId() + " from cycle " + f.cycle(), f.cycle(), f.targets(),
                        f.predictions()));
            }
        }
        return panels;
    }

    private static void writeTable(Path file, List<ColumnDef> columns, List<Object[]> rows)
            throws IOException {
        try (TableCsvWriter w = new TableCsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), columns)) {
            for (Object[] row : rows) {
                w.write(row);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Prints training progress in steps of 10 %. */
    private static final class PrintedProgress implements Progress {
        private final PrintStream out;
        private int printed = -1;

        PrintedProgress(PrintStream out) {
            this.out = out;
        }

        @Override
        public void report(double fraction, String message) {
            int tenth = (int) Math.floor(fraction * 10);
            if (tenth > printed) {
                printed = tenth;
                out.println("  " + message);
            }
        }

        @Override
        public void checkCancelled() {
            // the command line is not cancelled (Ctrl-C ends the JVM)
        }
    }
}
