package org.imodel.core.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.artifact.ModelFile;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.BandMetrics;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ForecastTable;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.forecast.PredictionInput;
import org.imodel.core.io.JsonReport;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.TrainedModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code imodel evaluate}: forecasts of a model on named cells (windows in the order the cells are listed) and their
 * errors as JSON: windows, pooled_rmse, pooled_mape, pooled_mae, batch_rmse, batch_mape (the reference's test()
 * replay over batches of 32), members, and for an ensemble band_level, coverage (share of true values inside the band)
 * and band_width (its mean width, Ah), null for a single model; per_cell the same per cell; optionally the window
 * forecasts themselves ({@code --forecasts}, the Predictor's forecast table). Cells the model cannot use (no relaxation trace for a model that needs
 * one, too short for one window, a missing or non-positive capacity) are refused with a one-line error.
 */
@Command(name = "evaluate", description = "Forecasts of a model on named cells and their errors as JSON: pooled"
        + " RMSE/MAE/MAPE, the reference's batch-of-32 averages, per cell too.")
final class EvaluateCommand extends CliCommand {

    @Option(names = "--model", required = true, paramLabel = "m.imodel", description = "A model written by imodel"
            + " train or import-reference.")
    Path modelFile;

    @Mixin
    DataOptions data;

    @Option(names = "--cells", required = true, split = ",", hideParamSyntax = true, paramLabel = "a,b,..", description = "Cells to evaluate,"
            + " in this order.")
    List<String> cellList;

    @Option(names = "--out", required = true, paramLabel = "metrics.json", description = "The metrics file to write.")
    Path target;

    @Option(names = "--forecasts", paramLabel = "windows.csv", description = "Also write the forecasts: one row per"
            + " window with its predicted and true capacities (and band), the Predictor's forecast table, which imodel"
            + " score reads (default: none).")
    Path forecastsFile;

    @Option(names = "--band", paramLabel = "%", description = "Central coverage of an ensemble's band in percent"
            + " (default 90: the members' 5-95 %% quantiles, scaled as calibrated).")
    double bandPercent = 100 * EnsembleBand.DEFAULT_LEVEL;

    @Override
    void execute(PrintWriter out) throws Exception {
        List<String> cells = DataOptions.cells(cellList);
        if (cells.isEmpty()) {
            throw usage("--cells needs at least one cell id, e.g. CY25-1_1-#1,CY25-1_1-#2");
        }
        try {
            EnsembleBand.checkLevel(bandPercent / 100);
        } catch (IllegalArgumentException e) {
            throw usage("--band: " + e.getMessage());
        }
        requireModelFile(modelFile);
        requireExisting(List.of(data.data));
        try (OutputFiles files = new OutputFiles(List.of(modelFile, data.data))) {
            files.file(target);
            if (forecastsFile != null) {
                files.file(forecastsFile);
            }
            long start = System.nanoTime();
            try (TrainedModel model = TrainedModel.load(ModelFile.read(modelFile))) {
                List<CycleRecord> rows = CliData.read(data.data, cells);
                PredictionInput.requireTargets(rows);
                List<Forecast> forecasts = ImodelPredictor.predict(model, rows, bandPercent / 100, Progress.NONE);
                ForecastMetrics all = ImodelPredictor.metrics(forecasts);
                if (!Double.isFinite(all.pooledRmse())) {
                    throw new IllegalArgumentException("No window of the cells " + cells + " gives a forecast that"
                            + " can be scored: every window has a missing feature (e.g. no relaxation trace or curve)"
                            + " or target. Check the cells' rows in the QC table of imodel read.");
                }
                Map<String, ForecastMetrics> perCell = perCell(forecasts);
                Map<String, Object> json = new LinkedHashMap<>(all.asMap());
                BandMetrics band = band(forecasts);
                json.putAll(bandMap(model, band));
                Map<String, Object> cellsJson = new LinkedHashMap<>();
                perCell.forEach((cell, m) -> {
                    Map<String, Object> c = new LinkedHashMap<>(m.asMap());
                    c.putAll(bandMap(model, band(forecasts.stream().filter(f -> f.cellId().equals(cell)).toList())));
                    cellsJson.put(cell, c);
                });
                json.put("per_cell", cellsJson);
                try (Writer w = files.writer(target)) {
                    w.write(JsonReport.toJson(json));
                }
                if (forecastsFile != null) {
                    CsvOutputs.write(files, forecastsFile, ForecastTable.forecastColumns(band != null),
                            forecasts.stream().map(ForecastTable::values).toList());
                }
                files.commit();
                out.printf(Locale.ROOT, "%d windows of %d cells: pooled RMSE %.6f Ah, MAPE %.4f %%, MAE %.6f Ah;"
                        + " batch-32 RMSE %.6f Ah, MAPE %.4f %% (%.1f s) -> %s%n", all.windows(), perCell.size(),
                        all.pooledRmse(), all.pooledMape(), all.pooledMae(), all.batchRmse(), all.batchMape(),
                        (System.nanoTime() - start) / 1e9, target);
                if (band != null) {
                    out.printf(Locale.ROOT, "ensemble of %d: the %s %% band covers %.1f %% of the true values, mean"
                            + " width %.6f Ah%n", model.members(), percent(bandPercent),
                            100 * band.coverage(), band.bandWidth());
                }
            }
        }
    }

    /** @return a percentage as written, without a trailing ".0" */
    static String percent(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** @return the band's coverage and width, or null for a single model's forecasts */
    private static BandMetrics band(List<Forecast> forecasts) {
        return forecasts.isEmpty() || !forecasts.get(0).hasBand() ? null : ImodelPredictor.bandMetrics(forecasts);
    }

    /**
     * @return members, band level, coverage (0..1) and mean band width (Ah); the last three null for a single model
     */
    private Map<String, Object> bandMap(TrainedModel model, BandMetrics band) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("members", model.members());
        m.put("band_level", band == null ? null : bandPercent / 100);
        m.put("coverage", band == null ? null : band.coverage());
        m.put("band_width", band == null ? null : band.bandWidth());
        return m;
    }

    private static Map<String, ForecastMetrics> perCell(List<Forecast> forecasts) {
        List<String> ids = new ArrayList<>();
        float[][] p = new float[forecasts.size()][];
        float[][] t = new float[forecasts.size()][];
        for (int i = 0; i < p.length; i++) {
            ids.add(forecasts.get(i).cellId());
            p[i] = forecasts.get(i).predictions();
            t[i] = forecasts.get(i).targets();
        }
        return ForecastMetrics.perCell(ids, p, t);
    }
}
