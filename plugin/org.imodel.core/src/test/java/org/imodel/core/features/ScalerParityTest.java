package org.imodel.core.features;

import static org.imodel.core.features.SharedCells.concat;
import static org.imodel.core.features.SharedCells.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The scaler fitted on the coded training windows reproduces the reference's scaler files, and transforming the
 * test windows reproduces the reference's scaled features (sf*) exactly as float32.
 */
class ScalerParityTest {

    @Test
    void cy25At1C() throws Exception {
        check("CY25-1_1", 10, range(1, 5), new int[] {7, 8, 9});
    }

    @Test
    void cy25AtHalfC() throws Exception {
        check("CY25-05_1", 50, concat(range(2, 11), new int[] {13}), new int[] {1, 14, 15, 16, 17, 12});
    }

    private static void check(String condition, int p, int[] train, int[] test) throws Exception {
        Path data = SharedData.require("data");
        Path reference = SharedData.require("reference/inference");
        WindowBuilder builder = WindowBuilder.forFamily("UL-NCA", 20, p);
        FeatureSettings settings = builder.settings();
        double factor = ReferenceUnits.capacityFactor("UL-NCA");

        List<double[]> samples = new ArrayList<>();
        for (Window w : builder.build(SharedCells.ul(data, "UL-NCA", condition, train)).windows()) {
            samples.add(ReferenceUnits.features(w.features(), settings, factor));
        }
        StandardScaler scaler = StandardScaler.fit(samples);

        GoldenCsv expected = GoldenCsv.read(reference.resolve("scaler_" + condition + ".csv"));
        assertEquals(12, expected.rows.size());
        double maxMean = 0;
        double maxScale = 0;
        int exact = 0;
        for (int k = 0; k < 12; k++) {
            assertEquals("f" + k, expected.text(k, "feature"));
            double em = expected.number(k, "mean");
            double es = expected.number(k, "scale");
            maxMean = Math.max(maxMean, Tolerance.relativeError(scaler.mean()[k], em));
            maxScale = Math.max(maxScale, Tolerance.relativeError(scaler.scale()[k], es));
            exact += (scaler.mean()[k] == em ? 1 : 0) + (scaler.scale()[k] == es ? 1 : 0);
        }
        assertTrue(maxMean <= 1e-12 && maxScale <= 1e-12, "mean " + maxMean + ", scale " + maxScale);

        GoldenCsv sf = GoldenCsv.read(reference.resolve("test_" + condition + ".csv"));
        Map<String, Window> windows = new HashMap<>();
        List<Window> testWindows = builder.build(SharedCells.ul(data, "UL-NCA", condition, test)).windows();
        for (Window w : testWindows) {
            windows.put(w.cellId() + ".csv#" + w.startRow(), w);
        }
        assertEquals(sf.rows.size(), testWindows.size(), "test windows");
        int sfExact = 0;
        int targetExact = 0;
        int targetWithinUlp = 0;
        for (int i = 0; i < sf.rows.size(); i++) {
            Window w = testWindows.get(i);
            assertEquals(sf.text(i, "file"), w.cellId() + ".csv", "test-loader order");
            assertEquals((int) sf.number(i, "start_row"), w.startRow());
            float[] scaled = scaler.transformToFloat(ReferenceUnits.features(w.features(), settings, factor));
            for (int k = 0; k < 12; k++) {
                float e = (float) sf.number(i, "sf" + k);
                assertEquals(Float.floatToIntBits(e), Float.floatToIntBits(scaled[k]),
                        sf.text(i, "file") + " row " + w.startRow() + " sf" + k + ": " + scaled[k] + " vs " + e);
                sfExact++;
            }
            for (int k = 0; k < p; k++) {
                float e = (float) sf.number(i, "target" + k);
                float ours = (float) w.targetCapacity()[k];
                targetExact += ours == e ? 1 : 0;
                targetWithinUlp += Math.abs(ours - e) <= Math.ulp(e) ? 1 : 0;
            }
        }
        assertEquals(sf.rows.size() * p, targetWithinUlp, "targets within one float32 ulp");
        System.out.printf(Locale.ROOT, "scaler %s (P=%d, %d train windows): max rel. error mean %.2e, scale %.2e,"
                + " bit-identical %d/24; sf* bit-identical as float32 %d/%d; (float) target Ah equal to the"
                + " reference's (float) mAh / 1000f in %d/%d values (rest 1 float32 ulp)%n", condition, p,
                samples.size(), maxMean, maxScale, exact, sfExact, sf.rows.size() * 12, targetExact,
                sf.rows.size() * p);
    }
}
