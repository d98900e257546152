package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.eval.CsvTableRows;
import org.imodel.core.eval.ForecastReader;
import org.imodel.core.eval.ForecastScorer;
import org.imodel.core.eval.MeasuredCycles;
import org.imodel.core.eval.ScoreTables;
import org.imodel.core.eval.ScoredForecast;
import org.imodel.core.eval.Scores;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.JsonReport;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.report.ChartGrid;
import org.imodel.core.report.ErrorChart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imodel score}: scores forecast tables of any method (the Predictor's windows, the Trajectory Predictor's
 * long table with measured cycles, ensembles, baselines) against their true values: pooled and batch-of-32 errors
 * per cell, errors per horizon step, crossing cycles per SOH threshold, band coverage and width; several forecast
 * files, each with its method label, are scored side by side.
 */
@Command(name = "score", description = "Scores forecast tables against the true values: pooled RMSE/MAE/MAPE and"
        + " the reference's batch-of-32 averages per cell, error per horizon step, SOH threshold crossing cycles,"
        + " band coverage and width; several forecast files (one label each) side by side.")
final class ScoreCommand extends CliCommand {

    @Option(names = "--forecasts", required = true, paramLabel = "forecasts.csv", description = "Forecast table:"
            + " the window table of the Predictor or a baseline (lists predicted_capacity_ah, target_capacity_ah),"
            + " or the long table of imodel predict (with --measured). Repeat to compare methods.")
    List<Path> forecasts;

    @Option(names = "--label", split = ",", paramLabel = "name", description = "Method label of each forecast"
            + " file, in order (default: the file name without .csv).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--method-column", paramLabel = "column", description = "Column of the forecast tables that"
            + " holds each row's method label (instead of --label).")
    String methodColumn;

    @Option(names = "--measured", paramLabel = "cycles.csv", description = "Measured cycles for long forecast"
            + " tables without targets (a per-cycle table with cell_id, cycle_count, discharge_capacity_ah, or"
            + " published files or a folder of them); also gives window tables the cells' first-cycle capacity as"
            + " nominal.")
    Path measured;

    @Option(names = "--out", paramLabel = "per-step.csv", description = "Error per method and horizon step.")
    Path stepsOut;

    @Option(names = "--per-cell", paramLabel = "cells.csv", description = "Errors per method and cell, then all"
            + " cells.")
    Path cellsOut;

    @Option(names = "--crossings", paramLabel = "crossings.csv", description = "Crossing-cycle errors per method,"
            + " cell and SOH threshold.")
    Path crossingsOut;

    @Option(names = "--metrics", paramLabel = "m.json", description = "Everything as JSON, per method.")
    Path metricsOut;

    @Option(names = "--chart", paramLabel = "error.png", description = "PNG of MAPE and RMSE against horizon step,"
            + " one line per method.")
    Path chartOut;

    @Option(names = "--threshold", split = ",", paramLabel = "SOH", defaultValue = "0.8,0.7", description = "SOH"
            + " threshold(s) of the crossing cycles, as fractions of the nominal capacity.")
    List<Double> thresholds;

    @Override
    void execute(PrintWriter out) throws Exception {
        checkOptions();
        List<Path> inputs = new ArrayList<>(forecasts);
        if (measured != null) {
            inputs.add(measured);
        }
        requireExisting(inputs);
        try (OutputFiles files = new OutputFiles(inputs)) {
            for (Path p : new Path[] {stepsOut, cellsOut, crossingsOut, metricsOut, chartOut}) {
                if (p != null) {
                    files.file(p);
                }
            }
            long start = System.nanoTime();
            MeasuredCycles cycles = measured == null ? null : measured();
            List<ScoredForecast> all = new ArrayList<>();
            for (int i = 0; i < forecasts.size(); i++) {
                try (CsvTableRows rows = new CsvTableRows(forecasts.get(i))) {
                    all.addAll(ForecastReader.read(rows, label(i), methodColumn, cycles));
                }
            }
            Scores scores = ForecastScorer.score(all, thresholds, Progress.NONE);
            write(files, scores);
            files.commit();
            for (Scores.Cell c : scores.cells()) {
                if (c.cellId().equals(Scores.ALL_CELLS)) {
                    out.printf(Locale.ROOT, "%s: %d forecasts, %d points: pooled RMSE %.6f Ah, MAE %.6f Ah, MAPE"
                            + " %.4f %%; batch-32 RMSE %.6f Ah, MAPE %.4f %%%s%n", c.method(), c.metrics().windows(),
                            c.metrics().points(), c.metrics().pooledRmse(), c.metrics().pooledMae(),
                            c.metrics().pooledMape(), c.metrics().batchRmse(), c.metrics().batchMape(),
                            c.band() == null ? "" : String.format(Locale.ROOT, "; band coverage %.3f, width %.4f Ah",
                                    c.band().coverage(), c.band().bandWidth()));
                }
            }
            out.printf(Locale.ROOT, "scored %d forecasts in %.2f s%n", all.size(), (System.nanoTime() - start) / 1e9);
        }
    }

    private void checkOptions() {
        if (!labels.isEmpty() && methodColumn != null) {
            throw usage("give either --label or --method-column, not both");
        }
        if (!labels.isEmpty() && labels.size() != forecasts.size()) {
            throw usage("--label has " + labels.size() + " name(s) for " + forecasts.size() + " --forecasts file(s);"
                    + " give one label per file, in order");
        }
        for (String l : labels) {
            if (l.isBlank()) {
                throw usage("--label names must not be blank");
            }
        }
        for (double t : thresholds) {
            if (!(t > 0 && t <= 1)) {
                throw usage("--threshold " + t + " is not an SOH fraction above 0 and at most 1 (0.8 = 80 %)");
            }
        }
    }

    private String label(int i) {
        if (!labels.isEmpty()) {
            return labels.get(i).strip();
        }
        String name = forecasts.get(i).getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    /** @return the measured cycles: a table with the three columns, or anything the dataset reader reads */
    private MeasuredCycles measured() throws Exception {
        if (Files.isRegularFile(measured)) {
            try (CsvTableRows rows = new CsvTableRows(measured)) {
                if (rows.index(MeasuredCycles.CELL_ID) >= 0 && rows.index(MeasuredCycles.CYCLE) >= 0
                        && rows.index(MeasuredCycles.CAPACITY) >= 0) {
                    return MeasuredCycles.read(rows);
                }
            }
        }
        MeasuredCycles cycles = new MeasuredCycles(measured.toString());
        new DatasetReader(ReadOptions.DEFAULTS).read(measured, new QcReport(),
                r -> cycles.add(r.cellId(), r.cycle(), r.dischargeCapacity()), Progress.NONE);
        if (cycles.cellCount() == 0) {
            throw new DataFormatException(measured.toString(), 0, null, "holds no measured cycles. Give a per-cycle"
                    + " table with cell_id, cycle_count and discharge_capacity_ah, or published files.");
        }
        return cycles;
    }

    private void write(OutputFiles files, Scores scores) throws IOException {
        if (stepsOut != null) {
            CsvOutputs.write(files, stepsOut, ScoreTables.STEP_COLUMNS, ScoreTables.stepRows(scores));
        }
        if (cellsOut != null) {
            CsvOutputs.write(files, cellsOut, ScoreTables.CELL_COLUMNS, ScoreTables.cellRows(scores));
        }
        if (crossingsOut != null) {
            CsvOutputs.write(files, crossingsOut, ScoreTables.CROSSING_COLUMNS, ScoreTables.crossingRows(scores));
        }
        if (metricsOut != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("forecasts", forecasts.stream().map(Path::toString).toList());
            json.put("measured", measured == null ? null : measured.toString());
            json.put("thresholds_soh", thresholds);
            json.put("methods", ScoreTables.json(scores));
            try (Writer w = files.writer(metricsOut)) {
                w.write(JsonReport.toJson(json));
            }
        }
        if (chartOut != null) {
            ChartGrid.writePng(ErrorChart.image(scores.steps()), files.stage(chartOut));
        }
    }
}
