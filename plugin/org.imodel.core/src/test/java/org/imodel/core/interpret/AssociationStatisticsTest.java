package org.imodel.core.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.stat.inference.OneWayAnova;
import org.junit.jupiter.api.Test;

/** The association statistics and the window-shape fit on constructed data with known answers. */
class AssociationStatisticsTest {

    private static final int PERMUTATIONS = 999;

    @Test
    void fAndEtaSquaredAgreeWithCommonsMathsOneWayAnova() {
        Random r = new Random(3);
        int n = 300;
        double[] y = new double[n];
        int[] g = new int[n];
        String[] cells = new String[n];
        List<List<Double>> groups = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            g[i] = r.nextInt(3);
            y[i] = 0.3 * g[i] + r.nextGaussian();
            cells[i] = i < n / 2 ? "a" : "b";
            groups.get(g[i]).add(y[i]);
        }
        Association a = AssociationTest.test("y", y, g, cells, 4, PERMUTATIONS, 1);
        List<double[]> arrays = groups.stream().map(l -> l.stream().mapToDouble(Double::doubleValue).toArray())
                .toList();
        OneWayAnova anova = new OneWayAnova();
        assertEquals(anova.anovaFValue(arrays), a.fStatistic(), 1e-9);
        assertEquals(anova.anovaPValue(arrays), a.parametricP(), 1e-9);
        assertEquals(3, a.groups(), "expert 3 dominates nothing");
        assertEquals(n, a.windows());
    }

    @Test
    void aStrongGroupEffectGivesTheSmallestPossiblePValues() {
        Random r = new Random(5);
        int n = 200;
        double[] y = new double[n];
        int[] g = new int[n];
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            g[i] = r.nextInt(2);
            y[i] = g[i] * 10 + (i % 7) * 0.01;
            cells[i] = "c" + (i / 50);
        }
        Association a = AssociationTest.test("y", y, g, cells, 2, PERMUTATIONS, 9);
        assertTrue(a.etaSquared() > 0.99, a.toString());
        assertEquals(1.0 / (PERMUTATIONS + 1), a.shuffleP());
        assertEquals(1.0 / (PERMUTATIONS + 1), a.cyclicP());
    }

    @Test
    void labelsUnrelatedToTheValuesGiveLargePValues() {
        Random r = new Random(11);
        int n = 400;
        double[] y = new double[n];
        int[] g = new int[n];
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextGaussian();
            g[i] = r.nextInt(5);
            cells[i] = "c" + (i / 100);
        }
        Association a = AssociationTest.test("y", y, g, cells, 5, PERMUTATIONS, 2);
        assertTrue(a.shuffleP() > 0.05 && a.cyclicP() > 0.05, a.toString());
    }

    /**
     * Two cells whose values drift along life and whose labels come in long runs unrelated to the drift: shuffling
     * the labels over all windows calls this significant, rotating each cell's label sequence does not.
     */
    @Test
    void rotationWithinCellsIsNotFooledByRunsOfOneExpert() {
        int perCell = 300;
        int n = 2 * perCell;
        double[] y = new double[n];
        int[] g = new int[n];
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            int k = i % perCell;
            y[i] = Math.sin(k / 40.0);
            g[i] = (k / 60 + i / perCell) % 3;
            cells[i] = i < perCell ? "a" : "b";
        }
        Association a = AssociationTest.test("y", y, g, cells, 3, PERMUTATIONS, 4);
        assertTrue(a.shuffleP() < 0.01, a.toString());
        assertTrue(a.cyclicP() > 0.05, a.toString());
    }

    @Test
    void missingValuesAndLabelsAreLeftOut() {
        double[] y = {1, 2, Double.NaN, 4, 5, 6};
        int[] g = {0, 0, 1, -1, 1, 1};
        String[] cells = {"a", "a", "a", "a", "a", "a"};
        Association a = AssociationTest.test("y", y, g, cells, 2, 99, 1);
        assertEquals(4, a.windows());
        // groups {1, 2} and {5, 6}: between 16, total 17
        assertEquals(16.0 / 17.0, a.etaSquared(), 1e-12);
    }

    /**
     * Two cells whose values follow their own quadratic over life: the residuals are zero. Adding an effect of
     * labels that are unrelated to life leaves exactly that effect, which the test then finds.
     */
    @Test
    void lifeTrendResidualsRemoveEachCellsQuadraticOverLifeAndKeepTheRest() {
        Random r = new Random(8);
        int perCell = 120;
        int n = 2 * perCell;
        double[] y = new double[n];
        double[] life = new double[n];
        int[] g = new int[n];
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            boolean a = i < perCell;
            life[i] = (i % perCell) / (perCell - 1.0);
            cells[i] = a ? "a" : "b";
            y[i] = a ? 1 - 2 * life[i] + 3 * life[i] * life[i] : -0.5 + life[i] - 4 * life[i] * life[i];
        }
        for (double v : LifeTrend.residuals(y, life, cells)) {
            assertEquals(0, v, 1e-9);
        }
        for (int i = 0; i < n; i++) {
            g[i] = r.nextInt(3);
            y[i] += 0.5 * g[i];
        }
        Association a = AssociationTest.test("y", LifeTrend.residuals(y, life, cells), g, cells, 3, PERMUTATIONS, 6);
        assertTrue(a.etaSquared() > 0.9, a.toString());
        assertEquals(1.0 / (PERMUTATIONS + 1), a.cyclicP());
    }

    @Test
    void theQuadraticFitRecoversAnExactQuadratic() {
        int p = 50;
        float[] c = new float[p];
        double mid = (p - 1) / 2.0;
        for (int t = 0; t < p; t++) {
            double s = t - mid;
            c[t] = (float) (3.1 - 0.0012 * s - 0.00002 * s * s);
        }
        TrendGeometry g = new QuadraticFit(p).fit(c);
        assertEquals(-1.2, g.slope(), 1e-3);
        assertEquals(-0.04, g.curvature(), 1e-4);
        c[3] = Float.NaN;
        assertEquals(TrendGeometry.MISSING, new QuadraticFit(p).fit(c));
    }
}
