package org.imodel.core.interpret;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * One-way association between a per-window quantity and the window's dominant expert: the share of variance the
 * expert explains (&eta;&sup2;), its F test, and two seeded permutation tests (labels shuffled over all windows;
 * each cell's label sequence rotated). p-values are {@code (1 + #{permuted η² ≥ observed η²}) / (1 + N)}.
 */
final class AssociationTest {

    /** Relative tolerance when comparing a permuted statistic with the observed one. */
    private static final double TIE = 1e-12;

    private AssociationTest() {
    }

    /**
     * @param variable name of the quantity
     * @param values the quantity per window (NaN: left out)
     * @param labels dominant expert per window (negative: left out)
     * @param cells cell id per window (windows of a cell consecutive, in life order)
     * @param experts E
     * @param permutations N
     * @param seed seed
     * @return the association
     */
    static Association test(String variable, double[] values, int[] labels, String[] cells, int experts,
            int permutations, long seed) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (labels[i] >= 0 && Double.isFinite(values[i])) {
                keep.add(i);
            }
        }
        int n = keep.size();
        double[] y = new double[n];
        int[] g = new int[n];
        List<int[]> cellRanges = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < n; k++) {
            y[k] = values[keep.get(k)];
            g[k] = labels[keep.get(k)];
            if (k > 0 && !cells[keep.get(k)].equals(cells[keep.get(k - 1)])) {
                cellRanges.add(new int[] {from, k});
                from = k;
            }
        }
        if (n > 0) {
            cellRanges.add(new int[] {from, n});
        }
        int groups = groups(g, experts);
        double total = totalSumOfSquares(y);
        if (groups < 2 || n <= groups || !(total > 0)) {
            return new Association(variable, n, groups, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    permutations, seed);
        }
        double between = between(y, g, experts);
        double eta = between / total;
        double f = (between / (groups - 1)) / ((total - between) / (n - groups));
        double parametric = 1 - new FDistribution(null, groups - 1, n - groups).cumulativeProbability(f);
        RandomGenerator shuffleRandom = new Well19937c(seed);
        RandomGenerator cyclicRandom = new Well19937c(seed + 1);
        int[] shuffled = g.clone();
        int[] rotated = new int[n];
        int shuffleHits = 0;
        int cyclicHits = 0;
        double threshold = between * (1 - TIE);
        for (int p = 0; p < permutations; p++) {
            MathArrays.shuffle(shuffled, shuffleRandom);
            if (between(y, shuffled, experts) >= threshold) {
                shuffleHits++;
            }
            for (int[] r : cellRanges) {
                int len = r[1] - r[0];
                int offset = cyclicRandom.nextInt(len);
                for (int k = 0; k < len; k++) {
                    rotated[r[0] + (k + offset) % len] = g[r[0] + k];
                }
            }
            if (between(y, rotated, experts) >= threshold) {
                cyclicHits++;
            }
        }
        return new Association(variable, n, groups, eta, f, parametric, (1.0 + shuffleHits) / (1.0 + permutations),
                (1.0 + cyclicHits) / (1.0 + permutations), permutations, seed);
    }

    private static int groups(int[] g, int experts) {
        boolean[] seen = new boolean[experts];
        int count = 0;
        for (int label : g) {
            if (!seen[label]) {
                seen[label] = true;
                count++;
            }
        }
        return count;
    }

    private static double totalSumOfSquares(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        return ss;
    }

    /** Between-group sum of squares, {@code Σ_g n_g·(mean_g − mean)²}. */
    private static double between(double[] y, int[] g, int experts) {
        double[] sum = new double[experts];
        int[] count = new int[experts];
        double all = 0;
        for (int k = 0; k < y.length; k++) {
            sum[g[k]] += y[k];
            count[g[k]]++;
            all += y[k];
        }
        double mean = all / y.length;
        double ss = 0;
        for (int e = 0; e < experts; e++) {
            if (count[e] > 0) {
                double d = sum[e] / count[e] - mean;
                ss += count[e] * d * d;
            }
        }
        return ss;
    }
}
