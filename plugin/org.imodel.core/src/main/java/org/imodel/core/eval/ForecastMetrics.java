package org.imodel.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forecast errors of capacity trajectories (Ah): pooled over all windows and horizon steps, as the paper reports
 * them, plus the reference implementation's batch averages (the unweighted mean of per-batch values over batches
 * of 32 windows in test order, NaN values left out as numpy's nanmean does).
 *
 * @param windows number of windows
 * @param points number of (window, step) points with a finite prediction and target
 * @param pooledRmse sqrt(mean e^2) over all points
 * @param pooledMae mean |e|
 * @param pooledMape 100 mean(|e| / |target|) (targets with |target| below 1e-8 are left out)
 * @param batchRmse mean over batches of sqrt(nanmean(e^2))
 * @param batchMape mean over batches of 100 nanmean(|e| / |target|)
 */
public record ForecastMetrics(int windows, long points, double pooledRmse, double pooledMae, double pooledMape,
        double batchRmse, double batchMape) {

    /** Batch size of the reference's test loop. */
    public static final int REFERENCE_BATCH = 32;

    /**
     * @param predictions one trajectory per window
     * @param targets the true trajectories, same shape
     * @return the metrics
     */
    public static ForecastMetrics of(float[][] predictions, float[][] targets) {
        return of(doubles(predictions), doubles(targets));
    }

    /**
     * @param predictions one trajectory per window (windows may differ in length)
     * @param targets the true trajectories, same shape; NaN where unknown
     * @return the metrics
     */
    public static ForecastMetrics of(double[][] predictions, double[][] targets) {
        ErrorSums all = new ErrorSums();
        double batchRmse = 0;
        double batchMape = 0;
        int batches = 0;
        for (int start = 0; start < predictions.length; start += REFERENCE_BATCH) {
            ErrorSums batch = new ErrorSums();
            for (int w = start; w < Math.min(predictions.length, start + REFERENCE_BATCH); w++) {
                for (int t = 0; t < predictions[w].length; t++) {
                    all.add(predictions[w][t], targets[w][t]);
                    batch.add(predictions[w][t], targets[w][t]);
                }
            }
            batchRmse += batch.rmse();
            batchMape += batch.mape();
            batches++;
        }
        return new ForecastMetrics(predictions.length, all.points(), all.rmse(), all.mae(), all.mape(),
                batches == 0 ? Double.NaN : batchRmse / batches, batches == 0 ? Double.NaN : batchMape / batches);
    }

    private static double[][] doubles(float[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = new double[values[i].length];
            for (int t = 0; t < values[i].length; t++) {
                out[i][t] = values[i][t];
            }
        }
        return out;
    }

    /** @return the metrics under the keys of {@code imodel evaluate}'s metrics.json, in a stable order */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("windows", windows);
        m.put("pooled_rmse", pooledRmse);
        m.put("pooled_mape", pooledMape);
        m.put("pooled_mae", pooledMae);
        m.put("batch_rmse", batchRmse);
        m.put("batch_mape", batchMape);
        return m;
    }

    /**
     * @param cells cell id of each window
     * @param predictions trajectories
     * @param targets true trajectories
     * @return pooled metrics per cell, in order of first appearance
     */
    public static Map<String, ForecastMetrics> perCell(List<String> cells, float[][] predictions, float[][] targets) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.computeIfAbsent(cells.get(i), c -> new ArrayList<>()).add(i);
        }
        Map<String, ForecastMetrics> out = new LinkedHashMap<>();
        rows.forEach((cell, idx) -> {
            float[][] p = new float[idx.size()][];
            float[][] t = new float[idx.size()][];
            for (int i = 0; i < idx.size(); i++) {
                p[i] = predictions[idx.get(i)];
                t[i] = targets[idx.get(i)];
            }
            out.put(cell, of(p, t));
        });
        return out;
    }
}
