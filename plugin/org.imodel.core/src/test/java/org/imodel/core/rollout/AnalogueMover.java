package org.imodel.core.rollout;

import java.util.Arrays;
import java.util.List;

import org.imodel.core.features.StandardScaler;
import org.imodel.core.features.Window;
import org.imodel.core.model.ImodelNetwork;

/**
 * Test-scope experiment (HorizonBenchmark, {@code -Dimodel.analogue=k}): moves a cell state P cycles on by the mean
 * state change of the k training pairs nearest to it (inputs standardized with the ridge map's means and scales), an
 * analogue method instead of the linear map.
 */
public final class AnalogueMover {

    private final double[][] x;
    private final double[][] y;
    private final RolloutMap map;
    private final int k;

    private AnalogueMover(double[][] x, double[][] y, RolloutMap map, int k) {
        this.x = x;
        this.y = y;
        this.map = map;
        this.k = k;
    }

    /**
     * @param network the trained network
     * @param scaler the feature scaler
     * @param map the model's ridge map (for its standardization)
     * @param train training windows
     * @param k neighbours
     * @return the mover
     */
    public static AnalogueMover fit(ImodelNetwork network, StandardScaler scaler, RolloutMap map, List<Window> train,
            int k) {
        RolloutFit.Pairs pairs = RolloutFit.pairs(network, scaler, train, map.horizon());
        double[][] x = new double[pairs.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = standard(pairs.x().get(i), map);
        }
        return new AnalogueMover(x, pairs.y().toArray(double[][]::new), map, k);
    }

    private static double[] standard(double[] raw, RolloutMap map) {
        double[] z = new double[raw.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = (raw[j] - map.inputMean()[j]) / map.inputScale()[j];
        }
        return z;
    }

    /** As {@link RolloutMap#next}. */
    public double[][] next(double[] ci, double[] features, double[] scenarioMean, double capacityChange) {
        double[] q = standard(RolloutMap.input(ci, features, scenarioMean, capacityChange), map);
        int[] best = new int[k];
        double[] dist = new double[k];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        for (int i = 0; i < x.length; i++) {
            double d = 0;
            for (int j = 0; j < q.length && d < dist[k - 1]; j++) {
                double e = x[i][j] - q[j];
                d += e * e;
            }
            if (d < dist[k - 1]) {
                int at = k - 1;
                while (at > 0 && dist[at - 1] > d) {
                    dist[at] = dist[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                dist[at] = d;
                best[at] = i;
            }
        }
        int l = ci.length;
        double[] nextCi = ci.clone();
        double[] nextF = features.clone();
        for (int n = 0; n < k; n++) {
            double[] change = y[best[n]];
            for (int j = 0; j < l; j++) {
                nextCi[j] += change[j] / k;
            }
            for (int j = 0; j < nextF.length; j++) {
                nextF[j] += change[l + j] / k;
            }
        }
        return new double[][] {nextCi, nextF};
    }
}
