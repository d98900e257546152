package org.imodel.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;

/**
 * Scores forecasts of any method (iMODEL windows, ensembles, baselines, long trajectories) against their true
 * values: pooled RMSE / MAE / MAPE and the reference's batch-of-32 averages per cell and over all cells (forecasts
 * in input order, {@link ForecastMetrics}), errors per horizon step, band coverage and width, and the error of the
 * SOH threshold crossing cycle. Every method is scored on its own forecasts, in order of first appearance.
 */
public final class ForecastScorer {

    /** SOH thresholds used when none are given. */
    public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.8, 0.7);

    private ForecastScorer() {
    }

    /**
     * @param forecasts the forecasts, in table order
     * @param thresholds SOH thresholds (fractions in (0, 1]) for crossing cycles
     * @param progress cancellation
     * @return the scores
     * @throws CancelledException when cancelled
     */
    public static Scores score(List<ScoredForecast> forecasts, List<Double> thresholds, Progress progress)
            throws CancelledException {
        for (double t : thresholds) {
            if (!(t > 0 && t <= 1)) {
                throw new IllegalArgumentException("SOH threshold " + t + " is not a fraction above 0 and at most 1"
                        + " (0.8 = 80 %). Correct the threshold.");
            }
        }
        Map<String, List<ScoredForecast>> byMethod = new LinkedHashMap<>();
        forecasts.forEach(f -> byMethod.computeIfAbsent(f.method(), m -> new ArrayList<>()).add(f));
        List<Scores.Cell> cells = new ArrayList<>();
        List<Scores.Step> steps = new ArrayList<>();
        List<Scores.Crossing> crossings = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<ScoredForecast>> e : byMethod.entrySet()) {
            progress.checkCancelled();
            progress.report(done++ / (double) byMethod.size(), "Scoring " + e.getKey());
            Map<String, List<ScoredForecast>> byCell = new LinkedHashMap<>();
            e.getValue().forEach(f -> byCell.computeIfAbsent(f.cellId(), c -> new ArrayList<>()).add(f));
            byCell.forEach((cell, fs) -> cells.add(cell(e.getKey(), cell, fs)));
            cells.add(cell(e.getKey(), Scores.ALL_CELLS, e.getValue()));
            steps.addAll(steps(e.getKey(), e.getValue()));
            for (double t : thresholds) {
                byCell.forEach((cell, fs) -> crossings.add(crossing(e.getKey(), cell, t, fs)));
                crossings.add(crossing(e.getKey(), Scores.ALL_CELLS, t, e.getValue()));
            }
        }
        progress.report(1, "Scored " + forecasts.size() + " forecasts");
        return new Scores(cells, steps, crossings);
    }

    private static Scores.Cell cell(String method, String cellId, List<ScoredForecast> fs) {
        double[][] p = new double[fs.size()][];
        double[][] t = new double[fs.size()][];
        ErrorSums sums = new ErrorSums();
        BandSums band = new BandSums();
        long all = 0;
        boolean banded = false;
        for (int i = 0; i < p.length; i++) {
            ScoredForecast f = fs.get(i);
            p[i] = f.predicted();
            t[i] = f.target();
            banded |= f.hasBand();
            for (int k = 0; k < f.steps(); k++) {
                all++;
                sums.add(f.predicted()[k], f.target()[k]);
                if (f.hasBand()) {
                    band.add(f.low()[k], f.high()[k], f.target()[k]);
                }
            }
        }
        return new Scores.Cell(method, cellId, ForecastMetrics.of(p, t), all - sums.points(), sums.bias(),
                banded ? band.result() : null);
    }

    private static List<Scores.Step> steps(String method, List<ScoredForecast> fs) {
        int longest = fs.stream().mapToInt(ScoredForecast::steps).max().orElse(0);
        List<Scores.Step> out = new ArrayList<>(longest);
        boolean banded = fs.stream().anyMatch(ScoredForecast::hasBand);
        for (int k = 0; k < longest; k++) {
            ErrorSums sums = new ErrorSums();
            BandSums band = new BandSums();
            for (ScoredForecast f : fs) {
                if (k < f.steps()) {
                    sums.add(f.predicted()[k], f.target()[k]);
                    if (f.hasBand()) {
                        band.add(f.low()[k], f.high()[k], f.target()[k]);
                    }
                }
            }
            out.add(new Scores.Step(method, k + 1, sums.points(), sums.rmse(), sums.mae(), sums.mape(), sums.bias(),
                    banded ? band.result() : null));
        }
        return out;
    }

    private static Scores.Crossing crossing(String method, String cellId, double threshold,
            List<ScoredForecast> fs) {
        int eligible = 0;
        int below = 0;
        int both = 0;
        int forecastBeyond = 0;
        int trueBeyond = 0;
        int neither = 0;
        double abs = 0;
        double signed = 0;
        for (ScoredForecast f : fs) {
            double first = f.target()[0] / f.nominalAh();
            if (Double.isNaN(first)) {
                continue;
            }
            if (first <= threshold) {
                below++;
                continue;
            }
            eligible++;
            int kt = first(f.target(), f.nominalAh(), threshold);
            int kp = first(f.predicted(), f.nominalAh(), threshold);
            if (kt >= 0 && kp >= 0) {
                both++;
                double e = f.cycles()[kp] - f.cycles()[kt];
                abs += Math.abs(e);
                signed += e;
            } else if (kt >= 0) {
                forecastBeyond++;
            } else if (kp >= 0) {
                trueBeyond++;
            } else {
                neither++;
            }
        }
        return new Scores.Crossing(method, cellId, threshold, eligible, below, both,
                both == 0 ? Double.NaN : abs / both, both == 0 ? Double.NaN : signed / both, forecastBeyond,
                trueBeyond, neither);
    }

    /** @return the first step whose value / nominal is at or below the threshold (NaN values skipped), or -1 */
    private static int first(double[] capacity, double nominal, double threshold) {
        for (int k = 0; k < capacity.length; k++) {
            if (capacity[k] / nominal <= threshold) {
                return k;
            }
        }
        return -1;
    }
}
