package org.imodel.core.rollout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

import org.imodel.core.features.StandardScaler;
import org.imodel.core.features.Window;
import org.imodel.core.model.ImodelNetwork;

/**
 * Test-scope experiment (HorizonBenchmark, {@code -Dimodel.analogue=k}): moves a cell state P cycles on by the mean
 * state change of the k training pairs nearest to it (inputs standardized with the ridge map's means and scales), an
 * analogue method instead of the linear map. With {@code -Dimodel.analogue.prototypes=n} the pairs are first
 * compressed to n k-means++ prototypes (centre of the inputs, mean change), as a model could store them.
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
        double[][] y = pairs.y().toArray(double[][]::new);
        int prototypes = Integer.getInteger("imodel.analogue.prototypes", 0);
        if (prototypes <= 0 || prototypes >= x.length) {
            return new AnalogueMover(x, y, map, k);
        }
        // k-means++ prototypes of the standardized inputs, each with the mean change of its pairs
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            points.add(new Point(x[i], i));
        }
        List<CentroidCluster<Point>> clusters = new KMeansPlusPlusClusterer<Point>(prototypes, 30,
                new EuclideanDistance(), new JDKRandomGenerator(7)).cluster(points);
        double[][] px = new double[clusters.size()][];
        double[][] py = new double[clusters.size()][];
        for (int c = 0; c < px.length; c++) {
            px[c] = clusters.get(c).getCenter().getPoint();
            py[c] = new double[y[0].length];
            for (Point member : clusters.get(c).getPoints()) {
                for (int j = 0; j < py[c].length; j++) {
                    py[c][j] += y[member.index][j] / clusters.get(c).getPoints().size();
                }
            }
        }
        return new AnalogueMover(px, py, map, Math.min(k, px.length));
    }

    /** A standardized input and its pair's index, for the clusterer. */
    private record Point(double[] getPoint, int index) implements Clusterable {
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
