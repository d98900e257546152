package org.imodel.core.interpret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imodel.core.artifact.ModelCard;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.StartRule;
import org.imodel.core.features.Window;
import org.imodel.core.features.WindowBuilder;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.model.NamedArray;
import org.imodel.core.progress.Progress;
import org.imodel.core.testing.CentredQuadratic;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.SimulatedCells;
import org.imodel.core.training.TrainedModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The interpretation of a briefly trained model (simulated cells, horizon 10) against independent computations. */
class ExpertInterpreterTest {

    private static final List<String> CELLS = List.of("SIM-004", "SIM-005");

    private static TrainedModel model;
    private static List<CycleRecord> rows;
    private static Interpretation in;

    @BeforeAll
    static void interpret() throws Exception {
        model = ImodelTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN, SimulatedCells.VALIDATION,
                SimulatedCells.quick(3), null, null);
        rows = SimulatedCells.rows().stream().filter(r -> CELLS.contains(r.cellId())).toList();
        in = ExpertInterpreter.interpret(model, rows, new InterpretSettings(199, 5), Progress.NONE);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void perWindowGatesAreThePredictorsWithTheirDominantExpertEntropyAndLifePosition() throws Exception {
        List<Forecast> forecasts = ImodelPredictor.predict(model, rows, Progress.NONE);
        assertEquals(forecasts.size(), in.windows().size());
        assertEquals(CELLS, in.cells());
        for (String cell : CELLS) {
            List<WindowGates> w = in.windowsOf(cell);
            assertEquals(StartRule.valueOf(model.spec().windowRule()).windowCount(60, 10), w.size());
            assertEquals(0.0, w.get(0).lifePosition());
            assertEquals(1.0, w.get(w.size() - 1).lifePosition());
            for (int i = 1; i < w.size(); i++) {
                assertTrue(w.get(i).lifePosition() > w.get(i - 1).lifePosition());
            }
        }
        for (int i = 0; i < forecasts.size(); i++) {
            Forecast f = forecasts.get(i);
            WindowGates w = in.windows().get(i);
            assertEquals(f.cellId(), w.cellId());
            assertEquals(f.cycle(), w.startCycle());
            assertArrayEquals(f.gates(), w.gates());
            assertEquals(f.targets()[0], w.startCapacityAh());
            int best = 0;
            double h = 0;
            for (int e = 0; e < f.gates().length; e++) {
                best = f.gates()[e] > f.gates()[best] ? e : best;
                h -= f.gates()[e] * Math.log(f.gates()[e]);
            }
            assertEquals(best, w.dominant());
            assertEquals(h, w.entropy(), 1e-12);
            assertTrue(w.entropy() >= 0 && w.entropy() <= Math.log(in.experts()) + 1e-9);
        }
    }

    @Test
    void prototypesAreEachExpertsLinearOutputOnTheMeanCurveOfItsWindows() {
        // the parameters as PyTorch names them: expert i is capacity_fc.i, a Linear(L -> P)
        Map<String, NamedArray> p = model.network().exportParameters();
        int horizon = in.horizon();
        int length = model.spec().config().curveLength();
        List<Window> windows = new WindowBuilder(horizon, model.spec().features(),
                StartRule.valueOf(model.spec().windowRule())).build(rows).windows();
        int total = 0;
        double shares = 0;
        for (ExpertProfile profile : in.profiles()) {
            int e = profile.expert();
            List<double[]> curves = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                if (in.windows().get(i).dominant() == e) {
                    curves.add(windows.get(i).ci());
                }
            }
            assertEquals(curves.size(), profile.windows());
            total += profile.windows();
            shares += profile.share();
            if (curves.isEmpty()) {
                assertEquals(0, profile.prototype().length);
                continue;
            }
            float[] weight = p.get("capacity_fc." + e + ".weight").values();
            float[] bias = p.get("capacity_fc." + e + ".bias").values();
            for (int t = 0; t < horizon; t++) {
                double expected = bias[t];
                for (int k = 0; k < length; k++) {
                    double mean = 0;
                    for (double[] c : curves) {
                        mean += c[k] / curves.size();
                    }
                    expected += weight[t * length + k] * mean;
                }
                assertEquals(expected, profile.prototype()[t], 1e-4 * Math.max(1, Math.abs(expected)),
                        "expert " + e + " step " + t);
            }
        }
        assertEquals(in.windows().size(), total);
        assertEquals(1.0, shares, 1e-12);
    }

    @Test
    void geometryIsTheQuadraticFitOfEachWindowsSegment() throws Exception {
        List<Forecast> forecasts = ImodelPredictor.predict(model, rows, Progress.NONE);
        Forecast f = forecasts.get(17);
        WindowGates w = in.windows().get(17);
        // ordinary least squares by the normal equations, independent of the QR solve
        double[] slopeCurvature = CentredQuadratic.slopeAndCurvature(f.targets());
        assertEquals(slopeCurvature[0], w.truth().slope(), 1e-7);
        assertEquals(slopeCurvature[1], w.truth().curvature(), 1e-7);
        double[] predicted = CentredQuadratic.slopeAndCurvature(f.predictions());
        assertEquals(predicted[0], w.predicted().slope(), 1e-7);
        assertEquals(predicted[1], w.predicted().curvature(), 1e-7);
    }

    @Test
    void changesMarkEveryWindowWhoseDominantExpertDiffersFromThePrevious() {
        int expected = 0;
        for (int i = 1; i < in.windows().size(); i++) {
            WindowGates a = in.windows().get(i - 1);
            WindowGates b = in.windows().get(i);
            if (a.cellId().equals(b.cellId()) && a.dominant() != b.dominant()) {
                expected++;
            }
        }
        assertEquals(expected, in.changes().size());
        for (DominantChange c : in.changes()) {
            assertTrue(c.fromExpert() != c.toExpert() && c.runWindows() >= 1, c.toString());
        }
    }

    @Test
    void theMapIsOneProjectionForAllCells() {
        GateMap map = in.map();
        for (WindowGates w : in.windows()) {
            assertArrayEquals(map.project(w.gates()), w.map(), 0);
        }
        double dot = 0;
        for (int j = 0; j < in.experts(); j++) {
            dot += map.components()[0][j] * map.components()[1][j];
        }
        assertEquals(0, dot, 1e-9, "orthogonal components");
        assertTrue(map.explained()[0] >= map.explained()[1] && map.explained()[0] + map.explained()[1] <= 1 + 1e-9);
    }

    @Test
    void associationsAreSeededAndCoverEveryTestedQuantity() throws Exception {
        assertEquals(ExpertInterpreter.TESTED, in.associations().stream().map(Association::variable).toList());
        Interpretation again = ExpertInterpreter.interpret(model, rows, new InterpretSettings(199, 5), null);
        for (int i = 0; i < in.associations().size(); i++) {
            assertEquals(in.associations().get(i), again.associations().get(i), "same seed, same p-values");
        }
    }

    @Test
    void modelCardListsTheModelsSettingsCellsFingerprintAndMetrics() {
        ModelCard card = ModelCard.of(model.spec());
        String text = card.text();
        assertTrue(text.contains(model.spec().provenance().dataFingerprint()), text);
        assertTrue(text.contains("SIM-001, SIM-002, SIM-003"), text);
        assertTrue(text.contains("pooled_mape"), text);
        assertTrue(text.contains("pytorch"), text);
        assertEquals(card.rows().size(), card.tableRows().size());
        for (Object[] r : card.tableRows()) {
            assertEquals(ModelCard.COLUMNS.size(), r.length);
        }
    }

    @Test
    void tooFewWindowsWithGatesAreRefused() {
        List<CycleRecord> shortCell = rows.stream().filter(r -> r.cellId().equals("SIM-004")).limit(10).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExpertInterpreter.interpret(model, shortCell, InterpretSettings.defaults(), null));
        assertTrue(e.getMessage().contains("window"), e.getMessage());
    }
}
