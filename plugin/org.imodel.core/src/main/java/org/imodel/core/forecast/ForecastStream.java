package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;

/**
 * Forecasts jobs that arrive a few at a time (cell by cell from a streamed table) in exactly the chunks of
 * {@value Forecaster#CHUNK} that one {@link Forecaster#forecast} call over all of them would use, so the results are
 * identical to that call: jobs wait until whole chunks are pending, are then forecast together, and the
 * trajectories come back in job order. At most a few chunks per thread are held in memory.
 */
public final class ForecastStream {

    private final Forecaster forecaster;
    private final int jobsPerCall;
    private final List<ForecastJob> pending = new ArrayList<>();

    /**
     * @param forecaster the forecaster
     * @param chunksPerCall chunks to collect before forecasting them together (e.g. 4 per thread), at least 1
     */
    public ForecastStream(Forecaster forecaster, int chunksPerCall) {
        this.forecaster = forecaster;
        if (chunksPerCall < 1) {
            throw new IllegalArgumentException("chunksPerCall must be at least 1; got " + chunksPerCall);
        }
        this.jobsPerCall = Math.multiplyExact(chunksPerCall, Forecaster.CHUNK);
    }

    /**
     * @param jobs the next jobs
     * @param progress cancellation (and progress of each forecasting call)
     * @return the trajectories completed by this call (of earlier jobs too), in job order; often empty
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException as {@link Forecaster#forecast}
     */
    public List<Trajectory> add(List<ForecastJob> jobs, Progress progress) throws CancelledException {
        pending.addAll(jobs);
        if (pending.size() < jobsPerCall) {
            return List.of();
        }
        int whole = pending.size() / Forecaster.CHUNK * Forecaster.CHUNK;
        List<ForecastJob> now = pending.subList(0, whole);
        List<Trajectory> out = forecaster.forecast(new ArrayList<>(now), progress);
        now.clear();
        return out;
    }

    /**
     * @param progress cancellation (and progress)
     * @return the trajectories of all jobs still pending, in job order
     * @throws CancelledException when cancelled
     */
    public List<Trajectory> finish(Progress progress) throws CancelledException {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<Trajectory> out = forecaster.forecast(new ArrayList<>(pending), progress);
        pending.clear();
        return out;
    }
}
