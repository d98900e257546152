package org.imodel.core.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.imodel.core.features.FeatureSettings;
import org.imodel.core.model.ImodelConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path dir;

    static ModelSpec spec() {
        FeatureSettings f = FeatureSettings.forFamily("UL-NCA", 20);
        double[] mean = new double[12];
        double[] scale = new double[12];
        for (int i = 0; i < 12; i++) {
            mean[i] = 0.1 * i + 1e-17;
            scale[i] = 1.0 / 3 + i;
        }
        Provenance p = new Provenance("recommended", 2025, 120, 97, List.of("CY25-1_1-#1", "CY25-1_1-#2"),
                List.of("CY25-1_1-#6"), "ab12", Map.of("djl", "0.36.0"), Map.of("pooled_mape", 0.98),
                "2026-11-24T00:00:00Z", Map.of("learning_rate", "0.003", "batch_size", "32"));
        return new ModelSpec(ImodelConfig.reference(10, 12), f, "AUTO", f.featureNames(), mean, scale, "UL",
                ModelSpec.SCENARIO_CHANNELS, List.of("C-code", "C-code", "degC"), p);
    }

    @Test
    void roundTripIsExact() throws IOException {
        ModelFile file = new ModelFile(spec(), new byte[] {1, 2, 3, 4});
        Path target = dir.resolve("m.imodel");
        file.write(target);
        ModelFile back = ModelFile.read(target);
        assertEquals(spec().config(), back.spec().config());
        assertEquals(spec().features(), back.spec().features());
        assertArrayEquals(spec().scalerMean(), back.spec().scalerMean());
        assertArrayEquals(spec().scalerScale(), back.spec().scalerScale());
        assertEquals(spec().provenance(), back.spec().provenance());
        assertEquals(spec().featureNames(), back.spec().featureNames());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, back.parameters());
        assertTrue(back.spec().summary().contains("horizon 10"), back.spec().summary());
    }

    static ModelSpec ensembleSpec() {
        ModelSpec single = spec();
        return single.withEnsemble(single.provenance(), new Ensemble(3, new int[] {120, 120, 120},
                new int[] {97, 110, 101}, 0.9, 1.7320508075688772, BandCalibration.CROSS));
    }

    @Test
    void theBandGrowthBeyondTheHorizonRoundTripsAndIsOptional() {
        ModelSpec spec = ensembleSpec();
        ModelSpec grown = spec.withEnsemble(spec.provenance(), spec.ensemble().withRolloutGrowth(
                new double[] {1.25, 1.5}));
        Properties p = ModelSpecCodec.write(grown);
        assertEquals("1.25,1.5", p.getProperty("ensemble.rolloutGrowth"));
        Ensemble back = ModelSpecCodec.read(p).ensemble();
        assertEquals(grown.ensemble(), back);
        assertEquals(1.7320508075688772, back.spreadScale(0));
        assertEquals(1.7320508075688772 * 1.25, back.spreadScale(1));
        assertEquals(1.7320508075688772 * 1.5, back.spreadScale(2));
        assertEquals(1.7320508075688772 * 1.5, back.spreadScale(7), "past the fitted blocks: the last factor");
        assertEquals("[1.25, 1.50]", back.rolloutGrowthText());
        p.remove("ensemble.rolloutGrowth");
        Ensemble old = ModelSpecCodec.read(p).ensemble();
        assertFalse(old.calibratedBeyondHorizon());
        assertEquals(1.7320508075688772, old.spreadScale(3), "not calibrated beyond P: the first block's scale");
        assertFalse(ModelSpecCodec.write(spec).containsKey("ensemble.rolloutGrowth"));
        p.setProperty("ensemble.rolloutGrowth", "1.2,-1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelSpecCodec.read(p));
        assertTrue(e.getMessage().contains("'ensemble.rolloutGrowth'") && e.getMessage().contains("damaged"),
                e.getMessage());
    }

    @Test
    void theBandCalibrationRoundTripsAndEnsemblesWrittenBeforeItLoadAsValidationCalibrated() {
        Properties p = ModelSpecCodec.write(ensembleSpec());
        assertEquals("cross", p.getProperty("ensemble.calibration"));
        assertEquals(BandCalibration.CROSS, ModelSpecCodec.read(p).ensemble().calibration());
        assertTrue(ModelCard.of(ModelSpecCodec.read(p)).text().contains("cross: member i did not train on fold i"));
        p.remove("ensemble.calibration");
        ModelSpec old = ModelSpecCodec.read(p);
        assertEquals(BandCalibration.VALIDATION, old.ensemble().calibration());
        assertEquals(1.7320508075688772, old.ensemble().spreadScale());
        assertTrue(ModelCard.of(old).text().contains("validation: scale fitted on the validation cells"),
                ModelCard.of(old).text());
        p.setProperty("ensemble.calibration", "crossed");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelSpecCodec.read(p));
        assertTrue(e.getMessage().contains("'ensemble.calibration'") && e.getMessage().contains("'crossed'"),
                e.getMessage());
    }

    @Test
    void ensemblesRoundTripWithOneParameterEntryPerMember() throws IOException {
        ModelFile file = new ModelFile(ensembleSpec(), List.of(new byte[] {1}, new byte[] {2, 2}, new byte[] {3}));
        Path target = dir.resolve("e.imodel");
        file.write(target);
        List<String> entries = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(target))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertEquals(List.of("spec.properties", "parameters.bin", "parameters-1.bin", "parameters-2.bin"), entries);
        ModelFile back = ModelFile.read(target);
        assertEquals(ensembleSpec().ensemble(), back.spec().ensemble());
        assertEquals(3, back.members().size());
        assertArrayEquals(new byte[] {2, 2}, back.members().get(1));
        assertArrayEquals(new byte[] {1}, back.parameters());
        assertTrue(back.spec().summary().contains("ensemble of 3 (seeds 2025..2027)"), back.spec().summary());
        String card = ModelCard.of(back.spec()).text();
        assertTrue(card.contains("spread_scale") && card.contains("1.7320508075688772")
                && card.contains("[97, 110, 101]"), card);
        // a single network: no ensemble section, one entry, written as format 3 with one member
        Properties single = ModelSpecCodec.write(spec());
        assertEquals("3", single.getProperty("format.version"));
        assertEquals("1", single.getProperty("ensemble.members"));
        assertEquals(Ensemble.single(120, 97), ModelSpecCodec.read(single).ensemble());
        assertTrue(!ModelCard.of(spec()).text().contains("ensemble"), "no ensemble section for one network");
    }

    @Test
    void specsOfFormatTwoAreSingleNetworks() {
        Properties p = ModelSpecCodec.write(spec());
        p.setProperty("format.version", "2");
        p.stringPropertyNames().stream().filter(k -> k.startsWith("ensemble.")).toList().forEach(p::remove);
        ModelSpec old = ModelSpecCodec.read(p);
        assertEquals(1, old.ensemble().members());
        assertEquals(97, old.ensemble().bestEpochs()[0]);
        assertEquals(1.0, old.ensemble().spreadScale());
        assertTrue(!old.ensemble().calibrated());
    }

    @Test
    void incompleteEnsemblesAreRefused() throws IOException {
        ModelFile file = new ModelFile(ensembleSpec(), List.of(new byte[] {1}, new byte[] {2}, new byte[] {3}));
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(cut)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("spec.properties"));
            ModelSpecCodec.write(file.spec()).store(zip, null);
            zip.putNextEntry(new java.util.zip.ZipEntry("parameters.bin"));
            zip.write(1);
            zip.putNextEntry(new java.util.zip.ZipEntry("parameters-2.bin"));
            zip.write(3);
        }
        IOException e = assertThrows(IOException.class,
                () -> ModelFile.read(new ByteArrayInputStream(cut.toByteArray()), "cut.imodel"));
        assertTrue(e.getMessage().contains("cut.imodel") && e.getMessage().contains("parameters-1.bin")
                && e.getMessage().contains("ensemble of 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ModelFile(ensembleSpec(), new byte[] {1}));
        Properties p = ModelSpecCodec.write(ensembleSpec());
        p.setProperty("ensemble.bestEpochs", "97,110");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ModelSpecCodec.read(p));
        assertTrue(bad.getMessage().contains("ensemble"), bad.getMessage());
        p.setProperty("ensemble.bestEpochs", "97,110,101");
        p.setProperty("ensemble.spreadScale", "-1");
        assertThrows(IllegalArgumentException.class, () -> ModelSpecCodec.read(p));
    }

    @Test
    void damagedForeignOrNewerFilesAreRefusedClearly() throws IOException {
        Path foreign = dir.resolve("x.imodel");
        Files.writeString(foreign, "hello");
        IOException e = assertThrows(IOException.class, () -> ModelFile.read(foreign));
        assertTrue(e.getMessage().contains("not an iMODEL model file"), e.getMessage());
        byte[] bytes = new ModelFile(spec(), new byte[] {1}).toBytes();
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThrows(IOException.class, () -> ModelFile.read(new ByteArrayInputStream(cut), "cut"));
        Properties p = ModelSpecCodec.write(spec());
        p.setProperty("format.version", "99");
        IllegalArgumentException newer = assertThrows(IllegalArgumentException.class, () -> ModelSpecCodec.read(p));
        assertTrue(newer.getMessage().contains("newer"), newer.getMessage());
        Properties q = ModelSpecCodec.write(spec());
        q.remove("scaler.mean");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ModelSpecCodec.read(q));
        assertTrue(missing.getMessage().contains("scaler.mean"), missing.getMessage());
    }
}
