package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.djl.DjlRuntime;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.features.StandardScaler;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.model.ImodelPrediction;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Joins;
import org.imodel.core.progress.Progress;
import org.imodel.core.scenario.ModelUnits;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.training.TrainedModel;

import ai.djl.ndarray.NDManager;

/**
 * Forecasts cells under scenarios with a trained model, on N worker threads.
 *
 * <p>The jobs are cut into chunks of {@value #CHUNK}; workers take chunks in turn, each in its own NDManager scope and
 * with one PyTorch intra-op thread (the engine's default, see {@link DjlRuntime}), and write their results in job
 * order. A chunk's content and its batches never depend on the number of threads, so the results are identical for
 * any thread count. Cancellation is checked every {@value #POLL_MILLIS} ms while the workers run; they stop after
 * their current chunk (a few tens of milliseconds).
 */
public final class Forecaster {

    /** Forecasts per chunk (the unit of work of a thread). */
    public static final int CHUNK = 256;

    /** Windows per engine call by default: the batch at which the network runs fastest per forecast. */
    public static final int DEFAULT_BATCH = 256;

    static final long POLL_MILLIS = 100;

    private final TrainedModel model;
    private final int threads;
    private final int batchSize;
    private final double bandLevel;

    /**
     * @param model the model (not closed here)
     * @param threads worker threads, at least 1
     * @param batchSize forecasts per engine call, 1 .. {@value #CHUNK}
     */
    public Forecaster(TrainedModel model, int threads, int batchSize) {
        this(model, threads, batchSize, EnsembleBand.DEFAULT_LEVEL);
    }

    /**
     * @param model the model (not closed here); an ensemble's trajectories are its members' mean with a band
     * @param threads worker threads, at least 1
     * @param batchSize forecasts per engine call, 1 .. {@value #CHUNK}
     * @param bandLevel central coverage of an ensemble's band, e.g. 0.9 for the 5-95 % quantiles
     */
    public Forecaster(TrainedModel model, int threads, int batchSize, double bandLevel) {
        EnsembleBand.checkLevel(bandLevel);
        this.bandLevel = bandLevel;
        this.model = Objects.requireNonNull(model, "model");
        if (threads < 1) {
            throw new IllegalArgumentException("The number of threads must be at least 1; got " + threads);
        }
        if (batchSize < 1 || batchSize > CHUNK) {
            throw new IllegalArgumentException("The batch size must be between 1 and " + CHUNK + "; got " + batchSize);
        }
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /**
     * @param jobs cells and scenarios
     * @param progress progress and cancellation
     * @return one trajectory per job, in job order
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException when a scenario is shorter than the horizon or cannot be converted to the
     *         model's units (naming scenario and cell), or a cell state does not fit the model
     */
    public List<Trajectory> forecast(List<ForecastJob> jobs, Progress progress) throws CancelledException {
        Progress p = progress == null ? Progress.NONE : progress;
        ModelSpec spec = model.spec();
        Inputs inputs = prepare(jobs, spec);
        int chunks = (jobs.size() + CHUNK - 1) / CHUNK;
        float[][][] predictions = new float[model.members()][jobs.size()][];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, Math.max(1, chunks)); w++) {
            Thread t = new Thread(() -> work(inputs, predictions, next, done, chunks, stop, failure),
                    "imodel-forecast-" + (w + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        try {
            waitFor(workers, p, done, chunks, stop);
        } finally {
            stop.set(true);
            if (Joins.joinAll(workers)) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        List<Trajectory> out = new ArrayList<>(jobs.size());
        float[][] members = new float[model.members()][];
        for (int i = 0; i < jobs.size(); i++) {
            CellState c = jobs.get(i).cell();
            Applicability applicability = inputs.applicability[i];
            String scenario = jobs.get(i).scenario().name();
            if (members.length == 1) {
                out.add(new Trajectory(c.cellId(), scenario, c.cycle(), predictions[0][i], c.nominalAh(),
                        applicability));
                continue;
            }
            for (int m = 0; m < members.length; m++) {
                members[m] = predictions[m][i];
            }
            EnsembleBand band = EnsembleBand.of(members, bandLevel, spec.ensemble().spreadScale());
            out.add(new Trajectory(c.cellId(), scenario, c.cycle(), band.mean(), c.nominalAh(), applicability,
                    band.low(), band.high()));
        }
        p.report(1, "Forecast " + jobs.size() + " trajectories");
        return out;
    }

    private void work(Inputs in, float[][][] predictions, AtomicInteger next, AtomicInteger done, int chunks,
            AtomicBoolean stop, AtomicReference<RuntimeException> failure) {
        List<ImodelNetwork> networks = model.networks();
        try (NDManager scope = DjlRuntime.newManager()) {
            int chunk;
            while (!stop.get() && (chunk = next.getAndIncrement()) < chunks) {
                int from = chunk * CHUNK;
                int to = Math.min(in.ci.length, from + CHUNK);
                float[][] ci = new float[to - from][];
                float[][] f = new float[to - from][];
                float[][][] s = new float[to - from][][];
                System.arraycopy(in.ci, from, ci, 0, to - from);
                System.arraycopy(in.features, from, f, 0, to - from);
                System.arraycopy(in.scenario, from, s, 0, to - from);
                for (int m = 0; m < networks.size(); m++) {
                    ImodelPrediction out = networks.get(m).predict(scope, ci, f, s, batchSize);
                    System.arraycopy(out.predictions(), 0, predictions[m], from, to - from);
                }
                done.incrementAndGet();
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            stop.set(true);
        }
    }

    private static void waitFor(List<Thread> workers, Progress p, AtomicInteger done, int chunks, AtomicBoolean stop)
            throws CancelledException {
        for (Thread t : workers) {
            while (t.isAlive()) {
                try {
                    t.join(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.set(true);
                    throw new CancelledException("Forecasting was interrupted");
                }
                p.report(done.get() / (double) Math.max(1, chunks), "Forecasting: " + Math.min(chunks, done.get())
                        * CHUNK + " trajectories done");
                p.checkCancelled();
            }
        }
    }

    /** The network inputs and the applicability per job: shared arrays per cell and per scenario where possible. */
    private static final class Inputs {
        final float[][] ci;
        final float[][] features;
        final float[][][] scenario;
        final Applicability[] applicability;

        Inputs(int n) {
            ci = new float[n][];
            features = new float[n][];
            scenario = new float[n][][];
            applicability = new Applicability[n];
        }
    }

    /**
     * Converts each cell and each scenario once (a scenario in C-rate once per nominal capacity), and checks the
     * training envelope once per cell and once per scenario: a sweep of many scenarios over many cells costs little
     * more than its network passes.
     */
    private static Inputs prepare(List<ForecastJob> jobs, ModelSpec spec) {
        int l = spec.config().curveLength();
        int f = spec.config().features();
        StandardScaler scaler = StandardScaler.of(spec.scalerMean(), spec.scalerScale());
        boolean envelope = spec.envelope() != null;
        Map<CellState, float[][]> cells = new IdentityHashMap<>();
        Map<CellState, List<String>> cellReasons = new IdentityHashMap<>();
        Map<Scenario, Map<Double, float[][]>> scenarios = new IdentityHashMap<>();
        Map<float[][], List<String>> scenarioReasons = new IdentityHashMap<>();
        Map<List<String>, Map<List<String>, Applicability>> verdicts = new IdentityHashMap<>();
        Inputs in = new Inputs(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            CellState c = jobs.get(i).cell();
            Scenario s = jobs.get(i).scenario();
            float[][] cell = cells.computeIfAbsent(c, k -> cellInputs(k, l, f, scaler));
            in.ci[i] = cell[0];
            in.features[i] = cell[1];
            double nominal = ModelUnits.needsNominal(s, spec) ? c.nominalAh() : Double.NaN;
            Map<Double, float[][]> byNominal = scenarios.computeIfAbsent(s, k -> new HashMap<>());
            float[][] converted = byNominal.get(nominal);
            if (converted == null) {
                converted = ModelUnits.toModel(s, spec, nominal, c.cellId());
                byNominal.put(nominal, converted);
            }
            in.scenario[i] = converted;
            if (!envelope) {
                in.applicability[i] = Applicability.UNKNOWN;
                continue;
            }
            List<String> byCell = cellReasons.computeIfAbsent(c, k -> shared(Applicability.featureReasons(spec,
                    k.features())));
            List<String> byScenario = scenarioReasons.computeIfAbsent(converted, k -> shared(
                    Applicability.scenarioReasons(spec, k)));
            in.applicability[i] = verdicts.computeIfAbsent(byCell, k -> new IdentityHashMap<>())
                    .computeIfAbsent(byScenario, k -> Applicability.combine(byCell, k));
        }
        return in;
    }

    /** @return the one empty list for "no reason", so that all cells inside the envelope share their verdicts */
    private static List<String> shared(List<String> reasons) {
        return reasons.isEmpty() ? List.of() : reasons;
    }

    private static float[][] cellInputs(CellState c, int l, int f, StandardScaler scaler) {
        if (c.ci().length != l || c.features().length != f) {
            throw new IllegalArgumentException("Cell " + c.cellId() + ": its state has a curve of " + c.ci().length
                    + " points and " + c.features().length + " features, the model takes " + l + " and " + f
                    + ". Compute the cell's features with the model's feature settings.");
        }
        float[] ci = new float[l];
        for (int j = 0; j < l; j++) {
            ci[j] = (float) c.ci()[j];
        }
        return new float[][] {ci, scaler.transformToFloat(c.features())};
    }
}
