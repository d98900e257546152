package org.imodel.core.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.baseline.BaselineForecast;
import org.imodel.core.baseline.BaselineMethod;
import org.imodel.core.baseline.BaselineResult;
import org.imodel.core.baseline.BaselineSettings;
import org.imodel.core.baseline.BaselineTables;
import org.imodel.core.baseline.Baselines;
import org.imodel.core.baseline.CellScore;
import org.imodel.core.baseline.MlpBaseline;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.io.JsonReport;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code imodel baseline}: the paper's history baselines on named cells (or all cells of the data). Writes the
 * per-cell errors (cell_id, dataset, rows, windows, mape_pct, rmse_ah, note; too-short cells listed with their
 * reason), and optionally a metrics JSON and the forecast windows in the Predictor's column names.
 */
@Command(name = "baseline", description = "The paper's history baselines (polynomial: cubic fit of the cell's own"
        + " previous 50 capacities; mlp: an MLP on the previous 10, trained on training cells): per-cell MAPE and RMSE,"
        + " optionally the metrics as JSON and every forecast window.")
final class BaselineCommand extends CliCommand {

    @Option(names = "--method", required = true, paramLabel = "polynomial|mlp", description = "The baseline:"
            + " polynomial (cubic fit of the previous capacities) or mlp (MLP on the previous capacities, trained on"
            + " --train-cells).")
    String method;

    @Mixin
    DataOptions data;

    @Option(names = "--cells", split = ",", hideParamSyntax = true, paramLabel = "a,b,..", description = "Cells to"
            + " forecast, in this order (polynomial default: every cell of the data; mlp: the test cells, required)."
            + " An id shared by several datasets (UL-NCA, UL-NCM and UL-NCMNCA all have CY25-05_1-#1) is written as"
            + " dataset/cell id.")
    List<String> cellList;

    @Option(names = "--train-cells", split = ",", hideParamSyntax = true, paramLabel = "a,b,..", description = "mlp:"
            + " cells to train on, e.g. the iMODEL training cells of the condition.")
    List<String> trainCells;

    @Option(names = "--val-cells", split = ",", hideParamSyntax = true, paramLabel = "c,..", description = "mlp:"
            + " cells that choose the kept epoch and halve the rate on a plateau.")
    List<String> valCells;

    @Option(names = "--training-data", paramLabel = "<folder|file>", description = "mlp: per-cycle files holding"
            + " the --train-cells and --val-cells, when they are not in --data (an id then names a cell of these"
            + " files, even where --data has a cell of the same id; default: --data).")
    Path trainingData;

    @Option(names = "--epochs", paramLabel = "N", description = "mlp: training epochs (published: "
            + MlpBaseline.DEFAULT_EPOCHS + ").")
    int epochs = MlpBaseline.DEFAULT_EPOCHS;

    @Option(names = "--seed", paramLabel = "S", description = "mlp: seed of the initialisation, dropout and batch"
            + " order (published: " + MlpBaseline.DEFAULT_SEED + ").")
    long seed = MlpBaseline.DEFAULT_SEED;

    @Option(names = "--history", paramLabel = "H", description = "Capacities read before each forecast (default:"
            + " the method's published value: polynomial 50, mlp 10).")
    Integer history;

    @Option(names = "--horizon", paramLabel = "P", description = "Capacities predicted per window (default: the"
            + " method's published value: polynomial 50, mlp 100).")
    Integer horizon;

    @Option(names = "--out", required = true, paramLabel = "per-cell.csv", description = "The per-cell table to"
            + " write.")
    Path target;

    @Option(names = "--metrics", paramLabel = "m.json", description = "Also write the metrics as JSON (default:"
            + " none).")
    Path metrics;

    @Option(names = "--forecasts", paramLabel = "f.csv", description = "Also write every forecast window (default:"
            + " none).")
    Path forecasts;

    @Override
    void execute(PrintWriter out) throws Exception {
        BaselineSettings settings = settings();
        List<Path> inputs = trainingData == null ? List.of(data.data) : List.of(data.data, trainingData);
        requireExisting(inputs);
        try (OutputFiles files = new OutputFiles(inputs)) {
            files.file(target);
            if (metrics != null) {
                files.file(metrics);
            }
            if (forecasts != null) {
                files.file(forecasts);
            }
            long start = System.nanoTime();
            List<CycleRecord> rows = new ArrayList<>();
            new DatasetReader(ReadOptions.DEFAULTS).read(data.data, new QcReport(), rows::add, Progress.NONE);
            List<CycleRecord> trainingRows = null;
            if (trainingData != null && settings.method() == BaselineMethod.MLP) {
                trainingRows = new ArrayList<>();
                new DatasetReader(ReadOptions.DEFAULTS).read(trainingData, new QcReport(), trainingRows::add,
                        Progress.NONE);
            }
            long read = System.nanoTime();
            BaselineResult result = Baselines.run(rows, trainingRows, settings, Progress.NONE);
            long computed = System.nanoTime();
            CsvOutputs.write(files, target, BaselineTables.CELL_COLUMNS, BaselineTables.cellRows(result));
            if (metrics != null) {
                try (Writer w = files.writer(metrics)) {
                    w.write(JsonReport.toJson(json(result, settings)));
                }
            }
            if (forecasts != null) {
                List<Object[]> windowRows = new ArrayList<>();
                for (BaselineForecast f : result.forecasts()) {
                    windowRows.add(BaselineTables.forecastRow(f));
                }
                CsvOutputs.write(files, forecasts, BaselineTables.FORECAST_COLUMNS, windowRows);
            }
            files.commit();
            print(out, result, new double[] {(read - start) / 1e9, (computed - read) / 1e9,
                (System.nanoTime() - computed) / 1e9});
        }
    }

    private BaselineSettings settings() {
        BaselineSettings s;
        try {
            BaselineSettings d = BaselineSettings.defaults(BaselineMethod.parse(method));
            s = d.withWindow(history == null ? d.history() : history, horizon == null ? d.horizon() : horizon)
                    .withCells(DataOptions.cells(cellList))
                    .withSplit(DataOptions.cells(trainCells), DataOptions.cells(valCells))
                    .withTraining(epochs, seed);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        boolean trained = s.method() == BaselineMethod.MLP;
        if (!trained && trainingData != null) {
            throw usage("--training-data is for --method mlp; the polynomial baseline needs no training");
        }
        if (!trained && !(s.trainingCells().isEmpty() && s.validationCells().isEmpty())) {
            throw usage("--train-cells and --val-cells are for --method mlp; the polynomial baseline fits each cell"
                    + " on its own");
        }
        if (trained && (s.trainingCells().isEmpty() || s.validationCells().isEmpty() || s.cells().isEmpty())) {
            throw usage("--method mlp needs --train-cells, --val-cells and --cells (the test cells), e.g. the iMODEL"
                    + " split of the condition");
        }
        return s;
    }

    private static Map<String, Object> json(BaselineResult r, BaselineSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", r.method());
        m.put("history", s.history());
        m.put("horizon", s.horizon());
        if (s.method() == BaselineMethod.MLP) {
            m.put("train_cells", s.trainingCells());
            m.put("val_cells", s.validationCells());
            m.put("epochs", s.epochs());
            m.put("seed", s.seed());
        }
        m.put("cells", r.scored().size());
        m.put("windows", r.forecasts().size());
        m.put("mean_mape_pct", r.meanMapePct());
        m.put("mean_rmse_ah", r.meanRmseAh());
        m.put("pooled_mape_pct", r.pooledMapePct());
        m.put("pooled_rmse_ah", r.pooledRmseAh());
        Map<String, Object> skipped = new LinkedHashMap<>();
        Map<String, Object> perCell = new LinkedHashMap<>();
        for (CellScore c : r.cells()) {
            if (!c.scored()) {
                skipped.put(c.cellId(), c.note());
                continue;
            }
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("dataset", c.dataset());
            cell.put("rows", c.rows());
            cell.put("windows", c.windows());
            cell.put("mape_pct", c.mapePct());
            cell.put("rmse_ah", c.rmseAh());
            perCell.put(c.cellId(), cell);
        }
        m.put("skipped", skipped);
        m.put("per_cell", perCell);
        return m;
    }

    /** Prints the summary, the seconds spent reading, computing and writing, and the skipped cells. */
    private void print(PrintWriter out, BaselineResult r, double[] seconds) {
        out.printf(Locale.ROOT, "%s baseline: %d windows of %d cell(s), mean per-cell MAPE %.4f %%, RMSE %.6f Ah;"
                + " pooled MAPE %.4f %%, RMSE %.6f Ah (read %.2f s, %s %.2f s, written %.2f s) -> %s%n", r.method(),
                r.forecasts().size(), r.scored().size(), r.meanMapePct(), r.meanRmseAh(), r.pooledMapePct(),
                r.pooledRmseAh(), seconds[0], r.method(), seconds[1], seconds[2], target);
        List<CellScore> skipped = r.skipped();
        if (!skipped.isEmpty()) {
            out.printf(Locale.ROOT, "  skipped %d cell(s) too short for one window (see the note column): %s%n",
                    skipped.size(), String.join(", ", skipped.stream().map(c -> c.cellId() + " (" + c.rows()
                            + " rows)").toList()));
        }
    }
}
