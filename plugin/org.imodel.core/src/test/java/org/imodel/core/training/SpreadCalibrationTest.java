package org.imodel.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imodel.core.eval.EnsembleBand;
import org.junit.jupiter.api.Test;

/** The spread scale fitted on windows centred on the ensemble mean or on one member's forecast. */
class SpreadCalibrationTest {

    // three members, three windows of one step; numpy-style 5 % and 95 % quantiles of three values v0 <= v1 <= v2:
    // v0 + 0.1 (v1 - v0) and v1 + 0.9 (v2 - v1)
    private static final float[][][] MEMBERS = {
        {{1f}, {1f}, {0f}},
        {{2f}, {2f}, {1f}},
        {{3f}, {3f}, {4f}}};
    private static final float[][] TARGETS = {{3.35f}, {0.55f}, {5f}};

    @Test
    void outOfFoldCentresGiveTheHandComputedScale() {
        // window 0 about the mean 2 (band 1.1 .. 2.9): needs 1.35 / 0.9 = 1.5
        // window 1 about member 0's 1 (distances 0.9 below and above): needs 0.45 / 0.9 = 0.5
        // window 2 about member 2's 4 (mean 5/3, high quantile 3.7: 2.0333 above): needs 1 / (3.7 - 5/3) = 0.4918
        // the 90 % order statistic of three points is the largest
        SpreadCalibration c = SpreadCalibration.fit(MEMBERS, TARGETS, new int[] {SpreadCalibration.MEAN, 0, 2}, 0.9);
        assertEquals(1.5 * (1 + 1e-6), c.scale(), 1e-6);
        assertEquals(3, c.windows());
        assertEquals(2.0 / 3, c.raw().coverage(), 1e-12, "window 0's 3.35 is outside 1.1 .. 2.9");
        assertEquals(1.0, c.calibrated().coverage(), 1e-12);
        // widths 1.8, 1.8 and 3.6 raw, times 1.5
        assertEquals(2.4, c.raw().bandWidth(), 1e-6);
        assertEquals(3.6, c.calibrated().bandWidth(), 1e-5);
    }

    @Test
    void meanCentresGiveTheValidationOnlyScale() {
        // about the means: window 1 needs |0.55 - 2| / 0.9 = 1.6111, window 2 needs (5 - 5/3) / (3.7 - 5/3) = 1.6393
        int m = SpreadCalibration.MEAN;
        SpreadCalibration c = SpreadCalibration.fit(MEMBERS, TARGETS, new int[] {m, m, m}, 0.9);
        assertEquals((10.0 / 3) / (3.7 - 5.0 / 3) * (1 + 1e-6), c.scale(), 1e-6);
        assertEquals(0.0, c.raw().coverage(), 1e-12, "3.35 and 0.55 are outside 1.1 .. 2.9, 5 outside 0.1 .. 3.7");
        assertEquals(1.0, c.calibrated().coverage(), 1e-12);
    }

    @Test
    void aBandAboutItsOwnMeanIsItself() {
        EnsembleBand b = EnsembleBand.of(new float[][] {{1f, 5f}, {2f, 7f}, {4f, 6f}}, 0.9, 1);
        EnsembleBand same = b.about(b.mean(), 1);
        assertEquals(java.util.Arrays.toString(b.low()), java.util.Arrays.toString(same.low()));
        assertEquals(java.util.Arrays.toString(b.high()), java.util.Arrays.toString(same.high()));
        EnsembleBand moved = b.about(new float[] {0f, 10f}, 2);
        assertEquals(2 * ((double) b.low()[1] - b.mean()[1]) + 10, moved.low()[1], 1e-5);
    }
}
