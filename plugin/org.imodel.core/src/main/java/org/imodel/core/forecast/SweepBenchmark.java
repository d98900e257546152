package org.imodel.core.forecast;

import java.util.List;

import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioGrid;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.training.TrainedModel;

/**
 * Speed of scenario forecasting: every cell state under every scenario of a 3 &times; 3 &times; 3 grid (charge
 * 0.25/0.5/1C, discharge 1/2/4C, 25/35/45 &deg;C) at the model's horizon, at batch {@value Forecaster#DEFAULT_BATCH},
 * with 1 and with 2 worker threads. Each figure is the best of {@value #RUNS} timed sweeps after one untimed sweep.
 */
public final class SweepBenchmark {

    /** Timed sweeps per thread count. */
    static final int RUNS = 2;

    /**
     * @param forecasts forecasts per sweep
     * @param sweepSeconds wall time of the whole sweep with 2 threads (inputs prepared inside the timing)
     * @param perSecond1t forecasts per second with 1 thread
     * @param perSecond2t forecasts per second with 2 threads
     */
    public record Result(int forecasts, double sweepSeconds, double perSecond1t, double perSecond2t) {
    }

    private SweepBenchmark() {
    }

    /**
     * @param model the model
     * @param cells cell states
     * @param progress progress and cancellation
     * @return the figures
     * @throws CancelledException when cancelled
     */
    public static Result run(TrainedModel model, List<CellState> cells, Progress progress) throws CancelledException {
        int horizon = model.spec().config().horizon();
        List<Scenario> scenarios = ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.25, 0.5, 1.0),
                List.of(1.0, 2.0, 4.0), List.of(25.0, 35.0, 45.0), horizon);
        List<ForecastJob> jobs = ForecastJob.grid(cells, scenarios);
        new Forecaster(model, 2, Forecaster.DEFAULT_BATCH).forecast(jobs, progress);
        double one = best(model, jobs, 1, progress);
        double two = best(model, jobs, 2, progress);
        return new Result(jobs.size(), two, jobs.size() / one, jobs.size() / two);
    }

    private static double best(TrainedModel model, List<ForecastJob> jobs, int threads, Progress progress)
            throws CancelledException {
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < RUNS; r++) {
            long start = System.nanoTime();
            new Forecaster(model, threads, Forecaster.DEFAULT_BATCH).forecast(jobs, progress);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
