package org.imodel.core.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ForecastTable;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.forecast.Trajectory;
import org.imodel.core.forecast.WhatIf;
import org.imodel.core.io.JsonReport;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.progress.Progress;
import org.imodel.core.report.ScenarioChart;
import org.imodel.core.report.TrajectoryPlot;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.OperatingCondition;
import org.imodel.core.sim.ScenarioBlock;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.imodel.core.training.HistoryTable;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.Recipe;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imodel demo}: the README's main job on simulated cells. Simulates cells of mixed use, trains briefly on
 * some of them, then forecasts three held-out cells from "today" (cycle {@value #TODAY}) under three future
 * scenarios and compares each forecast with the simulator's own future under each scenario. Writes a report folder:
 * scenarios.png (the what-if picture), whatif.csv, metrics.json, forecasts.csv (window forecasts of the held-out
 * cells), history.csv, model.imodel and trajectories.png.
 */
@Command(name = "demo", description = "The main job on simulated example cells: trains briefly, forecasts held-out"
        + " cells under three future uses and writes a report folder (scenarios.png, whatif.csv, metrics.json,"
        + " forecasts.csv, history.csv, trajectories.png, model.imodel).")
final class DemoCommand extends CliCommand {

    @Option(names = "--out", paramLabel = "folder", description = "The report folder (created if missing; its"
            + " parent must exist).")
    Path folder = Paths.get("imodel-demo");

    @Option(names = "--epochs", paramLabel = "N", description = "Training epochs.")
    int epochs = 120;

    @Option(names = "--horizon", paramLabel = "P", description = "Cycles to predict.")
    int horizon = 50;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the simulation and the training.")
    int seed = 2025;

    /** The cycle the what-if forecasts start from. */
    static final int TODAY = 100;

    /** SOH thresholds marked in the picture. */
    static final List<Double> THRESHOLDS = List.of(0.8, 0.7);

    /** Use of the training cells: a mix of charge rate, discharge rate and temperature. */
    static final List<OperatingCondition> TRAINING_USE = List.of(new OperatingCondition(0.5, 1, 25),
            new OperatingCondition(1, 2, 35), new OperatingCondition(0.5, 1, 45), new OperatingCondition(1, 1, 25),
            new OperatingCondition(0.5, 2, 35), new OperatingCondition(1, 2, 45), new OperatingCondition(0.25, 1, 25),
            new OperatingCondition(0.5, 1, 35), new OperatingCondition(1, 1, 45), new OperatingCondition(0.5, 2, 25),
            new OperatingCondition(1, 2, 25), new OperatingCondition(0.5, 1, 35));

    /**
     * Changes of use late in every cell's life (after the held-out cells' horizon), so that training windows also
     * show how the capacity responds when the use changes.
     */
    static final List<ScenarioBlock> USE_CHANGES = List.of(ScenarioBlock.rates(TODAY + 60, 1, 2),
            ScenarioBlock.temperature(TODAY + 100, 45));

    /** The held-out cells' use up to today. */
    static final OperatingCondition HELD_OUT_USE = new OperatingCondition(0.5, 1, 25);

    /** Future use from today on. */
    static final List<OperatingCondition> SCENARIOS = List.of(new OperatingCondition(0.5, 1, 25),
            new OperatingCondition(0.5, 1, 45), new OperatingCondition(1, 2, 35));

    static final int HELD_OUT = 3;

    @Override
    void execute(PrintWriter out) throws Exception {
        TrainingSettings settings;
        try {
            settings = TrainingSettings.defaults(horizon, Recipe.RECOMMENDED).withEpochs(epochs).withSeed(seed);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        System.setProperty("java.awt.headless", "true");
        try (OutputFiles files = new OutputFiles(List.of())) {
            files.folder(folder);
            run(out, settings, files);
            files.commit();
        }
        out.println("report written to " + folder.toAbsolutePath() + " (scenarios.png, whatif.csv, metrics.json,"
                + " forecasts.csv, history.csv, trajectories.png, model.imodel)");
    }

    private void run(PrintWriter out, TrainingSettings settings, OutputFiles files) throws Exception {
        long start = System.nanoTime();
        List<OperatingCondition> use = new ArrayList<>(TRAINING_USE);
        for (int i = 0; i < HELD_OUT; i++) {
            use.add(HELD_OUT_USE);
        }
        SimulationSettings sim = SimulationSettings.builder().cells(use.size()).cellConditions(use).cyclesPerCell(240)
                .scenario(USE_CHANGES).seed(seed).build();
        List<CycleRecord> rows = new CellSimulator(sim).simulate();
        List<String> cells = rows.stream().map(CycleRecord::cellId).distinct().toList();
        List<String> test = cells.subList(cells.size() - HELD_OUT, cells.size());
        List<String> validation = List.of(cells.get(cells.size() - HELD_OUT - 1));
        List<String> train = new ArrayList<>(cells.subList(0, cells.size() - HELD_OUT - 1));
        out.printf(Locale.ROOT, "simulated %d cells (%d cycles); training on %s, validating on %s, testing on %s%n",
                cells.size(), rows.size(), train, validation, test);
        Progress progress = new PrintedProgress(out);
        try (TrainedModel model = ImodelTrainer.train(rows, train, validation, settings, progress, s -> { })) {
            List<CycleRecord> testRows = rows.stream().filter(r -> test.contains(r.cellId())).toList();
            List<Forecast> forecasts = ImodelPredictor.predict(model, testRows, Progress.NONE);
            ForecastMetrics metrics = ImodelPredictor.metrics(forecasts);
            try (OutputStream o = files.stream(folder.resolve("model.imodel"))) {
                model.toFile().write(o);
            }
            CsvOutputs.write(files, folder.resolve("history.csv"), HistoryTable.COLUMNS,
                    HistoryTable.rows(model.histories()));
            CsvOutputs.write(files, folder.resolve("forecasts.csv"), ForecastTable.FORECAST_COLUMNS,
                    forecasts.stream().map(ForecastTable::values).toList());
            Map<String, Object> json = new LinkedHashMap<>(metrics.asMap());
            json.put("test_cells", test);
            json.put("epochs_run", model.history().size());
            json.put("best_epoch", model.bestEpoch());
            try (Writer w = files.writer(folder.resolve("metrics.json"))) {
                w.write(JsonReport.toJson(json));
            }
            TrajectoryPlot.write(files.stage(folder.resolve("trajectories.png")), "iMODEL demo: predicted vs true"
                    + " capacity of held-out simulated cells (horizon " + horizon + " cycles)", panels(forecasts));
            out.printf(Locale.ROOT, "test windows %d: pooled RMSE %.4f Ah, MAE %.4f Ah, MAPE %.3f %% (%d epochs,"
                    + " best %d, %.0f s)%n", metrics.windows(), metrics.pooledRmse(), metrics.pooledMae(),
                    metrics.pooledMape(), model.history().size(), model.bestEpoch(),
                    (System.nanoTime() - start) / 1e9);
            List<Integer> indices = new ArrayList<>();
            for (int i = use.size() - HELD_OUT; i < use.size(); i++) {
                indices.add(i);
            }
            List<WhatIf.CellResult> whatIf = WhatIf.run(model, sim, indices, TODAY, SCENARIOS, Progress.NONE);
            ScenarioChart.write(files.stage(folder.resolve("scenarios.png")), whatIfPanels(whatIf));
            CsvOutputs.write(files, folder.resolve("whatif.csv"), WHAT_IF_COLUMNS, whatIfRows(whatIf));
            printWhatIf(out, whatIf);
        }
    }

    static final List<ColumnDef> WHAT_IF_COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Held-out cell."),
            new ColumnDef("scenario", ColumnType.STRING, "Future use from today on (charge/discharge C-rate,"
                    + " temperature)."),
            new ColumnDef("today_cycle", ColumnType.INT, "Cycle the forecast starts from."),
            new ColumnDef("nominal_capacity_ah", ColumnType.DOUBLE, "Capacity SOH refers to: the first cycle's."),
            new ColumnDef("forecast_end_capacity_ah", ColumnType.DOUBLE, "Forecast capacity at the end of the horizon."),
            new ColumnDef("true_end_capacity_ah", ColumnType.DOUBLE, "Simulator's capacity at the end of the horizon."),
            new ColumnDef("forecast_soh_80_cycle", ColumnType.STRING, "First cycle with forecast SOH <= 80 %."),
            new ColumnDef("true_soh_80_cycle", ColumnType.STRING, "First cycle with true SOH <= 80 %."),
            new ColumnDef("mape_percent", ColumnType.DOUBLE, "Forecast error against the truth under this scenario."),
            new ColumnDef("applicability", ColumnType.STRING, "INSIDE or OUTSIDE the training data's range."));

    private static List<Object[]> whatIfRows(List<WhatIf.CellResult> results) {
        List<Object[]> rows = new ArrayList<>();
        for (WhatIf.CellResult r : results) {
            for (int s = 0; s < SCENARIOS.size(); s++) {
                Trajectory t = r.forecasts().get(s);
                float[] truth = r.truthOverHorizon(s);
                double err = 0;
                int n = 0;
                for (int k = 1; k < truth.length; k++) {
                    if (Float.isFinite(truth[k])) {
                        err += Math.abs(t.capacityAh()[k] - truth[k]) / truth[k];
                        n++;
                    }
                }
                rows.add(new Object[] {r.cellId(), t.scenario(), t.startCycle(), t.nominalAh(), t.endCapacityAh(),
                    (double) truth[truth.length - 1], cycleText(t.crossingCycle(0.8)),
                    cycleText(r.trueCrossing(s, 0.8)), 100 * err / Math.max(1, n),
                    t.applicability().status().name()});
            }
        }
        return rows;
    }

    private static String cycleText(OptionalInt c) {
        return c.isPresent() ? String.valueOf(c.getAsInt()) : "beyond the horizon";
    }

    private static void printWhatIf(PrintWriter out, List<WhatIf.CellResult> results) {
        double[][] m = WhatIf.errorMatrix(results);
        out.println("what-if: MAPE % of the forecasts after today (rows: true future use, columns: use assumed by the"
                + " forecast; " + results.size() + " held-out cells, cycles " + (TODAY + 1) + ".."
                + (TODAY + results.get(0).forecasts().get(0).steps() - 1) + ")");
        StringBuilder head = new StringBuilder("| true \\ assumed |");
        for (OperatingCondition s : SCENARIOS) {
            head.append(' ').append(WhatIf.name(s)).append(" |");
        }
        out.println(head);
        for (int i = 0; i < m.length; i++) {
            StringBuilder row = new StringBuilder("| " + WhatIf.name(SCENARIOS.get(i)) + " |");
            for (int j = 0; j < m.length; j++) {
                row.append(String.format(Locale.ROOT, " %.2f |", m[i][j]));
            }
            out.println(row);
        }
    }

    private static List<ScenarioChart.Panel> whatIfPanels(List<WhatIf.CellResult> results) {
        List<ScenarioChart.Panel> panels = new ArrayList<>();
        for (WhatIf.CellResult r : results) {
            List<ScenarioChart.Line> lines = new ArrayList<>();
            for (int s = 0; s < SCENARIOS.size(); s++) {
                List<CycleRecord> life = r.lives().get(s);
                float[] truth = new float[life.size()];
                for (int k = 0; k < truth.length; k++) {
                    truth[k] = (float) life.get(k).dischargeCapacity();
                }
                Trajectory t = r.forecasts().get(s);
                List<OptionalInt> crossings = THRESHOLDS.stream().map(t::crossingCycle).toList();
                lines.add(new ScenarioChart.Line(t.scenario(), life.get(0).cycle(), truth, t.startCycle(),
                        t.capacityAh(), crossings));
            }
            panels.add(new ScenarioChart.Panel(r.cellId() + ": used at 0.5C/1C, 25 degC until cycle " + TODAY
                    + "; forecasts from today under three future uses", TODAY, r.state().nominalAh(), THRESHOLDS,
                    lines));
        }
        return panels;
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

    /** Prints training progress in steps of 10 %. */
    private static final class PrintedProgress implements Progress {
        private final PrintWriter out;
        private int printed = -1;

        PrintedProgress(PrintWriter out) {
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
