package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.imodel.core.artifact.ModelSpecCodec;
import org.imodel.core.features.FeatureExtractor;
import org.imodel.core.forecast.CellState;
import org.imodel.core.forecast.CellStates;
import org.imodel.core.forecast.ForecastJob;
import org.imodel.core.forecast.Rollout;
import org.imodel.core.forecast.Trajectory;
import org.imodel.core.progress.Progress;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.training.TrainedModel;
import org.imodel.knime.port.ImodelPortObject;
import org.imodel.knime.port.ImodelPortObjectSpec;
import org.imodel.knime.testing.PortSerialization;
import org.junit.jupiter.api.Test;

/**
 * The model port saved and loaded through its registered serializers: the spec as a small config, the
 * parameters as one binary zip entry per network; and the golden port files of format version 1 (one network) and 2
 * (an ensemble of 3), which every later version must keep loading.
 */
class ModelPortTest {

    private static final String GOLDEN = "golden/imodel-port-v1";
    private static final String GOLDEN_V2 = "golden/imodel-port-v2";
    private static final String GOLDEN_V3 = "golden/imodel-port-v3";

    @Test
    void portObjectRoundTripsThroughItsSerializers() throws Exception {
        ImodelPortObject model = (ImodelPortObject) TinyModel.learnerOutputs()[0];
        byte[] specZip = PortSerialization.saveSpec(new ImodelPortObjectSpec.Serializer(), model.getSpec());
        byte[] objectZip = PortSerialization.saveObject(new ImodelPortObject.Serializer(), model);
        assertEquals(List.of("imodel-parameters-v2-0.bin", "imodel-rollout-v1.properties"), entries(objectZip),
                "one binary entry for the parameters, one for the rollout map");
        assertEquals(List.of("content.xml"), entries(specZip));
        // the rollout map (about 4 000 ridge coefficients, 42 KB zipped) travels in the port object, not the spec
        assertTrue(specZip.length < 20_000, "the spec is a config without the parameters and the rollout map: "
                + specZip.length + " bytes");
        assertNotNull(model.model().spec().rollout(), "the tiny model has a rollout map");
        assertTrue(model.getSpec().hasRolloutMap());
        assertNull(model.getSpec().modelSpec().orElseThrow().rollout());

        ImodelPortObjectSpec spec = PortSerialization.loadSpec(new ImodelPortObjectSpec.Serializer(), specZip);
        assertEquals(model.getSpec(), spec);
        assertTrue(spec.hasRolloutMap());
        ImodelPortObject loaded = PortSerialization.loadObject(new ImodelPortObject.Serializer(), objectZip, spec);
        assertArrayEquals(model.model().parameters(), loaded.model().parameters());
        assertEquals(ModelSpecCodec.write(model.model().spec()), ModelSpecCodec.write(loaded.model().spec()),
                "the whole model spec, rollout map included, comes back");
        assertArrayEquals(objectZip, PortSerialization.saveObject(new ImodelPortObject.Serializer(), loaded),
                "saved again: the same bytes");
        assertEquals(model.getSummary(), loaded.getSummary());
        // a spec that promises a map whose entry is missing is refused, saying so
        byte[] withoutMap = zip(unzip(objectZip), "imodel-parameters-v2-0.bin");
        IOException e = assertThrows(IOException.class, () -> PortSerialization.loadObject(
                new ImodelPortObject.Serializer(), withoutMap, spec));
        assertTrue(e.getMessage().contains("has a rollout map but not its entry imodel-rollout-v1.properties"),
                e.getMessage());

        // the configure-time spec (before training) round-trips too
        ImodelPortObjectSpec before = ImodelPortObjectSpec.beforeTraining(TinyModel.engineSettings(), 4);
        ImodelPortObjectSpec beforeBack = PortSerialization.loadSpec(new ImodelPortObjectSpec.Serializer(),
                PortSerialization.saveSpec(new ImodelPortObjectSpec.Serializer(), before));
        assertEquals(before, beforeBack);
        assertEquals(4, beforeBack.members());
    }

    @Test
    void ensemblesRoundTripWithOneEntryPerMember() throws Exception {
        ImodelPortObject model = (ImodelPortObject) TinyModel.ensembleOutputs()[0];
        byte[] specZip = PortSerialization.saveSpec(new ImodelPortObjectSpec.Serializer(), model.getSpec());
        byte[] objectZip = PortSerialization.saveObject(new ImodelPortObject.Serializer(), model);
        assertEquals(List.of("imodel-parameters-v2-0.bin", "imodel-parameters-v2-1.bin", "imodel-parameters-v2-2.bin",
                "imodel-rollout-v1.properties"), entries(objectZip));
        ImodelPortObjectSpec spec = PortSerialization.loadSpec(new ImodelPortObjectSpec.Serializer(), specZip);
        assertEquals(model.getSpec(), spec);
        assertEquals(3, spec.members());
        ImodelPortObject loaded = PortSerialization.loadObject(new ImodelPortObject.Serializer(), objectZip, spec);
        for (int m = 0; m < 3; m++) {
            assertArrayEquals(model.model().members().get(m), loaded.model().members().get(m), "member " + m);
        }
        // a port object without its last member is refused naming what is missing
        byte[] single = PortSerialization.saveObject(new ImodelPortObject.Serializer(),
                (ImodelPortObject) TinyModel.learnerOutputs()[0]);
        IOException e = assertThrows(IOException.class, () -> PortSerialization.loadObject(
                new ImodelPortObject.Serializer(), single, spec));
        assertTrue(e.getMessage().contains("only 1 of its 3 members"), e.getMessage());
    }

    /**
     * Format 2 as written between the rollout map's arrival and format 3 (session 7-8 builds): the map inside the
     * spec's model spec, no map entry in the object. It loads, and the map reaches the model.
     */
    @Test
    void aFormat2SpecHoldingTheRolloutMapStillLoadsWithItsMap() throws Exception {
        ImodelPortObject model = (ImodelPortObject) TinyModel.learnerOutputs()[0];
        Map<String, byte[]> spec = unzip(PortSerialization.saveSpec(new ImodelPortObjectSpec.Serializer(),
                model.getSpec()));
        String xml = new String(spec.get("content.xml"), StandardCharsets.UTF_8);
        String version = "<entry key=\"format_version\" type=\"xint\" value=\"3\"/>";
        String flag = "<entry key=\"rollout_map\" type=\"xboolean\" value=\"true\"/>";
        String specStart = "<config key=\"model_spec\">";
        assertTrue(xml.contains(version) && xml.contains(flag) && xml.contains(specStart), xml);
        StringBuilder keys = new StringBuilder();
        Properties map = ModelSpecCodec.writeRollout(model.model().spec().rollout());
        map.stringPropertyNames().stream().sorted().forEach(k -> keys.append("<entry key=\"").append(k)
                .append("\" type=\"xstring\" value=\"").append(map.getProperty(k)).append("\"/>\n"));
        String old = xml.replace(version, version.replace("\"3\"", "\"2\"")).replace(flag, "")
                .replace(specStart, specStart + "\n" + keys);
        spec.put("content.xml", old.getBytes(StandardCharsets.UTF_8));
        ImodelPortObjectSpec loadedSpec = PortSerialization.loadSpec(new ImodelPortObjectSpec.Serializer(),
                zip(spec, "content.xml"));
        assertTrue(loadedSpec.hasRolloutMap());
        assertNull(loadedSpec.modelSpec().orElseThrow().rollout(), "the spec keeps the map out, as format 3");
        byte[] object = zip(unzip(PortSerialization.saveObject(new ImodelPortObject.Serializer(), model)),
                "imodel-parameters-v2-0.bin");
        ImodelPortObject loaded = PortSerialization.loadObject(new ImodelPortObject.Serializer(), object, loadedSpec);
        assertEquals(ModelSpecCodec.write(model.model().spec()), ModelSpecCodec.write(loaded.model().spec()));
    }

    @Test
    void goldenPortFilesOfVersion3StillLoadWithTheirRolloutMap() throws Exception {
        ImodelPortObject model = golden(GOLDEN_V3, () -> (ImodelPortObject) TinyModel.learnerOutputs()[0]);
        ImodelPortObjectSpec spec = model.getSpec();
        assertTrue(spec.hasRolloutMap());
        assertNotNull(model.model().spec().rollout());
        try (TrainedModel engine = TrainedModel.load(model.model())) {
            CellState state = CellStates.state(new FeatureExtractor(engine.spec().features()), engine.spec(),
                    TinyModel.ROWS.stream().filter(r -> r.cellId().equals("SIM-005")).toList().get(12), 3.0);
            double[] c = new double[30];
            Arrays.fill(c, 1.0);
            double[] d = new double[30];
            Arrays.fill(d, 2.0);
            double[] t = new double[30];
            Arrays.fill(t, 25);
            Trajectory rolled = new Rollout(engine, 1, 32).forecast(List.of(new ForecastJob(state,
                    Scenario.explicit("use", ScenarioUnit.AMPERE, c, d, t))), 30, Progress.NONE).get(0);
            assertEquals(30, rolled.steps(), "beyond the horizon of 10 by the golden model's rollout map");
            for (float v : rolled.capacityAh()) {
                assertTrue(Float.isFinite(v), "forecast " + v);
            }
        }
    }

    @Test
    void goldenPortFilesOfVersion2StillLoadAndPredictWithABand() throws Exception {
        ImodelPortObject model = golden(GOLDEN_V2, () -> (ImodelPortObject) TinyModel.ensembleOutputs()[0]);
        ImodelPortObjectSpec spec = model.getSpec();
        assertEquals(3, spec.members());
        assertEquals(3, spec.modelSpec().orElseThrow().ensemble().members());
        try (TrainedModel engine = TrainedModel.load(model.model())) {
            List<Forecast> forecasts = ImodelPredictor.predict(engine, TinyModel.ROWS.stream()
                    .filter(r -> r.cellId().equals("SIM-005")).toList(), Progress.NONE);
            assertFalse(forecasts.isEmpty());
            for (Forecast f : forecasts) {
                for (int t = 0; t < f.predictions().length; t++) {
                    assertTrue(f.bandLow()[t] <= f.predictions()[t] && f.predictions()[t] <= f.bandHigh()[t],
                            "band " + f.bandLow()[t] + " .. " + f.bandHigh()[t] + " around " + f.predictions()[t]);
                }
            }
        }
    }

    @Test
    void goldenPortFilesOfVersion1StillLoadAndPredict() throws Exception {
        ImodelPortObject model = golden(GOLDEN, () -> (ImodelPortObject) TinyModel.learnerOutputs()[0]);
        ImodelPortObjectSpec spec = model.getSpec();
        assertEquals(10, spec.horizon());
        assertEquals(1, spec.members(), "format 1 holds one network");
        assertEquals(8, spec.modelSpec().orElseThrow().config().hiddenSize());
        assertEquals(TinyModel.TRAIN, spec.modelSpec().orElseThrow().provenance().trainCells());
        try (TrainedModel engine = TrainedModel.load(model.model())) {
            List<Forecast> forecasts = ImodelPredictor.predict(engine, TinyModel.ROWS.stream()
                    .filter(r -> r.cellId().equals("SIM-005")).toList(), Progress.NONE);
            assertFalse(forecasts.isEmpty());
            for (Forecast f : forecasts) {
                for (float p : f.predictions()) {
                    assertTrue(Float.isFinite(p), "prediction " + p);
                }
            }
        }
    }

    /**
     * @param name resource name of the golden port files, without ".spec.zip" / ".object.zip"
     * @param current the port object to write as golden files when they are missing (the test then fails)
     * @return the golden port object, loaded through the serializers
     */
    private static ImodelPortObject golden(String name, Callable<ImodelPortObject> current)
            throws Exception {
        byte[] specZip = resource(name + ".spec.zip");
        byte[] objectZip = resource(name + ".object.zip");
        if (specZip == null || objectZip == null) {
            writeGolden(name.substring(name.lastIndexOf('/') + 1), current.call());
            fail("golden files were missing; written to " + goldenOut() + ": commit them under src/org/imodel/knime"
                    + "/tests/golden");
        }
        ImodelPortObjectSpec spec = PortSerialization.loadSpec(new ImodelPortObjectSpec.Serializer(), specZip);
        return PortSerialization.loadObject(new ImodelPortObject.Serializer(), objectZip, spec);
    }

    private static Path goldenOut() {
        return Path.of(System.getProperty("java.io.tmpdir"), "imodel-golden");
    }

    private static void writeGolden(String name, ImodelPortObject model) throws Exception {
        Files.createDirectories(goldenOut());
        Files.write(goldenOut().resolve(name + ".spec.zip"),
                PortSerialization.saveSpec(new ImodelPortObjectSpec.Serializer(), model.getSpec()));
        Files.write(goldenOut().resolve(name + ".object.zip"),
                PortSerialization.saveObject(new ImodelPortObject.Serializer(), model));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ModelPortTest.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** @return the zip's entries by name, in order */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** @return a zip of the named entries, in the order named */
    private static byte[] zip(Map<String, byte[]> entries, String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(entries.get(name));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertNotNull(e.getName());
                names.add(e.getName());
            }
        }
        return names;
    }
}
