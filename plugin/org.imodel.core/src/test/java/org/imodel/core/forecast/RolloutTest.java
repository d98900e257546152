package org.imodel.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.artifact.ModelCard;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.features.FeatureExtractor;
import org.imodel.core.features.StandardScaler;
import org.imodel.core.features.Window;
import org.imodel.core.features.StartRule;
import org.imodel.core.features.WindowBuilder;
import org.imodel.core.progress.Progress;
import org.imodel.core.rollout.RolloutBandFit;
import org.imodel.core.rollout.RolloutFit;
import org.imodel.core.rollout.RolloutMap;
import org.imodel.core.scenario.ModelUnits;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.training.EnsembleTrainer;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.SimulatedCells;
import org.imodel.core.training.TrainedModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Forecasts beyond the horizon on one briefly trained model (simulated cells, horizon 10, currents in A). */
class RolloutTest {

    private static TrainedModel model;
    private static CellState state;

    @BeforeAll
    static void train() {
        try {
            model = ImodelTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN, SimulatedCells.VALIDATION,
                    SimulatedCells.quick(2), null, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<CycleRecord> cell = SimulatedCells.rows().stream().filter(r -> r.cellId().equals("SIM-005")).toList();
        state = CellStates.state(new FeatureExtractor(model.spec().features()), model.spec(), cell.get(12), 3.0);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    /** A use that changes every cycle, so a wrong slice of it shows. */
    private static Scenario varying(int cycles) {
        double[] c = new double[cycles];
        double[] d = new double[cycles];
        double[] t = new double[cycles];
        for (int k = 0; k < cycles; k++) {
            c[k] = 1.0 + 0.05 * (k % 7);
            d[k] = 2.0 + 0.1 * (k % 5);
            t[k] = 25 + k % 11;
        }
        return Scenario.explicit("varying", ScenarioUnit.AMPERE, c, d, t);
    }

    @Test
    void trainingFitsARolloutMap() {
        RolloutMap map = model.spec().rollout();
        assertNotNull(map, "training on cells of 60 cycles (more than 2P) must give a rollout map");
        assertEquals(10, map.horizon());
        assertTrue(map.pairs() > 0 && Double.isFinite(map.validationError()), map.toString());
    }

    /**
     * Synthetic cells whose curve shrinks and whose features grow in proportion to the discharge current: the fit
     * must learn how the use moves the state, and predict it on a cell of a current it did not see.
     */
    @Test
    void theFitLearnsHowTheUseMovesTheState() {
        ModelSpec spec = model.spec();
        List<Window> train = new ArrayList<>();
        for (double current : new double[] {1, 2, 4}) {
            train.addAll(synthetic(current));
        }
        RolloutMap map = RolloutFit.fit(model.network(), StandardScaler.of(spec.scalerMean(), spec.scalerScale()),
                train, List.of());
        List<Window> unseen = synthetic(3);
        double moved = 0;
        double still = 0;
        for (int r = 0; r + 10 < unseen.size(); r++) {
            Window w = unseen.get(r);
            Window later = unseen.get(r + 10);
            double[][] next = map.next(w.ci(), w.features(), new double[] {1.5, 3, 25}, predictedChange(w));
            for (int j = 0; j < w.ci().length; j++) {
                moved += sq(next[0][j] - later.ci()[j]);
                still += sq(w.ci()[j] - later.ci()[j]);
            }
            for (int j = 0; j < w.features().length; j++) {
                moved += sq(next[1][j] - later.features()[j]);
                still += sq(w.features()[j] - later.features()[j]);
            }
        }
        assertTrue(still > 0 && moved < 1e-3 * still, "map error " + moved + " against standing still " + still);
    }

    /** The model's forecast capacity change over the window (last step minus first), as the fit sees it. */
    private static double predictedChange(Window w) {
        float[] ci = new float[w.ci().length];
        for (int j = 0; j < ci.length; j++) {
            ci[j] = (float) w.ci()[j];
        }
        float[][] use = new float[10][];
        for (int k = 0; k < 10; k++) {
            use[k] = new float[] {(float) w.chargeCurrent()[k], (float) w.dischargeCurrent()[k],
                (float) w.temperature()[k]};
        }
        ModelSpec spec = model.spec();
        float[] y = model.network().predict(new float[][] {ci}, new float[][] {StandardScaler.of(spec.scalerMean(),
                spec.scalerScale()).transformToFloat(w.features())}, new float[][][] {use}).predictions()[0];
        return y[9] - y[0];
    }

    /** 40 windows of a cell cycled at a constant discharge current (A); row r's state is linear in current * r. */
    private static List<Window> synthetic(double current) {
        List<Window> out = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            double[] ci = new double[50];
            for (int j = 0; j < 50; j++) {
                ci[j] = 0.01 * (j + 1) * (1 - 0.002 * current * r);
            }
            double[] features = new double[12];
            for (int i = 0; i < 12; i++) {
                features[i] = 0.1 * i + 0.01 * current * r * (i % 3 + 1);
            }
            double[] charge = new double[10];
            double[] discharge = new double[10];
            double[] temperature = new double[10];
            double[] capacity = new double[10];
            Arrays.fill(charge, 1.5);
            Arrays.fill(discharge, current);
            Arrays.fill(temperature, 25);
            for (int k = 0; k < 10; k++) {
                capacity[k] = 3 - 0.001 * current * (r + k);
            }
            out.add(new Window("X" + current, "SIM", r, r + 1, features, ci, charge, discharge, temperature,
                    capacity));
        }
        return out;
    }

    private static double sq(double v) {
        return v * v;
    }

    @Test
    void upToTheHorizonTheRolloutIsTheDirectForecast() throws Exception {
        List<ForecastJob> jobs = List.of(new ForecastJob(state, varying(10)), new ForecastJob(state, varying(40)));
        List<Trajectory> direct = new Forecaster(model, 1, 32).forecast(jobs, Progress.NONE);
        for (int n : new int[] {1, 7, 10}) {
            List<Trajectory> rolled = new Rollout(model, 1, 32).forecast(jobs, n, Progress.NONE);
            for (int i = 0; i < jobs.size(); i++) {
                assertArrayEquals(Arrays.copyOf(direct.get(i).capacityAh(), n), rolled.get(i).capacityAh());
                assertEquals(n, rolled.get(i).directSteps());
                assertFalse(rolled.get(i).rolledOut(n - 1));
                assertEquals(direct.get(i).applicability(), rolled.get(i).applicability());
            }
        }
    }

    @Test
    void beyondTheHorizonWindowsChainOnTheRolledState() throws Exception {
        Scenario use = varying(25);
        Trajectory t = new Rollout(model, 2, 4).forecast(List.of(new ForecastJob(state, use)), 25, Progress.NONE)
                .get(0);
        assertEquals(25, t.steps());
        assertEquals(10, t.directSteps());
        assertTrue(t.rolledOut(10) && !t.rolledOut(9));
        assertEquals(state.cycle() + 24, t.cycle(24));
        // by hand: window k forecasts from the state moved k times under cycles 10k .. 10k+9 of the use (the last
        // window repeats cycle 25's use), each move given that window's use and forecast capacity change
        ModelSpec spec = model.spec();
        Forecaster direct = new Forecaster(model, 1, 32);
        CellState s = state;
        float[] expected = new float[25];
        for (int w = 0; w < 3; w++) {
            double[] c = new double[10];
            double[] d = new double[10];
            double[] temp = new double[10];
            for (int k = 0; k < 10; k++) {
                int at = Math.min(24, 10 * w + k);
                c[k] = use.charge(at);
                d[k] = use.discharge(at);
                temp[k] = use.temperature(at);
            }
            Scenario slice = Scenario.explicit("slice", ScenarioUnit.AMPERE, c, d, temp);
            float[] y = direct.forecast(List.of(new ForecastJob(s, slice)), Progress.NONE).get(0).capacityAh();
            System.arraycopy(y, 0, expected, 10 * w, Math.min(10, 25 - 10 * w));
            double[][] next = spec.rollout().next(s.ci(), s.features(),
                    RolloutFit.means(ModelUnits.toModel(slice, spec, 3.0, "x")), y[9] - y[0]);
            s = new CellState(s.cellId(), s.cycle() + 10, next[0], next[1], Double.NaN, s.nominalAh());
        }
        assertArrayEquals(expected, t.capacityAh());
        // the use matters beyond the horizon: a different second window changes steps 10.. but not 0..9
        double[] c = new double[25];
        double[] d = new double[25];
        double[] temp = new double[25];
        for (int k = 0; k < 25; k++) {
            c[k] = use.charge(k);
            d[k] = k < 10 ? use.discharge(k) : 4.5;
            temp[k] = use.temperature(k);
        }
        Trajectory harder = new Rollout(model, 1, 32).forecast(List.of(new ForecastJob(state, Scenario.explicit("hard",
                ScenarioUnit.AMPERE, c, d, temp))), 25, Progress.NONE).get(0);
        assertArrayEquals(Arrays.copyOf(t.capacityAh(), 10), Arrays.copyOf(harder.capacityAh(), 10));
        assertFalse(Arrays.equals(t.capacityAh(), harder.capacityAh()));
    }

    @Test
    void anEnsembleRollsItsMembersOutSeparatelyAndItsBandWidens() throws Exception {
        // whether the band widens depends on the trained members; these two-epoch members of hidden size 64 (the
        // published size) diverge with each rolled window, two-epoch members of size 32 happen not to
        try (TrainedModel ensemble = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, SimulatedCells.quick(2).withHiddenSize(64), 3, BandCalibration.CROSS, 1,
                null, null)) {
            assertNotNull(ensemble.spec().rollout(), "the ensemble keeps a rollout map");
            List<ForecastJob> jobs = List.of(new ForecastJob(state, varying(40)));
            Trajectory t = new Rollout(ensemble, 1, 32, 0.9).forecast(jobs, 40, Progress.NONE).get(0);
            assertTrue(t.hasBand() && t.steps() == 40 && t.directSteps() == 10, t.toString());
            // the first P steps are the ensemble's direct forecast, band included
            Trajectory direct = new Forecaster(ensemble, 1, 32, 0.9).forecast(jobs, Progress.NONE).get(0);
            assertArrayEquals(direct.capacityAh(), Arrays.copyOf(t.capacityAh(), 10));
            assertArrayEquals(direct.bandLowAh(), Arrays.copyOf(t.bandLowAh(), 10));
            // the mean is the members' own rollouts averaged
            float[] sum = new float[40];
            float[][] members = new float[3][];
            for (int m = 0; m < 3; m++) {
                members[m] = new Rollout(ensemble.member(m), 1, 32).forecast(jobs, 40, Progress.NONE).get(0)
                        .capacityAh();
                for (int k = 0; k < 40; k++) {
                    sum[k] += members[m][k] / 3;
                }
            }
            for (int k = 0; k < 40; k++) {
                assertEquals(sum[k], t.capacityAh()[k], 1e-5, "step " + k);
            }
            // the members' own spread (before the band's calibration beyond P scales it, see the next test)
            EnsembleBand raw = EnsembleBand.of(members, 0.9, 1);
            assertTrue(width(raw, 30, 40) > width(raw, 0, 10), "members' spread over the last window "
                    + width(raw, 30, 40) + " against the first " + width(raw, 0, 10));
        }
    }

    /**
     * The band beyond P is calibrated: the growth per block that training stores equals the one recomputed here
     * through the product's own rollout on the validation cell (its windows' measured states and true use), and a
     * forecast's band in block b is the members' band scaled by the spread scale times block b's growth.
     */
    @Test
    void anEnsemblesBandBeyondTheHorizonIsCalibratedOnTheValidationCellsRollouts() throws Exception {
        try (TrainedModel ensemble = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, SimulatedCells.quick(2).withHiddenSize(64), 3, BandCalibration.CROSS, 1,
                null, null)) {
            ModelSpec spec = ensemble.spec();
            int p = spec.config().horizon();
            double[] growth = spec.ensemble().rolloutGrowth();
            assertTrue(growth.length >= 1, spec.ensemble().toString());
            assertEquals(growth.length, spec.provenance().validationMetrics().get("band_rollout_blocks"));
            String card = ModelCard.of(spec).text();
            assertTrue(card.contains("band_beyond_horizon") && card.contains("the spread scale times "
                    + spec.ensemble().rolloutGrowthText()), card);
            List<Window> windows = new ArrayList<>();
            for (Window w : new WindowBuilder(p, spec.features(), StartRule.valueOf(spec.windowRule()))
                    .build(SimulatedCells.rows().stream().filter(r -> r.cellId().equals("SIM-004")).toList())
                    .windows()) {
                windows.add(w);
            }
            double first = Double.NaN;
            double rising = 1;
            for (int b = 0; b <= RolloutBandFit.MAX_BLOCKS; b++) {
                List<EnsembleBand> raw = new ArrayList<>();
                List<float[]> targets = new ArrayList<>();
                for (Window w : windows) {
                    List<Window> chain = new ArrayList<>();
                    for (int k = 0; k <= b; k++) {
                        int row = w.startRow() + k * p;
                        windows.stream().filter(x -> x.startRow() == row).findFirst().ifPresent(chain::add);
                    }
                    if (chain.size() <= b) {
                        continue;
                    }
                    ForecastJob job = new ForecastJob(new CellState(w.cellId(), w.cycle(), w.ci(), w.features(),
                            Double.NaN, 3.0), use(chain));
                    float[][] block = new float[3][];
                    for (int m = 0; m < 3; m++) {
                        float[] all = new Rollout(ensemble.member(m), 1, 32).forecast(List.of(job), (b + 1) * p,
                                Progress.NONE).get(0).capacityAh();
                        block[m] = Arrays.copyOfRange(all, b * p, (b + 1) * p);
                    }
                    raw.add(EnsembleBand.of(block, 0.9, 1));
                    float[] y = new float[p];
                    for (int k = 0; k < p; k++) {
                        y[k] = (float) chain.get(b).targetCapacity()[k];
                    }
                    targets.add(y);
                }
                if (raw.size() < RolloutBandFit.MIN_WINDOWS) {
                    assertEquals(b - 1, growth.length, "blocks with " + RolloutBandFit.MIN_WINDOWS + " windows or more");
                    break;
                }
                double scale = EnsembleBand.calibrate(raw.toArray(EnsembleBand[]::new),
                        targets.toArray(float[][]::new), 0.9);
                if (b == 0) {
                    first = scale;
                } else {
                    // the running maximum of the ratios, at least 1
                    rising = Math.max(rising, scale / first);
                    assertEquals(rising, growth[b - 1], 1e-4 * growth[b - 1], "block " + b);
                }
            }
            // a forecast's band, block by block
            List<ForecastJob> jobs = List.of(new ForecastJob(state, varying(40)));
            Trajectory t = new Rollout(ensemble, 1, 32, 0.9).forecast(jobs, 40, Progress.NONE).get(0);
            float[][] members = new float[3][];
            for (int m = 0; m < 3; m++) {
                members[m] = new Rollout(ensemble.member(m), 1, 32).forecast(jobs, 40, Progress.NONE).get(0)
                        .capacityAh();
            }
            for (int b = 0; b < 4; b++) {
                float[][] block = new float[3][];
                for (int m = 0; m < 3; m++) {
                    block[m] = Arrays.copyOfRange(members[m], b * p, (b + 1) * p);
                }
                double factor = spec.ensemble().spreadScale() * (b == 0 ? 1 : growth[Math.min(b, growth.length) - 1]);
                assertEquals(factor, spec.ensemble().spreadScale(b), 1e-12);
                EnsembleBand expected = EnsembleBand.of(block, 0.9, factor);
                for (int k = 0; k < p; k++) {
                    assertEquals(expected.low()[k], t.bandLowAh()[b * p + k], 2e-6, "block " + b + " step " + k);
                    assertEquals(expected.high()[k], t.bandHighAh()[b * p + k], 2e-6, "block " + b + " step " + k);
                }
            }
        }
    }

    /** The windows' measured use, one after the other, as a scenario in amperes. */
    private static Scenario use(List<Window> chain) {
        int p = chain.get(0).horizon();
        double[] c = new double[chain.size() * p];
        double[] d = new double[c.length];
        double[] t = new double[c.length];
        for (int i = 0; i < chain.size(); i++) {
            System.arraycopy(chain.get(i).chargeCurrent(), 0, c, i * p, p);
            System.arraycopy(chain.get(i).dischargeCurrent(), 0, d, i * p, p);
            System.arraycopy(chain.get(i).temperature(), 0, t, i * p, p);
        }
        return Scenario.explicit("measured use", ScenarioUnit.AMPERE, c, d, t);
    }

    private static double width(EnsembleBand band, int from, int to) {
        double w = 0;
        for (int k = from; k < to; k++) {
            w += band.high()[k] - band.low()[k];
        }
        return w / (to - from);
    }

    @Test
    void badHorizonsShortScenariosAndModelsWithoutMapAreRefusedClearly() throws Exception {
        Rollout rollout = new Rollout(model, 1, 32);
        List<ForecastJob> jobs = List.of(new ForecastJob(state, varying(30)));
        for (int n : new int[] {0, -5}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> rollout.forecast(jobs, n, Progress.NONE));
            assertTrue(e.getMessage().contains("at least 1 cycle; got " + n), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rollout.forecast(jobs, 31, Progress.NONE));
        assertTrue(e.getMessage().contains("Scenario 'varying' covers 30 cycles but the forecast runs 31 cycles"),
                e.getMessage());
        ModelSpec bare = model.spec().withRollout(null);
        e = assertThrows(IllegalArgumentException.class, () -> Rollout.check(bare, 11));
        assertTrue(e.getMessage().contains("forecasts 10 cycles and carries no rollout map")
                && e.getMessage().contains("at most 10"), e.getMessage());
        Rollout.check(bare, 10);
    }

    @Test
    void theFitNeedsCellsLongerThanTwoHorizons() {
        ModelSpec spec = model.spec();
        List<Window> shortWindows = new ArrayList<>();
        for (Window w : new WindowBuilder(10, spec.features(), StartRule.ALL).build(SimulatedCells.rows().stream()
                .filter(r -> r.cellId().equals("SIM-001") && r.cycle() <= 15).toList()).windows()) {
            shortWindows.add(w);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RolloutFit.fit(
                model.network(), StandardScaler.of(spec.scalerMean(), spec.scalerScale()), shortWindows, List.of()));
        assertTrue(e.getMessage().contains("about 20 rows or more"), e.getMessage());
    }
}
