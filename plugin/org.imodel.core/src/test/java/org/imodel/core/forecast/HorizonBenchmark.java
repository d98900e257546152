package org.imodel.core.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.imodel.core.artifact.Ensemble;
import org.imodel.core.artifact.ModelFile;
import org.imodel.core.baseline.PolynomialBaseline;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.features.FeatureExtractor;
import org.imodel.core.features.StandardScaler;
import org.imodel.core.features.StartRule;
import org.imodel.core.features.Window;
import org.imodel.core.features.WindowBuilder;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.rollout.AnalogueMover;
import org.imodel.core.rollout.RolloutFit;
import org.imodel.core.rollout.RolloutMap;
import org.imodel.core.scenario.ModelUnits;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.training.TrainedModel;

/**
 * Test-scope tool (not a unit test: it reads real cells and needs trained models): error against horizon of the
 * rollout beyond P, against direct models trained at longer horizons and the polynomial baseline (cubic fit of the
 * cell's own previous 50 capacities against the absolute row index, centred and scaled, solved by QR: the baseline
 * package's {@link PolynomialBaseline}). The base model's own rollout map is used (one is fitted here on its
 * training cells, as training does, for a model saved without one or with {@code -Dimodel.refit=true}); direct
 * models with a map are rolled out beyond their own horizon too. For an ensemble base it also prints the band's
 * coverage and width per block of P cycles. {@code -Dimodel.analogue=k[,k..]} adds the experiment of an analogue
 * rollout ({@link AnalogueMover}: the state moved by its k nearest training pairs; with
 * {@code -Dimodel.analogue.prototypes=n} by its k nearest of n k-means prototypes of them). Every method is scored on the same starts: rows from 50 (the baseline's
 * history) on, every {@code stride}
 * rows, as long as the cell has {@code max} rows left; the scenario is the cell's true future use. Prints Markdown.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cli-classpath.txt) \
 *   org.imodel.core.forecast.HorizonBenchmark data-folder base.imodel train-cells val-cells test-cells max stride \
 *   [direct.imodel ...]</pre>
 * A validation list of "-" fits the map without validation cells (default ridge penalty), for when the validation
 * cells are the cells scored.
 */
public final class HorizonBenchmark {

    private static final int HISTORY = 50;
    /** System property: fit the base model's rollout map here even when it has one. */
    private static final String REFIT = "imodel.refit";

    private HorizonBenchmark() {
    }

    /**
     * @param args see the class comment (cell lists comma-separated)
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<String> train = List.of(args[2].split(","));
        List<String> validation = args[3].equals("-") ? List.of() : List.of(args[3].split(","));
        List<String> test = List.of(args[4].split(","));
        int max = Integer.parseInt(args[5]);
        int stride = Integer.parseInt(args[6]);
        Set<String> wanted = new HashSet<>(train);
        wanted.addAll(validation);
        wanted.addAll(test);
        Map<String, List<CycleRecord>> cells = new LinkedHashMap<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(folder, new QcReport(), r -> {
            if (wanted.contains(r.cellId())) {
                cells.computeIfAbsent(r.cellId(), k -> new ArrayList<>()).add(r);
            }
        }, Progress.NONE);
        Map<String, float[][]> methods = new LinkedHashMap<>();
        List<float[]> truth = new ArrayList<>();
        long fitStart = System.nanoTime();
        try (TrainedModel bare = TrainedModel.load(ModelFile.read(Path.of(args[1])));
                TrainedModel base = withRollout(bare, cells, train, validation)) {
            double fitSeconds = (System.nanoTime() - fitStart) / 1e9;
            ModelSpec spec = base.spec();
            int p = spec.config().horizon();
            RolloutMap map = spec.rollout();
            System.out.printf(Locale.ROOT, "rollout map: %d training pairs, ridge %.0e, validation error %.3f"
                    + " (standardized), %s%n", map.pairs(), map.ridge(), map.validationError(),
                    bare.spec().rollout() != null && !Boolean.getBoolean(REFIT) ? "the model's own (fitted at training)"
                    : String.format(Locale.ROOT, "fitted here in %.1f s", fitSeconds));
            FeatureExtractor extractor = new FeatureExtractor(spec.features());
            List<ForecastJob> jobs = new ArrayList<>();
            List<float[]> polynomial = new ArrayList<>();
            PolynomialBaseline baseline = new PolynomialBaseline(HISTORY, max);
            List<List<ForecastJob>> oracle = new ArrayList<>();
            int skipped = 0;
            for (String id : test) {
                List<CycleRecord> rows = cells.get(id);
                for (int r = HISTORY; r + max <= rows.size(); r += stride) {
                    Scenario use = scenario(spec, rows.subList(r, r + max));
                    List<ForecastJob> measured = new ArrayList<>();
                    try {
                        for (int from = 0; from < max; from += p) {
                            measured.add(new ForecastJob(CellStates.state(extractor, spec, rows.get(r + from),
                                    rows.get(0).dischargeCapacity()), Rollout.slice(use, from, p)));
                        }
                    } catch (IllegalArgumentException e) {
                        skipped++;
                        continue;
                    }
                    oracle.add(measured);
                    jobs.add(new ForecastJob(measured.get(0).cell(), use));
                    float[] y = new float[max];
                    for (int k = 0; k < max; k++) {
                        y[k] = (float) rows.get(r + k).dischargeCapacity();
                    }
                    truth.add(y);
                    polynomial.add(cubic(baseline, rows, r));
                }
            }
            long t0 = System.nanoTime();
            List<Trajectory> rolled = new Rollout(base, 1, 256).forecast(jobs, max, Progress.NONE);
            methods.put("rollout P=" + p, capacities(rolled));
            double rolloutSeconds = (System.nanoTime() - t0) / 1e9;
            methods.put("chained on measured states (oracle)", chainedOnMeasured(base, oracle, max));
            for (String k : System.getProperty("imodel.analogue", "").split(",")) {
                if (!k.isBlank()) {
                    WindowBuilder builder = new WindowBuilder(p, spec.features(), StartRule.valueOf(spec.windowRule()));
                    AnalogueMover mover = AnalogueMover.fit(base.network(), StandardScaler.of(spec.scalerMean(),
                            spec.scalerScale()), map, windows(builder, cells, train), Integer.parseInt(k.strip()));
                    methods.put("analogue rollout k=" + k.strip(), analogue(base, mover, jobs, max));
                }
            }
            for (int i = 7; i < args.length; i++) {
                try (TrainedModel direct = TrainedModel.load(ModelFile.read(Path.of(args[i])))) {
                    int q = direct.spec().config().horizon();
                    // beyond its own horizon a direct model is rolled out with its own map, when it has one
                    int n = direct.spec().rollout() == null ? Math.min(q, max) : max;
                    methods.put("direct P=" + q + " (" + direct.spec().provenance().epochs() + " epochs)"
                            + (n > q ? ", rolled out beyond " + q : ""),
                            capacities(new Rollout(direct, 1, 256).forecast(jobs, n, Progress.NONE)));
                }
            }
            if (base.members() > 1) {
                bands(base, rolled, jobs, truth, max);
            }
            methods.put("polynomial (cubic, 50 previous)", polynomial.toArray(float[][]::new));
            System.out.printf(Locale.ROOT, "%d starts on %d cell(s) (every %d rows; %d left out: a NaN feature at"
                    + " the start or P, 2P, ... rows later), rollout to %d cycles: %.2f s%n", jobs.size(), test.size(),
                    stride, skipped, max, rolloutSeconds);
            table(methods, truth, p, max);
        }
    }

    /**
     * The ensemble's band per block of P cycles on the scored starts: coverage of the measured capacities and mean
     * width, as calibrated beyond P (the model's growth factors) and with the first block's scale throughout.
     */
    private static void bands(TrainedModel base, List<Trajectory> rolled, List<ForecastJob> jobs, List<float[]> truth,
            int max) throws Exception {
        ModelSpec spec = base.spec();
        Ensemble e = spec.ensemble();
        List<Trajectory> flat = withGrowth(base, new double[0], jobs, max);
        double[] monotone = e.rolloutGrowth().clone();
        for (int b = 1; b < monotone.length; b++) {
            monotone[b] = Math.max(monotone[b], monotone[b - 1]);
        }
        List<Trajectory> rising = withGrowth(base, monotone, jobs, max);
        int p = spec.config().horizon();
        System.out.printf(Locale.ROOT, "%d members, %s calibration, spread scale %.3f, growth beyond P %s%n",
                e.members(), e.calibration().label(), e.spreadScale(), Arrays.toString(e.rolloutGrowth()));
        System.out.println("| block (steps) | coverage, calibrated beyond P | width mAh | coverage, first block's scale"
                + " | width mAh | coverage, growth made non-decreasing | width mAh |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int from = 0; from < max; from += p) {
            int to = Math.min(max, from + p);
            System.out.printf(Locale.ROOT, "| %d..%d | %s | %s | %s |%n", from, to - 1,
                    coverage(rolled, truth, from, to), coverage(flat, truth, from, to),
                    coverage(rising, truth, from, to));
        }
    }

    /** The ensemble's rollout with other growth factors beyond P. */
    private static List<Trajectory> withGrowth(TrainedModel base, double[] growth, List<ForecastJob> jobs, int max)
            throws Exception {
        ModelSpec spec = base.spec();
        try (TrainedModel other = TrainedModel.load(new ModelFile(spec.withEnsemble(spec.provenance(),
                spec.ensemble().withRolloutGrowth(growth)), base.toFile().members()))) {
            return new Rollout(other, 1, 256).forecast(jobs, max, Progress.NONE);
        }
    }

    private static String coverage(List<Trajectory> forecasts, List<float[]> truth, int from, int to) {
        long inside = 0;
        long count = 0;
        double width = 0;
        for (int i = 0; i < forecasts.size(); i++) {
            Trajectory t = forecasts.get(i);
            for (int k = from; k < to; k++) {
                float y = truth.get(i)[k];
                inside += y >= t.bandLowAh()[k] && y <= t.bandHighAh()[k] ? 1 : 0;
                width += t.bandHighAh()[k] - t.bandLowAh()[k];
                count++;
            }
        }
        return String.format(Locale.ROOT, "%.1f %% | %.1f", 100.0 * inside / count, 1000 * width / count);
    }

    /**
     * The model with a rollout map: its own (fitted at training) or, for a model saved without one, one fitted on
     * its training (and validation) cells, as training does.
     */
    private static TrainedModel withRollout(TrainedModel bare, Map<String, List<CycleRecord>> cells,
            List<String> train, List<String> validation) throws Exception {
        ModelSpec spec = bare.spec();
        if (spec.rollout() != null && !Boolean.getBoolean(REFIT)) {
            return TrainedModel.load(bare.toFile());
        }
        WindowBuilder builder = new WindowBuilder(spec.config().horizon(), spec.features(),
                StartRule.valueOf(spec.windowRule()));
        RolloutMap map = RolloutFit.fit(bare.network(), StandardScaler.of(spec.scalerMean(), spec.scalerScale()),
                windows(builder, cells, train), windows(builder, cells, validation));
        return TrainedModel.load(new ModelFile(spec.withRollout(map), bare.toFile().parameters()));
    }

    private static List<Window> windows(WindowBuilder builder, Map<String, List<CycleRecord>> cells,
            List<String> ids) {
        List<CycleRecord> rows = new ArrayList<>();
        for (String id : ids) {
            rows.addAll(cells.get(id));
        }
        List<Window> out = new ArrayList<>();
        for (Window w : builder.build(rows).windows()) {
            if (finite(w.features()) && finite(w.ci()) && finite(w.targetCapacity())) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean finite(double[] v) {
        return Arrays.stream(v).allMatch(Double::isFinite);
    }

    /** The rows' own use as a scenario: amperes as stored, or UL charge codes turned back into C-rates. */
    private static Scenario scenario(ModelSpec spec, List<CycleRecord> rows) {
        int n = rows.size();
        double[] c = new double[n];
        double[] d = new double[n];
        double[] t = new double[n];
        boolean code = spec.scenarioUnits().get(0).equals("C-code");
        for (int k = 0; k < n; k++) {
            CycleRecord r = rows.get(k);
            c[k] = code ? rateOfCode(r.chargeCurrent()) : r.chargeCurrent();
            d[k] = r.dischargeCurrent();
            t[k] = r.temperature();
        }
        return Scenario.explicit("true use", code ? ScenarioUnit.C_RATE : ScenarioUnit.AMPERE, c, d, t);
    }

    private static double rateOfCode(double code) {
        for (double[] pair : new double[][] {{0.5, 0.5}, {2.5, 0.25}, {0.1, 1}, {0.2, 2}}) {
            if (Math.abs(code - pair[0]) < 1e-9) {
                return pair[1];
            }
        }
        throw new IllegalArgumentException("unknown UL charge code " + code);
    }

    /**
     * The paper's polynomial baseline (cubic fit of rows r-50..r-1 against the row index), extrapolated over the
     * baseline's horizon from row r on.
     */
    static float[] cubic(PolynomialBaseline baseline, List<CycleRecord> rows, int r) {
        double[] capacity = new double[HISTORY];
        for (int i = 0; i < HISTORY; i++) {
            capacity[i] = rows.get(r - HISTORY + i).dischargeCapacity();
        }
        double[] predicted = baseline.predict(capacity, 0);
        float[] out = new float[predicted.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) predicted[k];
        }
        return out;
    }

    /** Windows chained on states moved by the analogue mover (experiment; a single network). */
    private static float[][] analogue(TrainedModel model, AnalogueMover mover, List<ForecastJob> jobs, int max)
            throws Exception {
        ModelSpec spec = model.spec();
        int p = spec.config().horizon();
        Forecaster forecaster = new Forecaster(model, 1, 256);
        float[][] out = new float[jobs.size()][max];
        List<CellState> states = new ArrayList<>();
        jobs.forEach(j -> states.add(j.cell()));
        for (int from = 0; from < max; from += p) {
            List<ForecastJob> step = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                step.add(new ForecastJob(states.get(i), Rollout.slice(jobs.get(i).scenario(), from, p)));
            }
            List<Trajectory> done = forecaster.forecast(step, Progress.NONE);
            for (int i = 0; i < jobs.size(); i++) {
                float[] c = done.get(i).capacityAh();
                System.arraycopy(c, 0, out[i], from, Math.min(p, max - from));
                CellState s = states.get(i);
                float[][] use = ModelUnits.toModel(step.get(i).scenario(), spec, s.nominalAh(), s.cellId());
                double[][] moved = mover.next(s.ci(), s.features(), RolloutFit.means(use), c[c.length - 1] - c[0]);
                states.set(i, new CellState(s.cellId(), s.cycle() + p, moved[0], moved[1], Double.NaN,
                        s.nominalAh()));
            }
        }
        return out;
    }

    /** Windows chained on the cells' measured states every P rows: what a perfect rollout map would give. */
    private static float[][] chainedOnMeasured(TrainedModel model, List<List<ForecastJob>> oracle, int max)
            throws Exception {
        List<ForecastJob> all = new ArrayList<>();
        oracle.forEach(all::addAll);
        List<Trajectory> windows = new Forecaster(model, 1, 256).forecast(all, Progress.NONE);
        float[][] out = new float[oracle.size()][max];
        int w = 0;
        for (int i = 0; i < out.length; i++) {
            int from = 0;
            for (int k = 0; k < oracle.get(i).size(); k++) {
                float[] c = windows.get(w++).capacityAh();
                System.arraycopy(c, 0, out[i], from, Math.min(c.length, max - from));
                from += c.length;
            }
        }
        return out;
    }

    private static float[][] capacities(List<Trajectory> trajectories) {
        float[][] out = new float[trajectories.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = trajectories.get(i).capacityAh();
        }
        return out;
    }

    /** Pooled MAPE and RMSE over steps [0, N) for N = P, 2P, ... and over each block [N-P, N). */
    private static void table(Map<String, float[][]> methods, List<float[]> truth, int p, int max) {
        StringBuilder head = new StringBuilder("| horizon N (steps) |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String m : methods.keySet()) {
            head.append(' ').append(m).append(" |");
            rule.append("---|");
        }
        System.out.println("pooled MAPE % / RMSE mAh over steps 0..N-1, then over the block N-P..N-1 only");
        System.out.println(head);
        System.out.println(rule);
        for (int n = p; n <= max; n += p) {
            for (boolean block : n == p ? new boolean[] {false} : new boolean[] {false, true}) {
                StringBuilder line = new StringBuilder("| " + (block ? (n - p) + ".." + (n - 1) : "0.." + (n - 1))
                        + " |");
                for (float[][] forecast : methods.values()) {
                    line.append(' ').append(score(forecast, truth, block ? n - p : 0, n)).append(" |");
                }
                System.out.println(line);
            }
        }
    }

    private static String score(float[][] forecast, List<float[]> truth, int from, int to) {
        double ape = 0;
        double se = 0;
        long count = 0;
        for (int i = 0; i < forecast.length; i++) {
            if (forecast[i].length < to) {
                return "–";
            }
            for (int k = from; k < to; k++) {
                double y = truth.get(i)[k];
                double e = forecast[i][k] - y;
                ape += Math.abs(e) / y;
                se += e * e;
                count++;
            }
        }
        return String.format(Locale.ROOT, "%.3f / %.1f", 100 * ape / count, 1000 * Math.sqrt(se / count));
    }
}
