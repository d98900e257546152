package org.imodel.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.progress.Progress;
import org.junit.jupiter.api.Test;

/** The scorer's numbers against hand computations on a few small forecasts. */
class ScoreEngineTest {

    private static final double NAN = Double.NaN;

    /**
     * Cell a (nominal 1 Ah): A from cycle 10, B from cycle 11 (its last target unknown); cell b (nominal 2 Ah): C from
     * cycle 1 and D from cycle 5, which starts below both thresholds. Errors: A 0, -0.05, 0.1; B 0, 0.15; C 0, -0.3;
     * D 0.
     */
    static List<ScoredForecast> forecasts() {
        return List.of(
                new ScoredForecast("m", "a", new int[] {10, 11, 12}, new double[] {1.0, 0.9, 0.8},
                        new double[] {1.0, 0.95, 0.7}, new double[] {0.9, 0.8, 0.7}, new double[] {1.1, 1.0, 0.75}, 1),
                new ScoredForecast("m", "a", new int[] {11, 12, 13}, new double[] {0.95, 0.85, 0.76},
                        new double[] {0.95, 0.7, NAN}, new double[] {0.9, 0.8, 0.7}, new double[] {1.0, 0.9, 0.8}, 1),
                new ScoredForecast("m", "b", new int[] {1, 2}, new double[] {2.0, 1.5}, new double[] {2.0, 1.8},
                        new double[] {1.9, 1.4}, new double[] {2.1, 1.9}, 2),
                new ScoredForecast("m", "b", new int[] {5}, new double[] {1.3}, new double[] {1.3},
                        new double[] {1.2}, new double[] {1.4}, 2));
    }

    @Test
    void pooledErrorsPerCellAndOverAllCells() throws Exception {
        Scores s = ForecastScorer.score(forecasts(), List.of(0.8, 0.7), Progress.NONE);
        assertEquals(List.of("a", "b", Scores.ALL_CELLS), s.cells().stream().map(Scores.Cell::cellId).toList());
        Scores.Cell a = s.cells().get(0);
        assertEquals(2, a.metrics().windows());
        assertEquals(5, a.metrics().points());
        assertEquals(1, a.unscored());
        assertEquals(Math.sqrt((0.05 * 0.05 + 0.1 * 0.1 + 0.15 * 0.15) / 5), a.metrics().pooledRmse(), 1e-12);
        assertEquals((0.05 + 0.1 + 0.15) / 5, a.metrics().pooledMae(), 1e-12);
        assertEquals(100 * (0.05 / 0.95 + 0.1 / 0.7 + 0.15 / 0.7) / 5, a.metrics().pooledMape(), 1e-9);
        assertEquals((-0.05 + 0.1 + 0.15) / 5, a.bias(), 1e-12);
        Scores.Cell all = s.cells().get(2);
        assertEquals(4, all.metrics().windows());
        assertEquals(8, all.metrics().points());
        assertEquals(Math.sqrt((0.05 * 0.05 + 0.1 * 0.1 + 0.15 * 0.15 + 0.3 * 0.3) / 8), all.metrics().pooledRmse(),
                1e-12);
        assertEquals(100 * (0.05 / 0.95 + 0.1 / 0.7 + 0.15 / 0.7 + 0.3 / 1.8) / 8, all.metrics().pooledMape(), 1e-9);
        assertEquals(all.metrics().pooledRmse(), all.metrics().batchRmse(), 1e-12, "one batch: pooled = batch");
    }

    @Test
    void bandCoverageAndWidth() throws Exception {
        Scores s = ForecastScorer.score(forecasts(), List.of(0.8), Progress.NONE);
        BandMetrics a = s.cells().get(0).band();
        assertEquals(5, a.points());
        assertEquals(4 / 5.0, a.coverage(), 1e-12, "B's 0.7 Ah lies below [0.8, 0.9]; 0.7 in [0.7, 0.75] counts");
        assertEquals((0.2 + 0.2 + 0.05 + 0.1 + 0.1) / 5, a.bandWidth(), 1e-12);
        BandMetrics b = s.cells().get(1).band();
        assertEquals(3, b.points());
        assertEquals(1.0, b.coverage(), 1e-12);
        assertEquals((0.2 + 0.5 + 0.2) / 3, b.bandWidth(), 1e-12);
    }

    @Test
    void errorPerHorizonStep() throws Exception {
        List<Scores.Step> steps = ForecastScorer.score(forecasts(), List.of(), Progress.NONE).steps();
        assertEquals(List.of(1, 2, 3), steps.stream().map(Scores.Step::step).toList());
        assertEquals(4, steps.get(0).points());
        assertEquals(0.0, steps.get(0).rmse(), 0);
        Scores.Step two = steps.get(1);
        assertEquals(3, two.points());
        assertEquals(Math.sqrt((0.05 * 0.05 + 0.15 * 0.15 + 0.3 * 0.3) / 3), two.rmse(), 1e-12);
        assertEquals((0.05 + 0.15 + 0.3) / 3, two.mae(), 1e-12);
        assertEquals((-0.05 + 0.15 - 0.3) / 3, two.bias(), 1e-12);
        assertEquals(100 * (0.05 / 0.95 + 0.15 / 0.7 + 0.3 / 1.8) / 3, two.mape(), 1e-9);
        assertEquals(1, steps.get(2).points(), "B's third target is unknown");
        assertEquals(0.1, steps.get(2).rmse(), 1e-12);
        assertEquals(2 / 3.0, two.band().coverage(), 1e-12);
    }

    @Test
    void crossingCyclesWithBeyondCountedExplicitly() throws Exception {
        List<Scores.Crossing> c = ForecastScorer.score(forecasts(), List.of(0.8, 0.7), Progress.NONE).crossings();
        assertEquals(6, c.size(), "cells a, b, all cells for each threshold");
        Scores.Crossing a80 = c.get(0);
        assertEquals(0.8, a80.threshold());
        assertEquals(2, a80.forecasts());
        assertEquals(2, a80.bothCross(), "A: both at cycle 12; B: truth 12, forecast 13");
        assertEquals(0.5, a80.meanAbsError(), 1e-12);
        assertEquals(0.5, a80.meanError(), 1e-12);
        Scores.Crossing b80 = c.get(1);
        assertEquals(1, b80.forecasts());
        assertEquals(1, b80.alreadyBelow(), "D starts at SOH 0.65");
        assertEquals(1, b80.trueBeyond(), "C: forecast SOH 0.75 at cycle 2, true 0.9");
        assertTrue(Double.isNaN(b80.meanAbsError()));
        Scores.Crossing a70 = c.get(3);
        assertEquals(0.7, a70.threshold());
        assertEquals(2, a70.forecastBeyond(), "the truth reaches 0.7, the forecasts stay above (0.8, 0.76)");
        Scores.Crossing all70 = c.get(5);
        assertEquals(Scores.ALL_CELLS, all70.cellId());
        assertEquals(3, all70.forecasts());
        assertEquals(2, all70.forecastBeyond());
        assertEquals(1, all70.neitherCross());
        assertEquals(1, all70.alreadyBelow());
    }

    @Test
    void batchOf32AveragesCountTheLastPartialBatchFully() throws Exception {
        List<ScoredForecast> fs = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            double target = i < 32 ? 1 : 2;
            double error = i < 32 ? 0.1 : 0.5;
            fs.add(new ScoredForecast("m", "c" + (i % 3), new int[] {i}, new double[] {target + error},
                    new double[] {target}, null, null, NAN));
        }
        Scores.Cell all = ForecastScorer.score(fs, List.of(0.8), Progress.NONE).cells().get(3);
        assertEquals(Scores.ALL_CELLS, all.cellId());
        assertEquals((0.1 + 0.5) / 2, all.metrics().batchRmse(), 1e-12);
        assertEquals((10 + 25) / 2.0, all.metrics().batchMape(), 1e-9);
        assertEquals(Math.sqrt((32 * 0.01 + 0.25) / 33), all.metrics().pooledRmse(), 1e-12);
        assertNull(all.band(), "no band columns, no band figures");
    }

    @Test
    void methodsAreScoredSeparately() throws Exception {
        List<ScoredForecast> fs = new ArrayList<>(forecasts());
        fs.add(new ScoredForecast("other", "a", new int[] {10, 11}, new double[] {1.1, 1.0},
                new double[] {1.0, 1.0}, null, null, 1));
        Scores s = ForecastScorer.score(fs, List.of(0.8), Progress.NONE);
        assertEquals(List.of("m", "m", "m", "other", "other"), s.cells().stream().map(Scores.Cell::method).toList());
        Scores.Cell other = s.cells().get(4);
        assertEquals(Math.sqrt(0.01 / 2), other.metrics().pooledRmse(), 1e-12);
        assertEquals(5, s.steps().size(), "3 steps of m, 2 of other");
    }

    @Test
    void thresholdsOutsideZeroToOneAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ForecastScorer.score(forecasts(), List.of(80.0), Progress.NONE));
        assertTrue(e.getMessage().contains("80.0 is not a fraction"), e.getMessage());
    }

    @Test
    void tablesHaveOneValuePerColumn() throws Exception {
        Scores s = ForecastScorer.score(forecasts(), List.of(0.8, 0.7), Progress.NONE);
        ScoreTables.cellRows(s).forEach(r -> assertEquals(ScoreTables.CELL_COLUMNS.size(), r.length));
        ScoreTables.stepRows(s).forEach(r -> assertEquals(ScoreTables.STEP_COLUMNS.size(), r.length));
        ScoreTables.crossingRows(s).forEach(r -> assertEquals(ScoreTables.CROSSING_COLUMNS.size(), r.length));
        assertEquals(List.of("forecasts", "points", "unscored_points", "pooled_rmse", "pooled_mae", "pooled_mape",
                "bias", "batch_rmse", "batch_mape", "band_points", "band_coverage", "band_width", "crossing",
                "per_cell", "per_step"), List.copyOf(((java.util.Map<?, ?>) ScoreTables.json(s).get("m")).keySet()));
    }
}
