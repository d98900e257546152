package org.imodel.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The ensemble band's quantile math, its scaling, the calibration of the scale, and coverage. */
class EnsembleBandTest {

    @Test
    void quantilesInterpolateBetweenOrderStatisticsLikeNumpy() {
        float[] v = {1, 2, 4, 8, 16};
        // numpy.quantile([1,2,4,8,16], [0, .05, .25, .5, .95, 1]) = 1, 1.2, 2, 4, 14.4, 16
        assertEquals(1, EnsembleBand.quantile(v, 0), 1e-12);
        assertEquals(1.2, EnsembleBand.quantile(v, 0.05), 1e-6);
        assertEquals(2, EnsembleBand.quantile(v, 0.25), 1e-12);
        assertEquals(4, EnsembleBand.quantile(v, 0.5), 1e-12);
        assertEquals(14.4, EnsembleBand.quantile(v, 0.95), 1e-5);
        assertEquals(16, EnsembleBand.quantile(v, 1), 1e-12);
        assertEquals(3, EnsembleBand.quantile(new float[] {3}, 0.95), 1e-12);
        assertTrue(Double.isNaN(EnsembleBand.quantile(new float[] {1, Float.NaN}, 0.5)));
    }

    @Test
    void bandIsMeanAndScaledQuantilesPerStep() {
        // members in any order, two steps
        float[][] members = {{4, 10}, {1, 10}, {16, 10}, {2, 10}, {8, 10}};
        EnsembleBand raw = EnsembleBand.of(members, 0.9, 1);
        assertArrayEquals(new float[] {6.2f, 10}, raw.mean(), 1e-6f);
        assertArrayEquals(new float[] {1.2f, 10}, raw.low(), 1e-5f);
        assertArrayEquals(new float[] {14.4f, 10}, raw.high(), 1e-5f);
        EnsembleBand doubled = EnsembleBand.of(members, 0.9, 2);
        assertEquals(6.2 - 2 * 5.0, doubled.low()[0], 1e-5);
        assertEquals(6.2 + 2 * 8.2, doubled.high()[0], 1e-5);
        EnsembleBand half = EnsembleBand.of(members, 0.5, 1);
        assertEquals(2, half.low()[0], 1e-6);
        assertEquals(8, half.high()[0], 1e-6);
        // identical members: no width, whatever the scale
        EnsembleBand same = EnsembleBand.of(new float[][] {{3}, {3}}, 0.9, 5);
        assertEquals(3, same.low()[0]);
        assertEquals(3, same.high()[0]);
        assertThrows(IllegalArgumentException.class, () -> EnsembleBand.of(members, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> EnsembleBand.of(members, 0, 1));
    }

    @Test
    void coverageCountsTrueValuesInsideTheBandEdgesIncluded() {
        float[][] low = {{0, 0, 0}, {1, Float.NaN}};
        float[][] high = {{1, 1, 1}, {2, 3}};
        float[][] targets = {{0, 1.5f, 1}, {Float.NaN, 2}};
        BandMetrics m = BandMetrics.of(low, high, targets);
        // counted: (0 in [0,1]) yes, (1.5) no, (1 in [0,1]) yes; NaN target and NaN edge left out
        assertEquals(3, m.points());
        assertEquals(2.0 / 3, m.coverage(), 1e-12);
        assertEquals(1, m.bandWidth(), 1e-12);
        BandMetrics none = BandMetrics.of(new float[][] {{Float.NaN}}, new float[][] {{1}}, new float[][] {{1}});
        assertEquals(0, none.points());
        assertTrue(Double.isNaN(none.coverage()));
    }

    @Test
    void calibratedScaleReachesTheLevelAndNoSmallerScaleDoes() {
        Random random = new Random(3);
        int windows = 400;
        int members = 5;
        EnsembleBand[] raw = new EnsembleBand[windows];
        float[][] targets = new float[windows][1];
        float[][][] byMember = new float[members][windows][];
        for (int w = 0; w < windows; w++) {
            float truth = (float) random.nextGaussian();
            // members too close together: they share an error 3x as large as their spread
            double shared = random.nextGaussian();
            float[][] m = new float[members][];
            for (int k = 0; k < members; k++) {
                m[k] = new float[] {(float) (truth + shared + 0.33 * random.nextGaussian())};
                byMember[k][w] = m[k];
            }
            raw[w] = EnsembleBand.of(m, 0.9, 1);
            targets[w][0] = truth;
        }
        double rawCoverage = coverage(byMember, targets, 1);
        assertTrue(rawCoverage < 0.8, "overconfident raw band: " + rawCoverage);
        double scale = EnsembleBand.calibrate(raw, targets, 0.9);
        assertTrue(scale > 1, "widened: " + scale);
        assertTrue(coverage(byMember, targets, scale) >= 0.9, "covers 90 %");
        assertTrue(coverage(byMember, targets, scale * 0.99) < 0.9, "the smallest such scale");
        // no usable point: no scale
        assertTrue(Double.isNaN(EnsembleBand.calibrate(new EnsembleBand[] {raw[0]}, new float[][] {{Float.NaN}},
                0.9)));
    }

    private static double coverage(float[][][] members, float[][] targets, double scale) {
        float[][] low = new float[targets.length][];
        float[][] high = new float[targets.length][];
        for (int w = 0; w < targets.length; w++) {
            float[][] m = new float[members.length][];
            for (int k = 0; k < members.length; k++) {
                m[k] = members[k][w];
            }
            EnsembleBand b = EnsembleBand.of(m, 0.9, scale);
            low[w] = b.low();
            high[w] = b.high();
        }
        double c = BandMetrics.of(low, high, targets).coverage();
        assertTrue(c >= 0 && c <= 1, Arrays.toString(new double[] {c}));
        return c;
    }
}
