package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The worked feature rows of imodel-method.md &sect;13 (UL values there are in mAh). */
class WorkedNumbersTest {

    @Test
    void ulCy25At1CRow0Soc20() throws Exception {
        CycleRecord r = ul().get(0);
        FeatureSettings s = FeatureSettings.forFamily(r.family(), 20);
        FeatureRow row = new FeatureExtractor(s).extract(r);
        assertEquals(15, r.relaxationVoltage().length);
        assertFeatures(new double[] {4.162776066666667, 0.26104381453387066, 4.1955199, 4.138587,
            0.00033032299962488805, -1.260127514096972, 953.4527389192996, 0.05203048089535994, 2013.9284983036284,
            357893.0757679899, 122.19175542264102, 3.7106606606606607},
                ReferenceUnits.features(row.features(), s, 1000), "UL soc20");
        double[] start = {0, 0.0234981, 0.0507050, 0.0788319, 0.1078811};
        for (int i = 0; i < start.length; i++) {
            assertEquals(start[i], row.ci()[i], 5e-8, "expert input (Ah) " + i);
        }
        assertEquals(2.0139285, row.ci()[49], 5e-8);
        assertEquals(2.0139284983036284, row.features()[8], 1e-15, "ci_max in Ah");
    }

    @Test
    void ulCy25At1CRow0Soc30() throws Exception {
        CycleRecord r = ul().get(0);
        FeatureSettings s20 = FeatureSettings.forFamily(r.family(), 20);
        FeatureSettings s30 = FeatureSettings.forFamily(r.family(), 30);
        FeatureRow row = new FeatureExtractor(s30).extract(r);
        // imodel-method.md section 13 says "the first 10 points become 0 and the 11th is 43.5919 mAh"; the
        // golden file and the algorithm (ci[10:] minus its first value) have 11 zeros (indices 0..10, index 10
        // being the new baseline) and 43.5919 mAh at index 11.
        for (int i = 0; i <= 10; i++) {
            assertEquals(0.0, row.ci()[i]);
        }
        assertEquals(43.5919, row.ci()[11] * 1000, 5e-5);
        double[] f = ReferenceUnits.features(row.features(), s30, 1000);
        double[] ci = new double[6];
        System.arraycopy(f, 6, ci, 0, 6);
        assertFeatures(new double[] {664.561648668505, 0.26104842324027216, 1685.5313390508582, 297485.27251710324,
            0.0, 3.7624124124124125}, ci, "UL soc30 CI features");
        double[] relax20 = new FeatureExtractor(s20).extract(r).features();
        for (int i = 0; i < 6; i++) {
            assertEquals(relax20[i], f[i], "relaxation features do not depend on SOC");
        }
    }

    @Test
    void lsdFileOneRowOne() throws Exception {
        Path file = SharedData.require("data/LSD/1.csv");
        CycleRecord r = SharedCells.read(file).get(1);
        FeatureRow row = new FeatureExtractor(FeatureSettings.forFamily("LSD", 20)).extract(r);
        assertFeatures(new double[] {4.191603065934066, 0.4179145827621663, 4.197126, 4.188187, 5.541862171476847e-06,
            -0.8251740124536653, 0.5539851532213624, -0.1823421645587939, 1.0569404, 0.11386887992795186,
            0.06561677321529658, 3.73013013013013}, row.features(), "LSD 1.csv row 1");
    }

    @Test
    void tpslFixedSixRowZero() throws Exception {
        Path file = SharedData.require("data/TPSL-Fixed/#6/combined_data.csv");
        CycleRecord r = SharedCells.read(file).get(0);
        FeatureRow row = new FeatureExtractor(FeatureSettings.forFamily(r.family(), 20)).extract(r);
        assertFeatures(new double[] {0.9113137080344141, 0.03811882169104095, 1.9299999999999997, 0.46955962752752206,
            0.07648848848848853, 3.776726726726727}, row.features(), "TPSL-Fixed #6 row 0");
        assertEquals(0.0, row.ci()[0], "offset removed");
    }

    private static List<CycleRecord> ul() throws Exception {
        return SharedCells.read(SharedData.require("data/UL-NCA/CY25-1_1-#1.csv"));
    }

    private static void assertFeatures(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Tolerance.close(actual[i], expected[i]), what + " f" + i + ": " + actual[i] + " vs "
                    + expected[i]);
            max = Math.max(max, Tolerance.relativeError(actual[i], expected[i]));
        }
        System.out.printf("worked numbers %s: max relative error %.2e%n", what, max);
    }
}
