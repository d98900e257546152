package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.artifact.Ensemble;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.rollout.RolloutFit;
import org.imodel.core.rollout.RolloutMap;
import org.imodel.core.scenario.ModelUnits;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.training.TrainedModel;

/**
 * Forecasts over any number N of cycles. Up to the model's horizon P it is the model's direct forecast (cut to N
 * steps). Beyond P it chains windows: forecast P cycles from the cell state under the scenario's first P cycles, move
 * the state P cycles on with the model's {@link RolloutMap} (given the use over those cycles and the capacity change
 * just forecast), forecast the next P cycles from it under the scenario's next P cycles, and so on.
 *
 * <p>An ensemble rolls each member out on its own (the model's one rollout map, each member's own forecasts and
 * states), then takes the members' mean and band as {@link Forecaster} does, block of P cycles by block: the
 * members drift apart beyond P, so the band widens with the distance, and where the model's band was calibrated
 * beyond P ({@link Ensemble#rolloutGrowth()}) each block's distance to the mean is scaled by the spread scale times
 * that block's growth.
 *
 * <p>Each window keeps the capacity level the model reads from the rolled-out state. Shifting later windows so that
 * they continue the previous one's last step and slope was tried and gave larger errors on UL-NCA CY45-05_1 and on
 * the LSD validation cells (README). The scenario must cover N cycles; where N is not a multiple of P, the last
 * window repeats the scenario's last cycle to fill its P steps.
 */
public final class Rollout {

    private final TrainedModel model;
    private final int threads;
    private final int batchSize;
    private final double bandLevel;

    /**
     * @param model the model (not closed here)
     * @param threads worker threads, at least 1
     * @param batchSize forecasts per engine call
     */
    public Rollout(TrainedModel model, int threads, int batchSize) {
        this(model, threads, batchSize, EnsembleBand.DEFAULT_LEVEL);
    }

    /**
     * @param model the model (not closed here)
     * @param threads worker threads, at least 1
     * @param batchSize forecasts per engine call
     * @param bandLevel central coverage of an ensemble's band, e.g. 0.9
     */
    public Rollout(TrainedModel model, int threads, int batchSize, double bandLevel) {
        new Forecaster(model, threads, batchSize, bandLevel); // checks the arguments as forecasting will
        this.model = model;
        this.threads = threads;
        this.batchSize = batchSize;
        this.bandLevel = bandLevel;
    }

    /**
     * @param spec a model's spec
     * @param horizon the number of cycles to forecast
     * @throws IllegalArgumentException when the number is below 1, or above the model's horizon for a model without a
     *         rollout map
     */
    public static void check(ModelSpec spec, int horizon) {
        check(spec.config().horizon(), spec.rollout() != null, horizon);
    }

    /**
     * @param p the model's horizon P
     * @param rolloutMap whether the model carries a rollout map
     * @param horizon the number of cycles to forecast
     * @throws IllegalArgumentException as {@link #check(ModelSpec, int)}
     */
    public static void check(int p, boolean rolloutMap, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("The forecast horizon must be at least 1 cycle; got " + horizon);
        }
        if (horizon > p && !rolloutMap) {
            throw new IllegalArgumentException("The model forecasts " + p + " cycles and carries no rollout map (it was"
                    + " written before rollout maps were fitted, or its training cells are shorter than about "
                    + 2 * p + " rows), so it cannot forecast " + horizon + " cycles. Choose a horizon of at most " + p
                    + ", or train the model again with this version.");
        }
    }

    /**
     * @param jobs cells and scenarios; for a horizon above P every scenario must cover the horizon
     * @param horizon N, the number of cycles to forecast (1 or more)
     * @param progress progress and cancellation
     * @return one trajectory of N steps per job, in job order
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException for a bad horizon ({@link #check}), a scenario shorter than the horizon (or
     *         than P), or as {@link Forecaster#forecast}
     */
    public List<Trajectory> forecast(List<ForecastJob> jobs, int horizon, Progress progress)
            throws CancelledException {
        Progress pr = progress == null ? Progress.NONE : progress;
        ModelSpec spec = model.spec();
        check(spec, horizon);
        int p = spec.config().horizon();
        if (horizon <= p) {
            List<Trajectory> direct = new Forecaster(model, threads, batchSize, bandLevel).forecast(jobs, pr);
            List<Trajectory> out = new ArrayList<>(direct.size());
            for (Trajectory t : direct) {
                out.add(t.firstSteps(horizon));
            }
            return out;
        }
        for (ForecastJob j : jobs) {
            if (j.scenario().cycles() < horizon) {
                throw new IllegalArgumentException("Scenario '" + j.scenario().name() + "' covers "
                        + j.scenario().cycles() + " cycles but the forecast runs " + horizon + " cycles: extend the"
                        + " scenario to at least " + horizon + " cycles");
            }
        }
        if (model.members() == 1) {
            return chain(model, jobs, horizon, pr);
        }
        List<List<Trajectory>> members = new ArrayList<>();
        for (int m = 0; m < model.members(); m++) {
            members.add(chain(model.member(m), jobs, horizon, pr.part(m / (double) model.members(),
                    (m + 1.0) / model.members())));
        }
        List<Trajectory> out = new ArrayList<>(jobs.size());
        float[][] each = new float[model.members()][];
        for (int i = 0; i < jobs.size(); i++) {
            for (int m = 0; m < each.length; m++) {
                each[m] = members.get(m).get(i).capacityAh();
            }
            EnsembleBand band = band(each, spec.ensemble(), p);
            Trajectory first = members.get(0).get(i);
            out.add(new Trajectory(first.cellId(), first.scenario(), first.startCycle(), band.mean(),
                    first.nominalAh(), first.applicability(), band.low(), band.high(), p));
        }
        return out;
    }

    /** The members' mean and band, block of P cycles by block, each with its own scale. */
    private EnsembleBand band(float[][] members, Ensemble ensemble, int p) {
        int n = members[0].length;
        float[] mean = new float[n];
        float[] low = new float[n];
        float[] high = new float[n];
        float[][] block = new float[members.length][];
        for (int from = 0; from < n; from += p) {
            int to = Math.min(n, from + p);
            for (int m = 0; m < members.length; m++) {
                block[m] = Arrays.copyOfRange(members[m], from, to);
            }
            EnsembleBand b = EnsembleBand.of(block, bandLevel, ensemble.spreadScale(from / p));
            System.arraycopy(b.mean(), 0, mean, from, to - from);
            System.arraycopy(b.low(), 0, low, from, to - from);
            System.arraycopy(b.high(), 0, high, from, to - from);
        }
        return new EnsembleBand(mean, low, high);
    }

    /** The chained windows of one network (a single model, or one member of an ensemble). */
    private List<Trajectory> chain(TrainedModel single, List<ForecastJob> jobs, int horizon, Progress pr)
            throws CancelledException {
        ModelSpec spec = single.spec();
        int p = spec.config().horizon();
        Forecaster forecaster = new Forecaster(single, threads, batchSize);
        int windows = (horizon + p - 1) / p;
        float[][] capacity = new float[jobs.size()][horizon];
        Applicability[] applicability = new Applicability[jobs.size()];
        List<CellState> states = new ArrayList<>();
        for (ForecastJob j : jobs) {
            states.add(j.cell());
        }
        for (int w = 0; w < windows; w++) {
            int from = w * p;
            Map<Scenario, Scenario> slices = new IdentityHashMap<>();
            List<ForecastJob> step = new ArrayList<>(jobs.size());
            for (int i = 0; i < jobs.size(); i++) {
                Scenario s = slices.computeIfAbsent(jobs.get(i).scenario(), k -> slice(k, from, p));
                step.add(new ForecastJob(states.get(i), s));
            }
            List<Trajectory> done = forecaster.forecast(step, pr.part(w / (double) windows, (w + 1.0) / windows));
            for (int i = 0; i < jobs.size(); i++) {
                Trajectory t = done.get(i);
                System.arraycopy(t.capacityAh(), 0, capacity[i], from, Math.min(p, horizon - from));
                applicability[i] = w == 0 ? t.applicability() : worse(applicability[i], t.applicability(),
                        t.startCycle());
                if (w + 1 < windows) {
                    states.set(i, next(spec, states.get(i), step.get(i).scenario(), t.capacityAh()));
                }
            }
        }
        List<Trajectory> out = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            CellState c = jobs.get(i).cell();
            out.add(new Trajectory(c.cellId(), jobs.get(i).scenario().name(), c.cycle(), capacity[i], c.nominalAh(),
                    applicability[i], null, null, p));
        }
        return out;
    }

    /** The cell state P cycles on, by the rollout map. */
    private static CellState next(ModelSpec spec, CellState state, Scenario window, float[] forecast) {
        float[][] use = ModelUnits.toModel(window, spec, state.nominalAh(), state.cellId());
        double[][] moved = spec.rollout().next(state.ci(), state.features(), RolloutFit.means(use),
                forecast[forecast.length - 1] - forecast[0]);
        return new CellState(state.cellId(), state.cycle() + forecast.length, moved[0], moved[1], Double.NaN,
                state.nominalAh());
    }

    /** The scenario's cycles {@code from .. from+P-1}, repeating its last cycle past its end. */
    static Scenario slice(Scenario s, int from, int p) {
        if (from == 0 && s.cycles() == p) {
            return s;
        }
        double[] c = new double[p];
        double[] d = new double[p];
        double[] t = new double[p];
        for (int k = 0; k < p; k++) {
            int at = Math.min(from + k, s.cycles() - 1);
            c[k] = s.charge(at);
            d[k] = s.discharge(at);
            t[k] = s.temperature(at);
        }
        return Scenario.explicit(s.name(), s.unit(), c, d, t);
    }

    /** The first verdict unless a later window's inputs leave the training range. */
    private static Applicability worse(Applicability first, Applicability later, int cycle) {
        if (first.status() != Applicability.Status.INSIDE || later.status() != Applicability.Status.OUTSIDE) {
            return first;
        }
        return new Applicability(Applicability.Status.OUTSIDE, "rolled-out state at cycle " + cycle + ": "
                + later.reason());
    }
}
