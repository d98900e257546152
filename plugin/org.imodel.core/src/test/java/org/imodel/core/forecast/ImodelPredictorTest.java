package org.imodel.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.imodel.core.artifact.ModelFile;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.ModelSpecCodec;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.model.ImodelConfig;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.SimulatedCells;
import org.imodel.core.training.TrainedModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Forecast windows, NaN handling, unit checks and damaged model files, on one briefly trained model. */
class ImodelPredictorTest {

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

    @Test
    void predictsEveryCompleteWindowInCellOrder() throws Exception {
        List<CycleRecord> rows = new ArrayList<>(cell("SIM-005"));
        rows.addAll(cell("SIM-001"));
        List<Forecast> f = ImodelPredictor.predict(model, rows, Progress.NONE);
        int n5 = cell("SIM-005").size();
        int n1 = cell("SIM-001").size();
        assertEquals(n5 - 10 + 1 + n1 - 10 + 1, f.size(), "rule ALL: N - P + 1 windows per cell");
        assertEquals("SIM-005", f.get(0).cellId());
        assertEquals(0, f.get(0).startRow());
        assertEquals(cell("SIM-005").get(0).cycle(), f.get(0).cycle());
        assertEquals("SIM-001", f.get(f.size() - 1).cellId());
        assertEquals(n1 - 10, f.get(f.size() - 1).startRow());
        Forecast first = f.get(0);
        assertEquals(10, first.predictions().length);
        assertEquals(5, first.gates().length);
        double sum = 0;
        for (float g : first.gates()) {
            sum += g;
        }
        assertEquals(1, sum, 1e-5);
        for (int t = 0; t < 10; t++) {
            assertEquals((float) cell("SIM-005").get(t).dischargeCapacity(), first.targets()[t]);
            assertTrue(Float.isFinite(first.predictions()[t]));
        }
        ForecastMetrics m = ImodelPredictor.metrics(f);
        assertEquals(f.size(), m.windows());
        assertTrue(m.pooledMape() > 0 && m.pooledRmse() > 0);
    }

    @Test
    void aWindowWithAMissingFeatureGetsNanForecastsOnly() throws Exception {
        List<CycleRecord> rows = new ArrayList<>(cell("SIM-005"));
        CycleRecord r = rows.get(3);
        rows.set(3, new CycleRecord(r.cellId(), r.cycle(), r.chargeCurrent(), r.dischargeCurrent(), r.temperature(),
                Double.NaN, r.chargeCapacity(), r.ci(), r.ciGrid(), new double[0], r.currentUnit(), r.family(),
                r.condition(), r.sourceFile(), r.sourceLine()));
        List<Forecast> f = ImodelPredictor.predict(model, rows, Progress.NONE);
        assertTrue(Float.isNaN(f.get(3).predictions()[0]) && Float.isNaN(f.get(3).gates()[0]),
                "no relaxation trace: NaN features, NaN forecast");
        assertTrue(Float.isFinite(f.get(2).predictions()[0]));
        assertTrue(Float.isNaN(f.get(2).targets()[1]), "the missing capacity is a NaN target");
        ForecastMetrics m = ImodelPredictor.metrics(f);
        assertTrue(Double.isFinite(m.pooledMape()), "NaN points are left out of the metrics");
    }

    @Test
    void currentsInAnotherUnitAreRejected() {
        List<CycleRecord> rows = new ArrayList<>();
        for (CycleRecord r : cell("SIM-005")) {
            rows.add(new CycleRecord(r.cellId(), r.cycle(), r.chargeCurrent(), r.dischargeCurrent(), r.temperature(),
                    r.dischargeCapacity(), r.chargeCapacity(), r.ci(), r.ciGrid(), r.relaxationVoltage(), "C-code",
                    r.family(), r.condition(), r.sourceFile(), r.sourceLine()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImodelPredictor.predict(model, rows, Progress.NONE));
        assertTrue(e.getMessage().contains("trained with currents in A") && e.getMessage().contains("SIM-005"),
                e.getMessage());
    }

    @Test
    void damagedOrMismatchedModelFilesGiveClearErrors() throws Exception {
        ModelFile good = model.toFile();
        IOException garbage = assertThrows(IOException.class,
                () -> TrainedModel.load(new ModelFile(good.spec(), new byte[] {1, 2, 3, 4, 5, 6, 7, 8})));
        assertTrue(garbage.getMessage().contains("damaged"), garbage.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(good.parameters(), good.parameters().length / 2);
        IOException cut = assertThrows(IOException.class, () -> TrainedModel.load(new ModelFile(good.spec(), truncated)));
        assertTrue(cut.getMessage().contains("damaged"), cut.getMessage());

        ImodelConfig other = good.spec().config().withHorizon(5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImodelNetwork net = ImodelNetwork.create(other, 1)) {
            net.saveParameters(bytes);
        }
        IOException mismatch = assertThrows(IOException.class,
                () -> TrainedModel.load(new ModelFile(good.spec(), bytes.toByteArray())));
        assertTrue(mismatch.getMessage().contains("do not fit its spec") && mismatch.getMessage().contains("horizon 5"),
                mismatch.getMessage());

        Properties p = ModelSpecCodec.write(good.spec());
        p.setProperty("features.soc", "30");
        p.setProperty("features.relaxation", "false");
        p.setProperty("features.names", "a|b|c|d|e|f");
        p.setProperty("config.features", "6");
        p.setProperty("scaler.mean", "0,0,0,0,0,0");
        p.setProperty("scaler.scale", "1,1,1,1,1,1");
        for (String key : List.of("featureMin", "featureMax", "scenarioMin", "scenarioMax")) {
            p.remove("envelope." + key);
        }
        p.stringPropertyNames().stream().filter(k -> k.startsWith("rollout.")).toList().forEach(p::remove);
        ModelSpec sixFeatures = ModelSpecCodec.read(p);
        IOException names = assertThrows(IOException.class,
                () -> TrainedModel.load(new ModelFile(sixFeatures, good.parameters())));
        assertTrue(names.getMessage().contains("feature names"), names.getMessage());
        p.setProperty("window.rule", "SOMETIMES");
        IOException rule = assertThrows(IOException.class,
                () -> TrainedModel.load(new ModelFile(ModelSpecCodec.read(withNames(p)), good.parameters())));
        assertTrue(rule.getMessage().contains("window rule"), rule.getMessage());

        try (TrainedModel again = TrainedModel.load(good)) {
            assertArrayEquals(good.parameters(), again.toFile().parameters());
        }
    }

    private static Properties withNames(Properties p) {
        p.setProperty("features.names", "ci_mean|ci_skew|ci_max|ci_var|ci_at_3.65|v_at_rise");
        return p;
    }

    private static List<CycleRecord> cell(String id) {
        return SimulatedCells.rows().stream().filter(r -> r.cellId().equals(id)).toList();
    }
}
