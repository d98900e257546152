package org.imodel.core.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
