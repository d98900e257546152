package org.imodel.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.artifact.ModelFile;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.ModelSpecCodec;
import org.imodel.core.artifact.TrainingEnvelope;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.FeatureExtractor;
import org.imodel.core.model.ImodelPrediction;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.scenario.ModelUnits;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioGrid;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.testing.RecordingProgress;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.SimulatedCells;
import org.imodel.core.training.TrainedModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenario forecasts on one briefly trained model (simulated cells, horizon 10, currents in A). */
class ForecasterTest {

    private static TrainedModel model;

    @BeforeAll
    static void train() throws Exception {
        model = ImodelTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN, SimulatedCells.VALIDATION,
                SimulatedCells.quick(2), null, null);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static List<CycleRecord> cell(String id) {
        return SimulatedCells.rows().stream().filter(r -> r.cellId().equals(id)).toList();
    }

    /** Every window of the cell as a job: the state of its start row under the window's own (true) future. */
    private static List<ForecastJob> trueFutureJobs(List<CycleRecord> rows) {
        FeatureExtractor extractor = new FeatureExtractor(model.spec().features());
        int p = model.spec().config().horizon();
        List<ForecastJob> jobs = new ArrayList<>();
        for (int start = 0; start + p <= rows.size(); start++) {
            double[] c = new double[p];
            double[] d = new double[p];
            double[] t = new double[p];
            for (int k = 0; k < p; k++) {
                c[k] = rows.get(start + k).chargeCurrent();
                d[k] = rows.get(start + k).dischargeCurrent();
                t[k] = rows.get(start + k).temperature();
            }
            CellState s = CellStates.state(extractor, model.spec(), rows.get(start), 3.0);
            jobs.add(new ForecastJob(s, Scenario.explicit("true future " + start, ScenarioUnit.AMPERE, c, d, t)));
        }
        return jobs;
    }

    @Test
    void forecastsUnderTheTrueFutureEqualTheWindowPredictionsBitForBit() throws Exception {
        List<CycleRecord> rows = new ArrayList<>(cell("SIM-005"));
        rows.addAll(cell("SIM-004"));
        List<Forecast> windows = ImodelPredictor.predict(model, rows, Progress.NONE);
        List<ForecastJob> jobs = trueFutureJobs(cell("SIM-005"));
        jobs.addAll(trueFutureJobs(cell("SIM-004")));
        assertEquals(windows.size(), jobs.size());
        for (int threads = 1; threads <= 2; threads++) {
            List<Trajectory> t = new Forecaster(model, threads, 32).forecast(jobs, Progress.NONE);
            for (int i = 0; i < windows.size(); i++) {
                assertArrayEquals(windows.get(i).predictions(), t.get(i).capacityAh(), "window " + i);
                assertEquals(windows.get(i).cycle(), t.get(i).startCycle());
            }
        }
    }

    @Test
    void threadCountsGiveIdenticalResults() throws Exception {
        List<CellState> states = everyCycle();
        List<Scenario> scenarios = ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.3, 0.5), List.of(0.5, 1.0),
                List.of(25.0, 35.0), 12);
        List<ForecastJob> jobs = ForecastJob.grid(states, scenarios);
        assertTrue(jobs.size() > 5 * Forecaster.CHUNK, "several chunks per thread");
        List<Trajectory> one = new Forecaster(model, 1, Forecaster.DEFAULT_BATCH).forecast(jobs, Progress.NONE);
        for (int threads : new int[] {2, 3}) {
            List<Trajectory> many = new Forecaster(model, threads, Forecaster.DEFAULT_BATCH).forecast(jobs,
                    Progress.NONE);
            assertEquals(one.size(), many.size());
            for (int i = 0; i < one.size(); i++) {
                assertArrayEquals(one.get(i).capacityAh(), many.get(i).capacityAh(), threads + " threads, job " + i);
                assertEquals(one.get(i).cellId(), many.get(i).cellId());
                assertEquals(one.get(i).scenario(), many.get(i).scenario());
            }
        }
        Trajectory first = one.get(0);
        assertEquals("SIM-001", first.cellId());
        assertEquals("0.3C/0.5C/25degC", first.scenario());
        assertEquals(10, first.steps());
    }

    @Test
    void aStreamOfCellsGivesTheResultsOfOneCallBitForBit() throws Exception {
        List<CellState> states = everyCycle();
        List<Scenario> scenarios = ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.3, 0.5, 0.7), List.of(0.5, 1.0),
                List.of(25.0), 10);
        List<ForecastJob> jobs = ForecastJob.grid(states, scenarios);
        assertTrue(jobs.size() > 3 * Forecaster.CHUNK && jobs.size() % Forecaster.CHUNK != 0,
                "several chunks, one partial");
        List<Trajectory> one = new Forecaster(model, 1, Forecaster.DEFAULT_BATCH).forecast(jobs, Progress.NONE);
        ForecastStream stream = new ForecastStream(new Forecaster(model, 2, Forecaster.DEFAULT_BATCH), 1);
        List<Trajectory> streamed = new ArrayList<>();
        for (CellState s : states) {
            List<Trajectory> done = stream.add(ForecastJob.grid(List.of(s), scenarios), Progress.NONE);
            assertEquals(0, done.size() % Forecaster.CHUNK, "whole chunks while the stream runs");
            streamed.addAll(done);
        }
        streamed.addAll(stream.finish(Progress.NONE));
        assertEquals(one.size(), streamed.size());
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(one.get(i).capacityAh(), streamed.get(i).capacityAh(), "job " + i);
            assertEquals(one.get(i).cellId() + one.get(i).scenario() + one.get(i).startCycle(),
                    streamed.get(i).cellId() + streamed.get(i).scenario() + streamed.get(i).startCycle());
        }
    }

    /** States at every cycle of every simulated cell (many distinct inputs). */
    private static List<CellState> everyCycle() {
        FeatureExtractor extractor = new FeatureExtractor(model.spec().features());
        List<CellState> states = new ArrayList<>();
        for (CycleRecord r : SimulatedCells.rows()) {
            states.add(CellStates.state(extractor, model.spec(), r, 3.0));
        }
        return states;
    }

    @Test
    void cancelsWithinOneSecond() {
        List<Scenario> scenarios = ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.2, 0.3, 0.4, 0.5, 0.6),
                List.of(0.5, 1.0, 1.5, 2.0), List.of(15.0, 25.0, 35.0), 10);
        List<ForecastJob> jobs = ForecastJob.grid(everyCycle(), scenarios);
        RecordingProgress progress = new RecordingProgress(m -> m.startsWith("Forecasting"));
        long start = System.nanoTime();
        assertThrows(CancelledException.class, () -> new Forecaster(model, 2, 256).forecast(jobs, progress));
        long end = System.nanoTime();
        assertTrue(progress.cancelledAt() > 0);
        double seconds = (end - progress.cancelledAt()) / 1e9;
        assertTrue(seconds < 1, "stopped " + seconds + " s after the cancel request");
        assertTrue((end - start) / 1e9 < 10, "a full run of " + jobs.size() + " forecasts was not needed");
    }

    @Test
    void cellStatesPickTheLatestOrAChosenCycleAndNameCellsLackingInputs() {
        List<CycleRecord> rows = new ArrayList<>(cell("SIM-005"));
        rows.addAll(cell("SIM-001"));
        List<CellState> latest = CellStates.of(rows, model.spec(), CellStates.LATEST, Double.NaN);
        assertEquals(2, latest.size());
        assertEquals(cell("SIM-005").get(cell("SIM-005").size() - 1).cycle(), latest.get(0).cycle());
        assertEquals(cell("SIM-005").get(0).dischargeCapacity(), latest.get(0).nominalAh(),
                "without a nominal capacity, the first cycle's capacity");
        List<CellState> chosen = CellStates.of(rows, model.spec(), 20, 3.2);
        assertEquals(20, chosen.get(1).cycle());
        assertEquals(3.2, chosen.get(1).nominalAh());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CellStates.of(rows, model.spec(), 5000, Double.NaN));
        assertTrue(e.getMessage().startsWith("Cell SIM-005 has no cycle 5000"), e.getMessage());
        List<CycleRecord> broken = new ArrayList<>(cell("SIM-002"));
        CycleRecord r = broken.get(broken.size() - 1);
        broken.set(broken.size() - 1, new CycleRecord(r.cellId(), r.cycle(), r.chargeCurrent(), r.dischargeCurrent(),
                r.temperature(), r.dischargeCapacity(), r.chargeCapacity(), r.ci(), r.ciGrid(), new double[0],
                r.currentUnit(), r.family(), r.condition(), r.sourceFile(), r.sourceLine()));
        e = assertThrows(IllegalArgumentException.class,
                () -> CellStates.of(broken, model.spec(), CellStates.LATEST, Double.NaN));
        assertTrue(e.getMessage().startsWith("Cell SIM-002, cycle " + r.cycle() + " has no relaxation voltage trace"),
                e.getMessage());
        broken.set(broken.size() - 1, new CycleRecord(r.cellId(), r.cycle(), r.chargeCurrent(), r.dischargeCurrent(),
                r.temperature(), r.dischargeCapacity(), r.chargeCapacity(), r.ci(), r.ciGrid(), new double[] {4.1},
                r.currentUnit(), r.family(), r.condition(), r.sourceFile(), r.sourceLine()));
        e = assertThrows(IllegalArgumentException.class,
                () -> CellStates.of(broken, model.spec(), CellStates.LATEST, Double.NaN));
        assertTrue(e.getMessage().contains("SIM-002") && e.getMessage().contains("relax_skew"), e.getMessage());
    }

    @Test
    void applicabilityFlagsInputsOutsideTheTrainingData() throws Exception {
        TrainingEnvelope env = model.spec().envelope();
        assertNotNull(env, "training records the envelope");
        ModelSpec back = ModelSpecCodec.read(ModelSpecCodec.write(model.spec()));
        assertEquals(env, back.envelope(), "the envelope survives the spec properties");
        CellState train = CellStates.of(cell("SIM-001"), model.spec(), 20, 3.0).get(0);
        double charge = (env.scenarioMin()[0] + env.scenarioMax()[0]) / 2;
        double discharge = (env.scenarioMin()[1] + env.scenarioMax()[1]) / 2;
        double temperature = (env.scenarioMin()[2] + env.scenarioMax()[2]) / 2;
        Scenario inside = Scenario.constant("as trained", ScenarioUnit.AMPERE, 10, charge, discharge, temperature);
        Scenario hot = Scenario.constant("hot", ScenarioUnit.AMPERE, 10, charge, discharge, env.scenarioMax()[2] + 10);
        double[] odd = train.features().clone();
        odd[0] = env.featureMax()[0] + 1;
        CellState strange = new CellState("strange", train.cycle(), train.ci(), odd, train.capacityAh(), 3.0);
        List<Trajectory> t = new Forecaster(model, 1, 32).forecast(List.of(new ForecastJob(train, inside),
                new ForecastJob(train, hot), new ForecastJob(strange, inside)), Progress.NONE);
        assertEquals(Applicability.Status.INSIDE, t.get(0).applicability().status(), t.get(0).applicability().reason());
        assertEquals(Applicability.Status.OUTSIDE, t.get(1).applicability().status());
        assertTrue(t.get(1).applicability().reason().startsWith("temperature (degC) " + (float) (env.scenarioMax()[2]
                + 10) + " above the training maximum"), t.get(1).applicability().reason());
        assertEquals(Applicability.Status.OUTSIDE, t.get(2).applicability().status());
        assertTrue(t.get(2).applicability().reason().startsWith("relax_mean "), t.get(2).applicability().reason());
    }

    @Test
    void aGridSharesConversionsAndChecksButEachForecastGetsItsOwnVerdict() throws Exception {
        TrainingEnvelope env = model.spec().envelope();
        List<CellState> cells = new ArrayList<>(CellStates.of(cell("SIM-001"), model.spec(), 20, 3.0));
        CellState train = cells.get(0);
        double[] odd = train.features().clone();
        odd[0] = env.featureMax()[0] + 1;
        odd[1] = env.featureMin()[1] - 1;
        cells.add(new CellState("strange", train.cycle(), train.ci(), odd, train.capacityAh(), 3.0));
        cells.add(new CellState("small", train.cycle(), train.ci(), train.features(), train.capacityAh(), 2.0));
        double charge = (env.scenarioMin()[0] + env.scenarioMax()[0]) / 2;
        List<Scenario> scenarios = List.of(
                Scenario.constant("as trained", ScenarioUnit.AMPERE, 10, charge, env.scenarioMax()[1],
                        env.scenarioMax()[2]),
                Scenario.constant("hot and fast", ScenarioUnit.AMPERE, 10, env.scenarioMax()[0] + 1,
                        env.scenarioMax()[1] + 1, env.scenarioMax()[2] + 10),
                Scenario.constant("in C", ScenarioUnit.C_RATE, 10, 0.5, 1, 25));
        List<ForecastJob> jobs = ForecastJob.grid(cells, scenarios);
        List<Trajectory> t = new Forecaster(model, 2, 4).forecast(jobs, Progress.NONE);
        int outside = 0;
        for (int i = 0; i < jobs.size(); i++) {
            CellState c = jobs.get(i).cell();
            float[][] alone = ModelUnits.toModel(jobs.get(i).scenario(), model.spec(), c.nominalAh(), c.cellId());
            Applicability expected = Applicability.check(model.spec(), c.features(), alone);
            assertEquals(expected, t.get(i).applicability(), jobs.get(i).toString());
            outside += expected.status() == Applicability.Status.OUTSIDE ? 1 : 0;
            float[] single = new Forecaster(model, 1, 1).forecast(List.of(jobs.get(i)), Progress.NONE).get(0)
                    .capacityAh();
            assertArrayEquals(single, t.get(i).capacityAh(), 1e-6f, "the C-rate scenario converts per cell");
        }
        assertTrue(outside >= 5, "the grid has forecasts outside the envelope: " + outside);
        int worst = jobs.size() - 2 * scenarios.size() + 1; // the strange cell under "hot and fast": 2 + 3 reasons
        assertEquals("strange", jobs.get(worst).cell().cellId());
        assertEquals(3, t.get(worst).applicability().reason().split("; ").length, "at most three reasons");
    }

    @Test
    void shortScenariosAndUnconvertibleUnitsAreErrorsBeforeAnyWork() {
        CellState s = CellStates.of(cell("SIM-001"), model.spec(), 20, Double.NaN).get(0);
        CellState noNominal = new CellState("no-nominal", s.cycle(), s.ci(), s.features(), s.capacityAh(), Double.NaN);
        Scenario shortOne = Scenario.constant("short", ScenarioUnit.AMPERE, 9, 1.5, 3, 25);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Forecaster(model, 1, 32).forecast(List.of(new ForecastJob(s, shortOne)), Progress.NONE));
        assertTrue(e.getMessage().startsWith("Scenario 'short' covers 9 cycles"), e.getMessage());
        Scenario rate = Scenario.constant("rate", ScenarioUnit.C_RATE, 10, 0.5, 1, 25);
        e = assertThrows(IllegalArgumentException.class, () -> new Forecaster(model, 1, 32)
                .forecast(List.of(new ForecastJob(noNominal, rate)), Progress.NONE));
        assertTrue(e.getMessage().contains("of cell no-nominal"), e.getMessage());
    }

    @Test
    void aFormatOneModelFileStillLoadsAndPredictsAsBefore() throws Exception {
        ModelFile file;
        try (InputStream in = getClass().getResourceAsStream("/org/imodel/core/artifact/format1.imodel")) {
            file = ModelFile.read(in, "format1.imodel");
        }
        assertEquals(null, file.spec().envelope(), "format 1 has no envelope");
        float[] expected = expectedFormatOnePrediction();
        try (TrainedModel old = TrainedModel.load(file)) {
            float[][] ci = new float[1][50];
            for (int i = 0; i < 50; i++) {
                ci[0][i] = 0.05f * i;
            }
            float[][] f = new float[1][12];
            for (int i = 0; i < 12; i++) {
                f[0][i] = 0.1f * i - 0.5f;
            }
            float[][][] sc = new float[1][5][];
            for (int t = 0; t < 5; t++) {
                sc[0][t] = new float[] {0.5f, 1f, 25f};
            }
            ImodelPrediction p = old.network().predict(ci, f, sc);
            assertArrayEquals(expected, p.predictions()[0], "same parameters, same forecast as when it was written");
            double[] raw = new double[12];
            double[] curve = new double[50];
            CellState s = new CellState("old", 10, curve, raw, 2.9, 3.0);
            Trajectory t = new Forecaster(old, 1, 32).forecast(List.of(new ForecastJob(s,
                    Scenario.constant("0.5C/1C", ScenarioUnit.C_RATE, 5, 0.5, 1, 25))), Progress.NONE).get(0);
            assertEquals(Applicability.Status.UNKNOWN, t.applicability().status());
            ModelFile again = ModelFile.read(new java.io.ByteArrayInputStream(old.toFile().toBytes()), "again");
            assertEquals(null, again.spec().envelope(), "written again as format 2, still without envelope");
        }
    }

    /** The forecast the format-1 file gave when it was written (commit 963acc8), as float bits. */
    private float[] expectedFormatOnePrediction() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/imodel/core/artifact/format1-prediction.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip().split("\n");
            float[] v = new float[lines.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Float.intBitsToFloat(Integer.parseInt(lines[i].strip()));
            }
            return v;
        }
    }
}
