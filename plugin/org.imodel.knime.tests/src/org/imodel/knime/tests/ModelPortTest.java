package org.imodel.knime.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.imodel.core.progress.Progress;
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

    @Test
    void portObjectRoundTripsThroughItsSerializers() throws Exception {
        ImodelPortObject model = (ImodelPortObject) TinyModel.learnerOutputs()[0];
        byte[] specZip = PortSerialization.saveSpec(new ImodelPortObjectSpec.Serializer(), model.getSpec());
        byte[] objectZip = PortSerialization.saveObject(new ImodelPortObject.Serializer(), model);
        assertEquals(List.of("imodel-parameters-v2-0.bin"), entries(objectZip), "one binary entry for the parameters");
        assertEquals(List.of("content.xml"), entries(specZip));
        // the spec holds the model spec, including the rollout map (about 4 000 ridge coefficients): 42 KB zipped.
        // Moving the map into the port object (a port format 3) would bring the spec back under 20 KB.
        assertTrue(specZip.length < 64_000, "the spec is a config without the parameters: " + specZip.length
                + " bytes");

        ImodelPortObjectSpec spec = PortSerialization.loadSpec(new ImodelPortObjectSpec.Serializer(), specZip);
        assertEquals(model.getSpec(), spec);
        ImodelPortObject loaded = PortSerialization.loadObject(new ImodelPortObject.Serializer(), objectZip, spec);
        assertArrayEquals(model.model().parameters(), loaded.model().parameters());
        assertEquals(model.getSummary(), loaded.getSummary());

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
        assertEquals(List.of("imodel-parameters-v2-0.bin", "imodel-parameters-v2-1.bin", "imodel-parameters-v2-2.bin"),
                entries(objectZip));
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

    @Test
    void goldenPortFilesOfVersion2StillLoadAndPredictWithABand() throws Exception {
        byte[] specZip = resource(GOLDEN_V2 + ".spec.zip");
        byte[] objectZip = resource(GOLDEN_V2 + ".object.zip");
        if (specZip == null || objectZip == null) {
            writeGolden("imodel-port-v2", (ImodelPortObject) TinyModel.ensembleOutputs()[0]);
            fail("golden files were missing; written to " + goldenOut() + ": commit them under src/org/imodel/knime"
                    + "/tests/golden");
        }
        ImodelPortObjectSpec spec = PortSerialization.loadSpec(new ImodelPortObjectSpec.Serializer(), specZip);
        ImodelPortObject model = PortSerialization.loadObject(new ImodelPortObject.Serializer(), objectZip, spec);
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
        byte[] specZip = resource(GOLDEN + ".spec.zip");
        byte[] objectZip = resource(GOLDEN + ".object.zip");
        if (specZip == null || objectZip == null) {
            writeGolden("imodel-port-v1", (ImodelPortObject) TinyModel.learnerOutputs()[0]);
            fail("golden files were missing; written to " + goldenOut() + ": commit them under src/org/imodel/knime"
                    + "/tests/golden");
        }
        ImodelPortObjectSpec spec = PortSerialization.loadSpec(new ImodelPortObjectSpec.Serializer(), specZip);
        ImodelPortObject model = PortSerialization.loadObject(new ImodelPortObject.Serializer(), objectZip, spec);
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
