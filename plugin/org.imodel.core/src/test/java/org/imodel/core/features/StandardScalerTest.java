package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StandardScalerTest {

    @Test
    void populationStatisticsOnFloat32ValuesNanIgnoredConstantScaleOne() {
        StandardScaler s = StandardScaler.fit(List.of(new double[] {1, 5, 0.1}, new double[] {3, 5, Double.NaN},
                new double[] {5, 5, 0.3}));
        assertArrayEquals(new long[] {3, 3, 2}, s.counts());
        assertEquals(3.0, s.mean()[0]);
        assertEquals(Math.sqrt(8.0 / 3), s.scale()[0]);
        assertEquals(1.0, s.scale()[1], "constant feature");
        assertEquals(0.0, s.variance()[1]);
        double f1 = (float) 0.1;
        double f3 = (float) 0.3;
        assertEquals((f1 + f3) / 2, s.mean()[2], "float32 values, double arithmetic");
        double[] t = s.transform(new double[] {5, 7, Double.NaN});
        assertEquals(2 / Math.sqrt(8.0 / 3), t[0]);
        assertEquals(2.0, t[1]);
        assertTrue(Double.isNaN(t[2]));
        assertEquals((float) t[0], s.transformToFloat(new double[] {5, 7, 0})[0]);
    }

    @Test
    void givenParametersAndErrors() {
        StandardScaler s = StandardScaler.of(new double[] {1, 2}, new double[] {2, 4});
        assertArrayEquals(new double[] {0.5, 0.5}, s.transform(new double[] {2, 4}));
        assertThrows(IllegalArgumentException.class, () -> StandardScaler.fit(List.of()));
        assertThrows(IllegalArgumentException.class, () -> StandardScaler.of(new double[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> s.transform(new double[3]));
    }
}
