package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintStream;
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

import org.imodel.core.artifact.ModelFile;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.Json;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.TrainedModel;

/**
 * {@code imodel evaluate}: forecasts of a model on named cells (windows in the order the cells are listed) and their
 * errors as JSON: windows, pooled_rmse, pooled_mape, pooled_mae, batch_rmse, batch_mape (the reference's test()
 * replay over batches of 32) and per_cell.
 */
final class EvaluateCommand {

    static final String USAGE = "imodel evaluate --model m.imodel --data <folder|file> --cells a,b,.."
            + " --out metrics.json";

    private EvaluateCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Args.UsageException, IOException,
            DataFormatException, CancelledException {
        Args args = new Args(argv, Set.of());
        Path modelFile = Paths.get(args.required("model"));
        Path data = Paths.get(args.required("data"));
        List<String> cells = CliData.cells(args.required("cells"), "cells");
        Path target = Paths.get(args.required("out"));
        args.rejectUnknown();
        if (!Files.isRegularFile(modelFile)) {
            throw new IOException(modelFile + " does not exist or is not a file. Choose a model written by imodel"
                    + " train or import-reference.");
        }
        long start = System.nanoTime();
        try (TrainedModel model = TrainedModel.load(ModelFile.read(modelFile))) {
            List<CycleRecord> rows = CliData.read(data, cells);
            List<Forecast> forecasts = ImodelPredictor.predict(model, rows, Progress.NONE);
            if (forecasts.isEmpty()) {
                throw new IllegalArgumentException("The cells " + cells + " give no complete window of "
                        + model.spec().config().horizon() + " cycles; nothing to evaluate");
            }
            ForecastMetrics all = ImodelPredictor.metrics(forecasts);
            List<String> ids = new ArrayList<>();
            float[][] p = new float[forecasts.size()][];
            float[][] t = new float[forecasts.size()][];
            for (int i = 0; i < p.length; i++) {
                ids.add(forecasts.get(i).cellId());
                p[i] = forecasts.get(i).predictions();
                t[i] = forecasts.get(i).targets();
            }
            Map<String, ForecastMetrics> perCell = ForecastMetrics.perCell(ids, p, t);
            Map<String, Object> json = new LinkedHashMap<>(all.asMap());
            Map<String, Object> cellsJson = new LinkedHashMap<>();
            perCell.forEach((cell, m) -> cellsJson.put(cell, m.asMap()));
            json.put("per_cell", cellsJson);
            Files.writeString(target, Json.write(json), StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "%d windows of %d cells: pooled RMSE %.6f Ah, MAPE %.4f %%, MAE %.6f Ah;"
                    + " batch-32 RMSE %.6f Ah, MAPE %.4f %% (%.1f s) -> %s%n", all.windows(), perCell.size(),
                    all.pooledRmse(), all.pooledMape(), all.pooledMae(), all.batchRmse(), all.batchMape(),
                    (System.nanoTime() - start) / 1e9, target);
        }
    }
}
