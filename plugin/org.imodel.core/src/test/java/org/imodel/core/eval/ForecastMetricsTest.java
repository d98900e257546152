package org.imodel.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ForecastMetricsTest {

    @Test
    void pooledAndBatchMetrics() {
        float[][] target = new float[33][];
        float[][] pred = new float[33][];
        for (int w = 0; w < 33; w++) {
            target[w] = new float[] {2f, 4f};
            pred[w] = w < 32 ? new float[] {2.1f, 4f} : new float[] {Float.NaN, 3f};
        }
        ForecastMetrics m = ForecastMetrics.of(pred, target);
        assertEquals(33, m.windows());
        assertEquals(65, m.points(), "NaN prediction left out");
        double e01 = (double) 2.1f - 2;
        assertEquals(Math.sqrt((32 * e01 * e01 + 1) / 65), m.pooledRmse(), 1e-12);
        assertEquals((32 * e01 + 1) / 65, m.pooledMae(), 1e-12);
        assertEquals(100 * (32 * e01 / 2 + 0.25) / 65, m.pooledMape(), 1e-9);
        double batch1 = Math.sqrt(32 * e01 * e01 / 64);
        assertEquals((batch1 + 1) / 2, m.batchRmse(), 1e-12, "last partial batch counts as much as a full one");
        assertEquals((100 * e01 / 2 / 2 + 25) / 2, m.batchMape(), 1e-9);
        assertEquals(List.of("windows", "pooled_rmse", "pooled_mape", "pooled_mae", "batch_rmse", "batch_mape"),
                List.copyOf(m.asMap().keySet()));
    }

    @Test
    void perCellGroupsWindows() {
        Map<String, ForecastMetrics> byCell = ForecastMetrics.perCell(List.of("a", "b", "a"),
                new float[][] {{1f}, {2f}, {3f}}, new float[][] {{1f}, {1f}, {3f}});
        assertEquals(List.of("a", "b"), List.copyOf(byCell.keySet()));
        assertEquals(0.0, byCell.get("a").pooledRmse());
        assertEquals(1.0, byCell.get("b").pooledMae(), 1e-12);
    }
}
