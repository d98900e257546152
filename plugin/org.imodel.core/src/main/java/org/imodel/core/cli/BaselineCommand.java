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
        + " previous capacities): per-cell MAPE and RMSE, optionally the metrics as JSON and every forecast window.")
final class BaselineCommand extends CliCommand {

    @Option(names = "--method", required = true, paramLabel = "polynomial", description = "The baseline.")
    String method;

    @Mixin
    DataOptions data;

    @Option(names = "--cells", split = ",", hideParamSyntax = true, paramLabel = "a,b,..", description = "Cells to"
            + " forecast, in this order (default: every cell of the data). An id shared by several datasets (UL-NCA,"
            + " UL-NCM and UL-NCMNCA all have CY25-05_1-#1) is written as dataset/cell id.")
    List<String> cellList;

    @Option(names = "--history", paramLabel = "H", description = "Capacities read before each forecast (default:"
            + " the method's published value, polynomial 50).")
    Integer history;

    @Option(names = "--horizon", paramLabel = "P", description = "Capacities predicted per window (default: the"
            + " method's published value, polynomial 50).")
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
        requireExisting(List.of(data.data));
        try (OutputFiles files = new OutputFiles(List.of(data.data))) {
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
            BaselineResult result = Baselines.run(rows, settings, Progress.NONE);
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
            print(out, result, (System.nanoTime() - start) / 1e9);
        }
    }

    private BaselineSettings settings() {
        try {
            BaselineSettings d = BaselineSettings.defaults(BaselineMethod.parse(method));
            return d.withWindow(history == null ? d.history() : history, horizon == null ? d.horizon() : horizon)
                    .withCells(DataOptions.cells(cellList));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private static Map<String, Object> json(BaselineResult r, BaselineSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", r.method());
        m.put("history", s.history());
        m.put("horizon", s.horizon());
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

    private void print(PrintWriter out, BaselineResult r, double seconds) {
        out.printf(Locale.ROOT, "%s baseline: %d windows of %d cell(s), mean per-cell MAPE %.4f %%, RMSE %.6f Ah;"
                + " pooled MAPE %.4f %%, RMSE %.6f Ah (%.1f s) -> %s%n", r.method(), r.forecasts().size(),
                r.scored().size(), r.meanMapePct(), r.meanRmseAh(), r.pooledMapePct(), r.pooledRmseAh(), seconds,
                target);
        List<CellScore> skipped = r.skipped();
        if (!skipped.isEmpty()) {
            out.printf(Locale.ROOT, "  skipped %d cell(s): %s%n", skipped.size(),
                    String.join("; ", skipped.stream().map(c -> c.cellId() + " " + c.note()).toList()));
        }
    }
}
