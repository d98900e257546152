package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.junit.jupiter.api.Test;

/** NaN rules, SOC trimming and the physical-grid option on synthetic curves. */
class FeatureExtractorTest {

    private static final FeatureSettings UL = FeatureSettings.forFamily("UL-NCA", 20);

    /** A curve rising linearly by {@code slope} Ah per grid point, from an offset. */
    private static double[] ramp(double offset, double slope) {
        double[] ci = new double[50];
        for (int i = 0; i < 50; i++) {
            ci[i] = offset + slope * i;
        }
        return ci;
    }

    private static CycleRecord record(double[] ci, double[] relax, VoltageGrid grid) {
        return new CycleRecord("c", 7, 1, 1, 25, 2.5, Double.NaN, ci, grid, relax, "A", "UL-NCA", "", "f", 2);
    }

    @Test
    void oneValueRelaxationGivesNanSkewAndKurtosis() {
        double[] f = new FeatureExtractor(UL).extract(ramp(0, 0.05), new double[] {4.18}).features();
        assertArrayEquals(new double[] {4.18, Double.NaN, 4.18, 4.18, 0.0, Double.NaN},
                Arrays.copyOf(f, 6));
        double[] empty = new FeatureExtractor(UL).extract(ramp(0, 0.05), new double[0]).features();
        for (int i = 0; i < 6; i++) {
            assertTrue(Double.isNaN(empty[i]), "empty relaxation list: NaN feature " + i);
        }
        assertTrue(Double.isFinite(empty[6]));
    }

    @Test
    void riseVoltageIsNanWithoutCrossingOrWhenTheFirstPointQualifies() {
        FeatureExtractor x = new FeatureExtractor(UL);
        // total rise 49 * 0.001 = 0.049 Ah < 0.2 Ah: never crosses
        assertTrue(Double.isNaN(x.extract(ramp(0, 0.001), new double[] {4.1, 4.2}).features()[11]));
        // a rise of 0.05 Ah per point crosses 0.2 Ah about 4 points past 3.65 V
        double v = x.extract(ramp(0, 0.05), new double[] {4.1, 4.2}).features()[11];
        assertTrue(v > 3.69 && v < 3.70, "rise voltage " + v);
        // a falling curve: at 3.65 V it is about -0.45 Ah, so the first point (0) already reaches -0.45 + 0.2
        double[] falling = x.extract(ramp(0, -0.1), new double[] {4.1, 4.2}).features();
        assertTrue(falling[10] < -0.4);
        assertTrue(Double.isNaN(falling[11]), "first point qualifies: NaN, as argmax 0 in the reference");
    }

    @Test
    void socTrimmingZeroesTheFirstPointsAndRebasesTheCurve() {
        FeatureExtractor x = new FeatureExtractor(FeatureSettings.forFamily("TPSL", 40));
        double[] ci = x.extract(ramp(0.1, 0.02), null).ci();
        for (int i = 0; i <= 20; i++) {
            assertEquals(0.0, ci[i]);
        }
        assertEquals((0.1 + 0.02 * 21) - (0.1 + 0.02 * 20), ci[21]);
        double[] soc20 = new FeatureExtractor(FeatureSettings.forFamily("TPSL", 20)).extract(ramp(0.1, 0.02), null)
                .ci();
        assertEquals(0.0, soc20[0], "TPSL offset removed");
        assertEquals((0.1 + 0.02 * 49) - 0.1, soc20[49]);
    }

    @Test
    void physicalGridUsesTheRecordedGrid() {
        double[] curve = ramp(0, 0.01);
        CycleRecord lsdLike = record(curve, new double[] {4.1, 4.2}, VoltageGrid.LSD);
        FeatureSettings nominal = FeatureSettings.forFamily("LSD", 20);
        FeatureExtractor physical = new FeatureExtractor(nominal.withPhysicalGrid(true));
        assertEquals(3.8, physical.grid(VoltageGrid.LSD)[0]);
        assertEquals(3.6, new FeatureExtractor(nominal).grid(VoltageGrid.LSD)[0]);
        // on 3.8-4.1 V, 3.65 V lies left of the grid: the nearest fine point is the first, where CI is 0
        assertEquals(0.0, physical.extract(lsdLike).features()[10]);
        assertTrue(new FeatureExtractor(nominal).extract(lsdLike).features()[10] > 0);
    }

    @Test
    void wrongCurveLengthIsAClearError() {
        CycleRecord r = record(new double[10], new double[] {4.1}, VoltageGrid.UL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureExtractor(UL).extract(r));
        assertTrue(e.getMessage().contains("10 points") && e.getMessage().contains("cycle 7"), e.getMessage());
    }
}
