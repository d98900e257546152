package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.artifact.ModelFile;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.forecast.Applicability;
import org.imodel.core.forecast.CellState;
import org.imodel.core.forecast.CellStates;
import org.imodel.core.forecast.ForecastJob;
import org.imodel.core.forecast.ForecastStream;
import org.imodel.core.forecast.Forecaster;
import org.imodel.core.forecast.Rollout;
import org.imodel.core.forecast.Trajectory;
import org.imodel.core.forecast.TrajectoryTable;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.scenario.ModelUnits;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.training.TrainedModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imodel predict}: every cell of a per-cycle table, from its latest (or a chosen) cycle, forecast under every
 * scenario of a scenario table: one row per cell, scenario and future cycle ({@link TrajectoryTable#COLUMNS}) and
 * optionally a summary per cell, scenario and SOH threshold ({@link TrajectoryTable#SUMMARY_COLUMNS}). The
 * scenarios are checked against the model (horizon, units) and the cells' states against its features before any
 * forecast; errors name the file, line and column.
 */
@Command(name = "predict", description = "Forecasts every cell of a per-cycle table from its latest (or a chosen)"
        + " cycle under every scenario of a scenario table: one row per cell x scenario x future cycle, and a"
        + " summary per cell x scenario (end-of-horizon capacity and SOH, threshold crossing, applicability).")
final class PredictCommand extends CliCommand {

    /**
     * Forecasts per engine call of the command (jobs cell by cell, scenarios within a cell, as
     * {@link ForecastJob#grid}): whole chunks, which bounds memory and gives every thread several chunks.
     */
    static final int BLOCK = 16 * Forecaster.CHUNK;

    private static final String LATEST = "latest";

    @Option(names = "--model", required = true, paramLabel = "m.imodel", description = "A model written by imodel"
            + " train or import-reference.")
    Path modelFile;

    @Option(names = "--cells", required = true, paramLabel = "cycles.csv", description = "Per-cycle rows of the"
            + " cells to forecast (a canonical per-cycle table, published files or a folder of them).")
    Path cellData;

    @Option(names = "--scenarios", required = true, paramLabel = "scenarios.csv", description = "The scenario table"
            + " (written by imodel scenarios).")
    Path scenarioData;

    @Option(names = "--out", required = true, paramLabel = "forecasts.csv", description = "The forecasts to write:"
            + " one row per cell, scenario and future cycle.")
    Path target;

    @Option(names = "--summary", paramLabel = "summary.csv", description = "Also write a summary per cell, scenario"
            + " and threshold (default: none).")
    Path summary;

    @Option(names = "--at", paramLabel = "latest|<cycle>", description = "The cycle each cell's forecast starts from"
            + " (\"today\"): its latest row, or this cycle number.")
    String at = LATEST;

    @Option(names = "--threshold", split = ",", paramLabel = "SOH", defaultValue = "0.8", description = "SOH"
            + " threshold(s) for the crossing cycle, as fractions (0.8 = 80 %%); repeat or separate by commas.")
    List<Double> thresholds;

    @Option(names = "--nominal", paramLabel = "Ah", description = "Nominal capacity SOH refers to and C-rates convert"
            + " with (default: each cell's first-cycle capacity).")
    Double nominal;

    @Option(names = "--band", paramLabel = "%", description = "Central coverage of an ensemble's band in percent"
            + " (default 90: the members' 5-95 %% quantiles, scaled as calibrated); the forecasts then have the"
            + " columns band_low_ah and band_high_ah.")
    double bandPercent = 100 * EnsembleBand.DEFAULT_LEVEL;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (results are identical for any"
            + " number).")
    int threads = 1;

    @Option(names = "--horizon", paramLabel = "N", description = "Cycles to forecast (default: the model's horizon"
            + " P). Beyond P the forecast chains windows on the cell state rolled forward by the model's rollout map"
            + " (column rolled_out = 1); every scenario must then cover N cycles.")
    Integer horizon;

    @Override
    void execute(PrintWriter out) throws Exception {
        int cycle = cycle();
        checkOptions();
        requireModelFile(modelFile);
        requireExisting(List.of(cellData, scenarioData));
        try (OutputFiles files = new OutputFiles(List.of(modelFile, cellData, scenarioData))) {
            files.file(target);
            if (summary != null) {
                files.file(summary);
            }
            long start = System.nanoTime();
            ScenarioFile scenarios = ScenarioFile.read(scenarioData);
            try (TrainedModel model = TrainedModel.load(ModelFile.read(modelFile))) {
                ModelSpec spec = model.spec();
                int cycles = cycles(spec);
                List<CellState> states = states(spec, cycle);
                check(scenarios, spec, states.get(0), cycles);
                long forecastStart = System.nanoTime();
                int[] counts = forecast(model, states, scenarios, files, cycles);
                files.commit();
                long end = System.nanoTime();
                int n = states.size() * scenarios.scenarios().size();
                out.printf(Locale.ROOT, "forecast %d cell(s) x %d scenario(s) = %d trajectories of %d cycles%s with %d"
                        + " thread(s) in %.2f s (loading model and cells %.2f s, forecasting and writing %.2f s)"
                        + " -> %s%s%n",
                        states.size(), scenarios.scenarios().size(), n, cycles, cycles > spec.config().horizon()
                                ? " (beyond the model's horizon of " + spec.config().horizon() + " by rollout)" : "",
                        threads,
                        (end - start) / 1e9, (forecastStart - start) / 1e9, (end - forecastStart) / 1e9, target,
                        summary == null ? "" : " (summary: " + summary + ")");
                if (counts[0] > 0) {
                    out.println("warning: " + counts[0] + " of " + n + " forecast(s) use inputs outside the range of"
                            + " the model's training data (see applicability in the summary)");
                }
                if (counts[1] > 0) {
                    out.println("warning: " + Applicability.UNKNOWN.reason());
                }
            }
        }
    }

    /** @return the cycle of {@code --at}, or {@link CellStates#LATEST} */
    private int cycle() {
        if (at.strip().equalsIgnoreCase(LATEST)) {
            return CellStates.LATEST;
        }
        try {
            return Integer.parseInt(at.strip());
        } catch (NumberFormatException e) {
            throw usage("--at must be 'latest' or a cycle number; got '" + at + "'");
        }
    }

    private void checkOptions() {
        for (double t : thresholds) {
            if (!(t > 0 && t <= 1)) {
                throw usage("--threshold " + t + " is not an SOH fraction above 0 and at most 1 (0.8 = 80 %)");
            }
        }
        if (nominal != null && !(nominal > 0 && Double.isFinite(nominal))) {
            throw usage("--nominal must be a positive number of Ah; got " + nominal);
        }
        if (threads < 1) {
            throw usage("--threads must be at least 1; got " + threads);
        }
        if (horizon != null && horizon < 1) {
            throw usage("--horizon must be at least 1 cycle; got " + horizon);
        }
        try {
            EnsembleBand.checkLevel(bandPercent / 100);
        } catch (IllegalArgumentException e) {
            throw usage("--band: " + e.getMessage());
        }
    }

    /** @return the number of cycles to forecast: {@code --horizon}, or the model's horizon */
    private int cycles(ModelSpec spec) {
        if (horizon == null) {
            return spec.config().horizon();
        }
        try {
            Rollout.check(spec, horizon);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(modelFile + ": --horizon " + horizon + ": " + e.getMessage(), e);
        }
        return horizon;
    }

    /** @return one state per cell, in order of first appearance; errors name the file and line of the cell's row */
    private List<CellState> states(ModelSpec spec, int cycle) throws Exception {
        Map<String, List<CycleRecord>> cells = new LinkedHashMap<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(cellData, new QcReport(),
                r -> cells.computeIfAbsent(r.cellId(), k -> new ArrayList<>()).add(r), Progress.NONE);
        if (cells.isEmpty()) {
            throw new DataFormatException(cellData.toString(), 0, null, "holds no per-cycle rows, so there is no"
                    + " cell to forecast. Give a per-cycle table (imodel read, convert or simulate write one).");
        }
        double given = nominal == null ? Double.NaN : nominal;
        List<CellState> states = new ArrayList<>(cells.size());
        for (List<CycleRecord> rows : cells.values()) {
            CycleRecord row;
            try {
                row = CellStates.row(rows, cycle);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(rows.get(0).sourceFile(), 0, CycleColumns.CYCLE, "--at "
                        + at.strip() + ": " + e.getMessage());
            }
            try {
                states.add(CellStates.of(rows, spec, cycle, given).get(0));
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(row.sourceFile(), row.sourceLine(), null, e.getMessage());
            }
        }
        return states;
    }

    /**
     * Checks every scenario against the model (long enough for the horizon and for the cycles to forecast, units
     * convertible) before any forecast.
     */
    private static void check(ScenarioFile file, ModelSpec spec, CellState cell, int cycles)
            throws DataFormatException {
        int horizon = spec.config().horizon();
        for (Scenario s : file.scenarios()) {
            try {
                ModelUnits.toModel(s, spec, cell.nominalAh(), cell.cellId());
            } catch (IllegalArgumentException e) {
                boolean tooShort = s.cycles() < horizon;
                throw new DataFormatException(file.file(), tooShort ? file.lastLine(s) : file.firstLine(s),
                        tooShort ? "future_cycle" : "current_unit", e.getMessage() + ".");
            }
            if (s.cycles() < cycles) {
                throw new DataFormatException(file.file(), file.lastLine(s), "future_cycle", "Scenario '" + s.name()
                        + "' covers " + s.cycles() + " cycles but --horizon asks for " + cycles + ": extend the"
                        + " scenario to at least " + cycles + " cycles.");
            }
        }
    }

    /** @return forecasts outside the training range, forecasts whose model has no envelope */
    private int[] forecast(TrainedModel model, List<CellState> states, ScenarioFile scenarios, OutputFiles files,
            int cycles) throws Exception {
        int[] counts = new int[2];
        if (cycles > model.spec().config().horizon()) {
            return rollout(model, states, scenarios, files, cycles);
        }
        // calls of whole chunks: the chunks are those of one call over all jobs, so are the results
        ForecastStream stream = new ForecastStream(new Forecaster(model, threads, Forecaster.DEFAULT_BATCH,
                bandPercent / 100), BLOCK / Forecaster.CHUNK);
        try (TableCsvWriter rows = new TableCsvWriter(files.writer(target),
                TrajectoryTable.columns(model.members() > 1));
                TableCsvWriter sums = summary == null ? null
                        : new TableCsvWriter(files.writer(summary), TrajectoryTable.SUMMARY_COLUMNS)) {
            for (int i = 0; i <= states.size(); i++) {
                List<Trajectory> done;
                try {
                    done = i < states.size()
                            ? stream.add(ForecastJob.grid(List.of(states.get(i)), scenarios.scenarios()), Progress.NONE)
                            : stream.finish(Progress.NONE);
                } catch (IllegalArgumentException e) {
                    String m = e.getMessage();
                    throw new IllegalArgumentException((m.startsWith("Scenario") ? scenarios.file()
                            : cellData.toString()) + ": " + m, e);
                }
                for (Trajectory t : done) {
                    write(t.firstSteps(cycles), rows, sums, counts);
                }
            }
        }
        return counts;
    }

    /** Forecasts beyond the model's horizon, {@value #BLOCK} or more jobs (whole cells) per rollout call. */
    private int[] rollout(TrainedModel model, List<CellState> states, ScenarioFile scenarios, OutputFiles files,
            int cycles) throws Exception {
        int[] counts = new int[2];
        Rollout rollout = new Rollout(model, threads, Forecaster.DEFAULT_BATCH, bandPercent / 100);
        try (TableCsvWriter rows = new TableCsvWriter(files.writer(target),
                TrajectoryTable.columns(model.members() > 1));
                TableCsvWriter sums = summary == null ? null
                        : new TableCsvWriter(files.writer(summary), TrajectoryTable.SUMMARY_COLUMNS)) {
            List<ForecastJob> block = new ArrayList<>();
            for (int i = 0; i < states.size(); i++) {
                block.addAll(ForecastJob.grid(List.of(states.get(i)), scenarios.scenarios()));
                if (block.size() >= BLOCK || i == states.size() - 1) {
                    for (Trajectory t : rollout.forecast(block, cycles, Progress.NONE)) {
                        write(t, rows, sums, counts);
                    }
                    block.clear();
                }
            }
        }
        return counts;
    }

    private void write(Trajectory t, TableCsvWriter rows, TableCsvWriter sums, int[] counts) throws IOException {
        for (Object[] row : TrajectoryTable.rows(t)) {
            rows.write(row);
        }
        if (sums != null) {
            for (double threshold : thresholds) {
                sums.write(TrajectoryTable.summary(t, threshold));
            }
        }
        Applicability.Status status = t.applicability().status();
        counts[0] += status == Applicability.Status.OUTSIDE ? 1 : 0;
        counts[1] += status == Applicability.Status.UNKNOWN ? 1 : 0;
    }
}
