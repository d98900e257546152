package org.imodel.core.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.SplittableRandom;

import org.imodel.core.rollout.RolloutMap;
import org.junit.jupiter.api.Test;

/** The rollout map in the model spec: optional, exact round trip, versioned, checked against the network. */
class RolloutSpecTest {

    /** A map of the test spec's sizes (horizon 10, 50 curve points, 12 features) with awkward numbers. */
    static RolloutMap map(int horizon) {
        SplittableRandom random = new SplittableRandom(5);
        int in = RolloutMap.inputs(50, 12);
        double[] mean = new double[in];
        double[] scale = new double[in];
        double[][] weights = new double[in][62];
        for (int i = 0; i < in; i++) {
            mean[i] = random.nextDouble() / 3;
            scale[i] = 1 + random.nextDouble() * 1e-17 + i;
            for (int o = 0; o < 62; o++) {
                weights[i][o] = random.nextGaussian() * 1e-5;
            }
        }
        double[] intercept = new double[62];
        intercept[3] = -1.0 / 7;
        return new RolloutMap(RolloutMap.VERSION, horizon, 50, 12, 1e-3, mean, scale, intercept, weights, 1234,
                Double.NaN);
    }

    @Test
    void rolloutMapRoundTripsExactlyThroughTheModelFile() throws IOException {
        ModelSpec spec = ModelFileTest.spec().withRollout(map(10));
        ModelFile back = ModelFile.read(new ByteArrayInputStream(new ModelFile(spec, new byte[] {7}).toBytes()), "m");
        assertEquals(map(10), back.spec().rollout());
        assertTrue(back.spec().summary().contains("beyond the horizon by rollout"), back.spec().summary());
    }

    @Test
    void specsWithoutRolloutMapWriteNoKeysAndLoadWithout() {
        Properties p = ModelSpecCodec.write(ModelFileTest.spec());
        assertTrue(p.stringPropertyNames().stream().noneMatch(k -> k.startsWith("rollout.")), p.toString());
        assertNull(ModelSpecCodec.read(p).rollout());
        assertEquals(String.valueOf(ModelSpecCodec.FORMAT_VERSION), p.getProperty("format.version"));
    }

    @Test
    void newerDamagedOrMismatchedMapsAreRefusedClearly() {
        Properties newer = ModelSpecCodec.write(ModelFileTest.spec().withRollout(map(10)));
        newer.setProperty("rollout.version", "2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelSpecCodec.read(newer));
        assertTrue(e.getMessage().contains("newer iMODEL") && e.getMessage().contains("rollout"), e.getMessage());
        Properties cut = ModelSpecCodec.write(ModelFileTest.spec().withRollout(map(10)));
        cut.setProperty("rollout.weights", "1,2,3");
        e = assertThrows(IllegalArgumentException.class, () -> ModelSpecCodec.read(cut));
        assertTrue(e.getMessage().contains("rollout.weights") && e.getMessage().contains("damaged"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelFileTest.spec().withRollout(map(20)));
        assertTrue(e.getMessage().contains("rollout map is for horizon 20"), e.getMessage());
    }
}
