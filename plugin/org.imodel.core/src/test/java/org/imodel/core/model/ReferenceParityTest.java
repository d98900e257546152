package org.imodel.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.PublishedFileReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Forward parity with the published reference on both golden test sets (reference/inference): the shipped
 * checkpoints (.npz), the reference's scaled features, the expert inputs from the data files, batches of 32.
 */
class ReferenceParityTest {

    private static final String NPZ_1C = "UL-NCA_CY25-1_1_iMODEL_dsNCA_ex5_pl10_tk2_ep2000_dm0.npz";
    private static final String NPZ_05C = "UL-NCA_CY25-05_1_iMODEL_dsNCA_ex5_pl50_tk2_ep3000_dm0.npz";
    private static final double LOGIT_GATE_TOLERANCE = 1e-6;
    private static final double PREDICTION_TOLERANCE = 1e-5;

    @Test
    void cy25OneCMatchesTheReference() throws Exception {
        check("CY25-1_1", NPZ_1C, 10, 58);
    }

    @Test
    void cy25HalfCMatchesTheReference() throws Exception {
        check("CY25-05_1", NPZ_05C, 50, 730);
    }

    @Test
    void publishedCheckpointsRoundTripExactly() throws Exception {
        Path reference = SharedData.require("reference");
        for (String npz : List.of(NPZ_1C, NPZ_05C)) {
            Map<String, NamedArray> published = Npz.read(reference.resolve(npz));
            try (ImodelNetwork net = ImodelNetwork.fromStateDict(published, ImodelConfig.defaults())) {
                assertEquals(published, net.exportParameters(), npz);
                assertEquals(List.copyOf(published.keySet()), List.copyOf(net.exportParameters().keySet()),
                        "state-dict order");
            }
        }
    }

    @Test
    void workedNumbersOfTheFirstCy25OneCWindow() throws Exception {
        Path reference = SharedData.require("reference");
        Path data = SharedData.require("data/UL-NCA");
        List<ReferenceWindows.Window> windows = ReferenceWindows.read(
                reference.resolve("inference/test_CY25-1_1.csv"), data);
        ReferenceWindows.Window first = windows.get(0);
        assertEquals("CY25-1_1-#7.csv", first.file());
        assertEquals(0, first.startRow());
        assertClose(new double[] {-0.89636, -0.02054, 1.06895, -1.21676, 1.91947, -0.51858, 1.41769, -1.20674,
            1.45405, 1.34645, 1.64847, -1.31605}, first.features(), 5e-6, "scaled features");
        assertArrayEquals(new float[] {0.1f, 1f, 25f}, first.scenario()[0], "scenario");
        try (ImodelNetwork net = ImodelNetwork.fromNpz(reference.resolve(NPZ_1C), ImodelConfig.defaults())) {
            assertEquals(ImodelConfig.reference(10, 12), net.config());
            ImodelPrediction out = net.predict(new float[][] {first.ci()}, new float[][] {first.features()},
                    new float[][][] {first.scenario()});
            double tol = 5e-7 + LOGIT_GATE_TOLERANCE;
            assertClose(new double[] {-0.756342, -0.710836, -0.778533, -0.790010, -0.741877}, out.logits()[0], tol,
                    "logits");
            assertClose(new double[] {0.164046, 0.271541, 0.158149, 0.155224, 0.251040}, out.gates()[0], tol,
                    "gates");
            assertClose(new double[] {3.129904, 3.126896, 3.122465, 3.114426, 3.104787, 3.093966, 3.083562,
                3.072347, 3.062989, 3.050957}, out.predictions()[0], 5e-7 + PREDICTION_TOLERANCE, "predictions");
            System.out.println("§13 first CY25-1_1 window: logits " + java.util.Arrays.toString(out.logits()[0])
                    + " gates " + java.util.Arrays.toString(out.gates()[0]) + " predictions "
                    + java.util.Arrays.toString(out.predictions()[0]));
        }
        assertClose(new double[] {3.166590, 3.167662, 3.161841, 3.154030, 3.137426, 3.121369, 3.100350, 3.080137,
            3.056767, 3.030060}, first.targets(), 5e-7, "targets");
    }

    @Test
    void expertInputOfTheWorkedFeatureRow() throws Exception {
        Path file = SharedData.require("data/UL-NCA/CY25-1_1-#1.csv");
        CycleRecord[] first = new CycleRecord[1];
        new PublishedFileReader(ReadOptions.DEFAULTS).read(file, new QcReport(), r -> {
            if (first[0] == null) {
                first[0] = r;
            }
        }, Progress.NONE);
        double[] ci = first[0].ci();
        assertClose(new double[] {0, 0.0234981, 0.0507050, 0.0788319, 0.1078811},
                toFloat(java.util.Arrays.copyOf(ci, 5)), 5e-8, "CI start (Ah)");
        assertEquals((float) (2013.9284983036284 / 1000), (float) ci[49], "CI end (Ah) = f8 / 1000");
    }

    private static void check(String condition, String npz, int horizon, int expectedWindows) throws Exception {
        Path reference = SharedData.require("reference");
        Path data = SharedData.require("data/UL-NCA");
        List<ReferenceWindows.Window> windows = ReferenceWindows.read(
                reference.resolve("inference/test_" + condition + ".csv"), data);
        assertEquals(expectedWindows, windows.size(), "test windows");
        float[][] ci = ReferenceWindows.column(windows, ReferenceWindows.Window::ci);
        float[][] features = ReferenceWindows.column(windows, ReferenceWindows.Window::features);
        float[][][] scenario = windows.stream().map(ReferenceWindows.Window::scenario).toArray(float[][][]::new);
        float[][] targets = ReferenceWindows.column(windows, ReferenceWindows.Window::targets);
        float[][] referencePredictions = ReferenceWindows.column(windows, ReferenceWindows.Window::predictions);
        try (ImodelNetwork net = ImodelNetwork.fromNpz(reference.resolve(npz), ImodelConfig.defaults())) {
            assertEquals(ImodelConfig.reference(horizon, 12), net.config());
            assertEquals(net.config().parameterCount(), net.parameterCount());
            ImodelPrediction out = net.predict(ci, features, scenario, 32);
            double logitError = maxAbs(out.logits(), ReferenceWindows.column(windows, ReferenceWindows.Window::logits));
            double gateError = maxAbs(out.gates(), ReferenceWindows.column(windows, ReferenceWindows.Window::gates));
            double predictionError = maxAbs(out.predictions(), referencePredictions);
            ImodelPrediction single = net.predict(ci, features, scenario, 1);
            double batchOneError = maxAbs(single.predictions(), referencePredictions);
            System.out.printf("%s parity over %d windows: max |Δ| logits %.3g, gates %.3g, predictions %.3g Ah"
                    + " (batch 1: %.3g Ah)%n", condition, windows.size(), logitError, gateError, predictionError,
                    batchOneError);
            DoubleForward exact = new DoubleForward(net.config(), Npz.read(reference.resolve(npz)));
            double oursVsExact = 0;
            double referenceVsExact = 0;
            double gatesVsExact = 0;
            for (int i = 0; i < windows.size(); i++) {
                double[][] x = exact.forward(ci[i], features[i], scenario[i]);
                for (int t = 0; t < horizon; t++) {
                    oursVsExact = Math.max(oursVsExact, Math.abs(out.predictions()[i][t] - x[0][t]));
                    referenceVsExact = Math.max(referenceVsExact, Math.abs(referencePredictions[i][t] - x[0][t]));
                }
                for (int k = 0; k < 5; k++) {
                    gatesVsExact = Math.max(gatesVsExact, Math.abs(out.gates()[i][k] - x[1][k]));
                }
            }
            System.out.printf("%s vs a float64 forward pass: max |Δ| predictions ours %.3g, reference %.3g Ah;"
                    + " gates ours %.3g%n", condition, oursVsExact, referenceVsExact, gatesVsExact);
            assertTrue(oursVsExact <= PREDICTION_TOLERANCE, "ours vs float64 " + oursVsExact);
            assertTrue(logitError <= LOGIT_GATE_TOLERANCE, "logits " + logitError);
            assertTrue(gateError <= LOGIT_GATE_TOLERANCE, "gates " + gateError);
            assertTrue(predictionError <= PREDICTION_TOLERANCE, "predictions " + predictionError);
            assertTrue(batchOneError <= PREDICTION_TOLERANCE, "predictions at batch 1 " + batchOneError);

            Map<String, Double> metrics = readMetrics(reference.resolve("inference/metrics_" + condition + ".txt"));
            ForecastErrors ours = ForecastErrors.of(out.predictions(), targets, 32);
            ForecastErrors replay = ForecastErrors.of(referencePredictions, targets, 32);
            System.out.printf("%s metrics (ours | reference file):%n"
                    + "  pooled RMSE %.10f | %.10f%n  pooled MAE  %.10f | %.10f%n  pooled MAPE %.10f | %.10f %%%n"
                    + "  batch32 RMSE %.10f | %.10f%n  batch32 MAPE %.10f | %.10f %%%n", condition,
                    ours.pooledRmse(), metrics.get("pooled_rmse"), ours.pooledMae(), metrics.get("pooled_mae"),
                    ours.pooledMapePercent(), metrics.get("pooled_mape_percent"), ours.batchRmse(),
                    metrics.get("batch32_avg_rmse"), ours.batchMapePercent(), metrics.get("batch32_avg_mape_percent"));
            // our metric code on the reference's own predictions: exact for the double-precision pooled values
            assertEquals(metrics.get("pooled_rmse"), replay.pooledRmse(), 1e-15);
            assertEquals(metrics.get("pooled_mae"), replay.pooledMae(), 1e-15);
            assertEquals(metrics.get("pooled_mape_percent"), replay.pooledMapePercent(), 1e-13);
            // batch averages were computed in float32 by the reference
            assertEquals(metrics.get("batch32_avg_rmse"), replay.batchRmse(), 1e-7);
            assertEquals(metrics.get("batch32_avg_mape_percent"), replay.batchMapePercent(), 1e-5);
            // and our predictions reproduce them within the prediction tolerance
            assertEquals(metrics.get("pooled_rmse"), ours.pooledRmse(), 1e-6);
            assertEquals(metrics.get("pooled_mae"), ours.pooledMae(), 1e-6);
            assertEquals(metrics.get("pooled_mape_percent"), ours.pooledMapePercent(), 1e-4);
            assertEquals(metrics.get("batch32_avg_rmse"), ours.batchRmse(), 1e-6);
            assertEquals(metrics.get("batch32_avg_mape_percent"), ours.batchMapePercent(), 1e-4);
        }
    }

    private static Map<String, Double> readMetrics(Path file) throws Exception {
        Map<String, Double> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                values.put(line.substring(0, eq).strip(), Double.parseDouble(line.substring(eq + 1).strip()));
            }
        }
        return values;
    }

    static double maxAbs(float[][] a, float[][] b) {
        assertEquals(b.length, a.length);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i].length, a[i].length);
            for (int j = 0; j < a[i].length; j++) {
                max = Math.max(max, Math.abs((double) a[i][j] - b[i][j]));
            }
        }
        return max;
    }

    private static void assertClose(double[] expected, float[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + "[" + i + "]");
        }
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
