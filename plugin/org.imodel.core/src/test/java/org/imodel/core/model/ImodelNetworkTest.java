package org.imodel.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Creation, initialisation, parameter import/export, save/load and input checks of {@link ImodelNetwork}. */
class ImodelNetworkTest {

    private static final ImodelConfig P10 = ImodelConfig.reference(10, 12);

    @Test
    void initialisationIsSeededAndPyTorchLike() {
        Map<String, NamedArray> a;
        try (ImodelNetwork net = ImodelNetwork.create(ImodelConfig.defaults(), 42)) {
            a = net.exportParameters();
        }
        try (ImodelNetwork same = ImodelNetwork.create(ImodelConfig.defaults(), 42);
                ImodelNetwork other = ImodelNetwork.create(ImodelConfig.defaults(), 43)) {
            assertEquals(a, same.exportParameters(), "same seed, same parameters");
            assertNotEquals(a, other.exportParameters());
        }
        assertBound(a, "capacity_fc.3.weight", 1 / Math.sqrt(50));
        assertBound(a, "capacity_fc.3.bias", 1 / Math.sqrt(50));
        assertBound(a, "features_fc.weight", 1 / Math.sqrt(12));
        assertBound(a, "features_fc.bias", 1 / Math.sqrt(12));
        assertBound(a, "lstm.weight_hh_l0_reverse", 1 / Math.sqrt(64));
        assertBound(a, "lstm.bias_ih_l0", 1 / Math.sqrt(64));
        assertBound(a, "fc_final.weight", 1 / Math.sqrt(128));
        for (float v : a.get("w_noise").values()) {
            assertEquals(0f, v, "w_noise starts at zero");
        }
        assertEquals(TorchStateDict.expectedShapes(ImodelConfig.defaults()).keySet(), a.keySet(),
                "PyTorch state-dict names and order");
    }

    @Test
    void saveAndLoadRoundTripIsBitIdentical() throws Exception {
        Inputs in = Inputs.random(P10, 70, 5);
        try (ImodelNetwork net = ImodelNetwork.create(P10, 11); ImodelNetwork other = ImodelNetwork.create(P10, 12)) {
            byte[] saved = save(net);
            other.loadParameters(new ByteArrayInputStream(saved));
            assertEquals(net.exportParameters(), other.exportParameters());
            assertArrayEquals(saved, save(other), "saving the loaded network gives the same bytes");
            ImodelPrediction expected = net.predict(in.ci, in.features, in.scenario);
            ImodelPrediction actual = other.predict(in.ci, in.features, in.scenario);
            assertTrue(Arrays.deepEquals(expected.predictions(), actual.predictions()));
            assertTrue(Arrays.deepEquals(expected.gates(), actual.gates()));
            assertTrue(Arrays.deepEquals(expected.logits(), actual.logits()));
            try (ImodelNetwork loaded = ImodelNetwork.load(new ByteArrayInputStream(saved))) {
                assertEquals(P10, loaded.config());
                assertEquals(net.exportParameters(), loaded.exportParameters());
            }
        }
    }

    @Test
    void loadingAnIncompatibleOrCorruptStreamFailsClearlyAndChangesNothing() throws Exception {
        try (ImodelNetwork p10 = ImodelNetwork.create(P10, 1);
                ImodelNetwork p50 = ImodelNetwork.create(ImodelConfig.defaults(), 2)) {
            Map<String, NamedArray> before = p50.exportParameters();
            byte[] saved = save(p10);
            IncompatibleParametersException e = assertThrows(IncompatibleParametersException.class,
                    () -> p50.loadParameters(new ByteArrayInputStream(saved)));
            assertTrue(e.getMessage().contains("horizon 10 (this network: 50)"), e.getMessage());
            byte[] truncated = Arrays.copyOf(saved, saved.length - 1000);
            ParameterFileException t = assertThrows(ParameterFileException.class,
                    () -> p10.loadParameters(new ByteArrayInputStream(truncated)));
            assertTrue(t.getMessage().contains("truncated") || t.getMessage().contains("corrupt"), t.getMessage());
            assertThrows(ParameterFileException.class,
                    () -> p10.loadParameters(new ByteArrayInputStream("garbage!garbage!".getBytes())));
            assertEquals(before, p50.exportParameters());
        }
    }

    @Test
    void exportedParametersRoundTripThroughNpzAndOldNames() throws Exception {
        Inputs in = Inputs.random(P10, 40, 6);
        try (ImodelNetwork net = ImodelNetwork.create(P10, 21)) {
            Map<String, NamedArray> exported = net.exportParameters();
            ByteArrayOutputStream npz = new ByteArrayOutputStream();
            Npz.write(npz, exported);
            Map<String, NamedArray> read = Npz.read(new ByteArrayInputStream(npz.toByteArray()), "memory");
            Map<String, NamedArray> oldNames = new LinkedHashMap<>();
            read.forEach((k, v) -> oldNames.put(k.replace("capacity_fc.", "capacity_fcs.")
                    .replace("features_fc.", "relaxation_fc."), v));
            ImodelPrediction expected = net.predict(in.ci, in.features, in.scenario);
            for (Map<String, NamedArray> dict : java.util.List.of(read, oldNames)) {
                try (ImodelNetwork copy = ImodelNetwork.fromStateDict(dict, ImodelConfig.defaults())) {
                    assertEquals(P10, copy.config());
                    assertEquals(exported, copy.exportParameters());
                    assertTrue(Arrays.deepEquals(expected.predictions(),
                            copy.predict(in.ci, in.features, in.scenario).predictions()));
                }
            }
        }
    }

    @Test
    void importErrorsNameTheParameterAndTheShapes() {
        try (ImodelNetwork net = ImodelNetwork.create(P10, 3)) {
            Map<String, NamedArray> good = net.exportParameters();
            Map<String, NamedArray> before = net.exportParameters();

            Map<String, NamedArray> wrongShape = new LinkedHashMap<>(good);
            wrongShape.remove("capacity_fc.2.weight");
            wrongShape.put("capacity_fcs.2.weight", NamedArray.of("capacity_fcs.2.weight", new float[2500], 50, 50));
            String m = assertThrows(IncompatibleParametersException.class, () -> net.importParameters(wrongShape))
                    .getMessage();
            assertTrue(m.contains("'capacity_fc.2.weight' (given as 'capacity_fcs.2.weight')")
                    && m.contains("expected shape [10, 50], found [50, 50]"), m);

            Map<String, NamedArray> missing = new LinkedHashMap<>(good);
            missing.remove("lstm.bias_hh_l0_reverse");
            missing.put("lstm.extra", NamedArray.of("lstm.extra", new float[] {1}, 1));
            m = assertThrows(IncompatibleParametersException.class, () -> net.importParameters(missing)).getMessage();
            assertTrue(m.contains("missing [lstm.bias_hh_l0_reverse]") && m.contains("unexpected [lstm.extra]"), m);

            Map<String, NamedArray> twice = new LinkedHashMap<>(good);
            twice.put("relaxation_fc.bias", good.get("features_fc.bias"));
            m = assertThrows(IncompatibleParametersException.class, () -> net.importParameters(twice)).getMessage();
            assertTrue(m.contains("given twice"), m);

            Map<String, NamedArray> nan = new LinkedHashMap<>(good);
            float[] v = good.get("fc_final.weight").values().clone();
            v[7] = Float.NaN;
            nan.put("fc_final.weight", NamedArray.of("fc_final.weight", v, 1, 128));
            m = assertThrows(IncompatibleParametersException.class, () -> net.importParameters(nan)).getMessage();
            assertTrue(m.contains("fc_final.weight") && m.contains("index 7"), m);

            assertEquals(before, net.exportParameters(), "a failed import changes nothing");
        }
    }

    @Test
    void predictChecksItsInputsAndBatchesConsistently() {
        Inputs in = Inputs.random(P10, 37, 8);
        try (ImodelNetwork net = ImodelNetwork.create(P10, 4)) {
            ImodelPrediction all = net.predict(in.ci, in.features, in.scenario, 37);
            ImodelPrediction small = net.predict(in.ci, in.features, in.scenario, 5);
            assertTrue(ReferenceParityTest.maxAbs(all.predictions(), small.predictions()) < 1e-5);
            for (float[] g : all.gates()) {
                double sum = 0;
                for (float x : g) {
                    sum += x;
                }
                assertEquals(1, sum, 1e-6);
            }
            float[][] shortCi = in.ci.clone();
            shortCi[3] = new float[49];
            String m = assertThrows(IllegalArgumentException.class,
                    () -> net.predict(shortCi, in.features, in.scenario)).getMessage();
            assertTrue(m.contains("ci[3] has 49 values, expected 50"), m);
            assertThrows(IllegalArgumentException.class,
                    () -> net.predict(in.ci, in.features, Arrays.copyOf(in.scenario, 3)));
            assertEquals(0, net.predict(new float[0][], new float[0][], new float[0][][]).size());
        }
    }

    @Test
    void predictWorksOnAFreshThreadWithGradModeOff() throws Exception {
        Inputs in = Inputs.random(P10, 3, 9);
        try (ImodelNetwork net = ImodelNetwork.create(P10, 5)) {
            ImodelPrediction here = net.predict(in.ci, in.features, in.scenario);
            ImodelPrediction[] there = new ImodelPrediction[1];
            boolean[] gradAfter = new boolean[1];
            Thread t = new Thread(() -> {
                there[0] = net.predict(in.ci, in.features, in.scenario);
                gradAfter[0] = ai.djl.pytorch.jni.JniUtils.isGradMode();
            });
            t.start();
            t.join();
            assertTrue(Arrays.deepEquals(here.predictions(), there[0].predictions()));
            assertTrue(gradAfter[0], "the thread's own grad mode is restored");
        }
    }

    private static byte[] save(ImodelNetwork net) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        net.saveParameters(out);
        return out.toByteArray();
    }

    private static void assertBound(Map<String, NamedArray> a, String name, double bound) {
        float max = 0;
        for (float v : a.get(name).values()) {
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max <= bound && max > 0.9 * bound, name + ": max |w| " + max + ", bound " + bound);
    }

    /** Random inputs of plausible size. */
    static final class Inputs {
        final float[][] ci;
        final float[][] features;
        final float[][][] scenario;
        final float[][] targets;

        private Inputs(float[][] ci, float[][] features, float[][][] scenario, float[][] targets) {
            this.ci = ci;
            this.features = features;
            this.scenario = scenario;
            this.targets = targets;
        }

        static Inputs random(ImodelConfig c, int n, long seed) {
            Random r = new Random(seed);
            float[][] ci = new float[n][c.curveLength()];
            float[][] f = new float[n][c.features()];
            float[][][] s = new float[n][c.horizon()][3];
            float[][] y = new float[n][c.horizon()];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < c.curveLength(); j++) {
                    ci[i][j] = j == 0 ? 0 : ci[i][j - 1] + 0.04f * r.nextFloat();
                }
                for (int j = 0; j < c.features(); j++) {
                    f[i][j] = (float) r.nextGaussian();
                }
                for (int t = 0; t < c.horizon(); t++) {
                    s[i][t] = new float[] {0.5f, 1f, 25f};
                    y[i][t] = 3f - 0.002f * t + 0.05f * (float) r.nextGaussian();
                }
            }
            return new Inputs(ci, f, s, y);
        }
    }
}
