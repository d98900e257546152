package org.imodel.core.rollout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.features.StandardScaler;
import org.imodel.core.features.Window;
import org.imodel.core.model.ImodelNetwork;

/**
 * Calibrates an ensemble's band beyond its horizon P. On held-out windows (the validation cells) every member is
 * rolled out as a forecast beyond P is ({@code forecast.Rollout}): its own forecast from the window's measured state,
 * then the state moved on by the rollout map, the next P cycles under the use the cell really had, and so on. For
 * each block b of P cycles (b = 0 is the direct forecast) the scale {@link EnsembleBand#calibrate} needs for the
 * band about the members' mean to hold {@code level} of the measured capacities is fitted; the <em>growth</em> of
 * block b is that scale divided by block 0's, made non-decreasing with the distance (at least 1, and at least the
 * previous block's: a band does not get surer further out; with few held-out cells the fitted ratios are noisy, and
 * on UL-NCA CY45-05_1 the later blocks' falling ratios left the test cells' band at 75-81 % coverage, the running
 * maximum at 93-96 %). A forecast's band in block b is then the ensemble's calibrated scale times the growth of
 * block b: the level of the band comes from the P-step calibration (cross-fitted or not), how much more it must
 * widen beyond P from the held-out cells' rollouts.
 *
 * <p>A chain of blocks needs windows of one cell whose start rows lie P, 2P, ... apart (a cell with rows r ... r +
 * (b+1)P); blocks with fewer than {@value #MIN_WINDOWS} windows end the calibration, and blocks beyond the last
 * calibrated one reuse its growth. At most {@value #MAX_BLOCKS} blocks are fitted.
 */
public final class RolloutBandFit {

    /** Fewest windows a block is calibrated on. */
    public static final int MIN_WINDOWS = 20;

    /** Most blocks (of P cycles, the direct one included) calibrated. */
    public static final int MAX_BLOCKS = 8;

    private static final int BATCH = 256;

    private RolloutBandFit() {
    }

    /**
     * @param members the members' networks (at least two)
     * @param scaler the model's feature scaler
     * @param map the model's rollout map
     * @param windows held-out windows (finite values)
     * @param level band level, e.g. {@link EnsembleBand#DEFAULT_LEVEL}
     * @return growth per block beyond P ({@code [0]} for cycles P ... 2P-1), non-decreasing and at least 1; empty
     *         when not even block 1 can be calibrated
     */
    public static double[] growth(List<ImodelNetwork> members, StandardScaler scaler, RolloutMap map,
            List<Window> windows, double level) {
        List<Window[]> chains = chains(windows, map.horizon());
        int blocks = 0;
        for (Window[] c : chains) {
            blocks = Math.max(blocks, c.length);
        }
        // predictions[m][chain][block]
        float[][][][] predictions = new float[members.size()][][][];
        for (int m = 0; m < members.size(); m++) {
            predictions[m] = rollOut(members.get(m), scaler, map, chains, blocks);
        }
        double first = Double.NaN;
        List<Double> growth = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            List<EnsembleBand> raw = new ArrayList<>();
            List<float[]> targets = new ArrayList<>();
            float[][] each = new float[members.size()][];
            for (int c = 0; c < chains.size(); c++) {
                if (chains.get(c).length <= b) {
                    continue;
                }
                for (int m = 0; m < each.length; m++) {
                    each[m] = predictions[m][c][b];
                }
                raw.add(EnsembleBand.of(each, level, 1));
                targets.add(RolloutFit.toFloat(chains.get(c)[b].targetCapacity()));
            }
            if (raw.size() < MIN_WINDOWS) {
                break;
            }
            double scale = EnsembleBand.calibrate(raw.toArray(EnsembleBand[]::new), targets.toArray(float[][]::new),
                    level);
            if (b == 0) {
                first = scale;
            } else if (first > 0 && scale >= 0 && Double.isFinite(scale / first)) {
                growth.add(Math.max(scale / first, growth.isEmpty() ? 1 : growth.get(growth.size() - 1)));
            } else {
                break;
            }
        }
        return growth.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Per start window, the windows of its cell P, 2P, ... rows later, as long as they exist (at most MAX_BLOCKS). */
    static List<Window[]> chains(List<Window> windows, int p) {
        Map<List<String>, Map<Integer, Window>> byCell = new HashMap<>();
        for (Window w : windows) {
            byCell.computeIfAbsent(RolloutFit.key(w), k -> new HashMap<>()).put(w.startRow(), w);
        }
        List<Window[]> out = new ArrayList<>(windows.size());
        for (Window w : windows) {
            Map<Integer, Window> cell = byCell.get(RolloutFit.key(w));
            List<Window> chain = new ArrayList<>();
            for (Window next = w; next != null && chain.size() < MAX_BLOCKS; next = cell.get(next.startRow() + p)) {
                chain.add(next);
            }
            out.add(chain.toArray(Window[]::new));
        }
        return out;
    }

    /** One network's rollout along every chain: block 0 from the measured state, later blocks from moved states. */
    private static float[][][] rollOut(ImodelNetwork network, StandardScaler scaler, RolloutMap map,
            List<Window[]> chains, int blocks) {
        int n = chains.size();
        float[][][] out = new float[n][][];
        double[][] ci = new double[n][];
        double[][] features = new double[n][];
        for (int c = 0; c < n; c++) {
            out[c] = new float[chains.get(c).length][];
            ci[c] = chains.get(c)[0].ci().clone();
            features[c] = chains.get(c)[0].features().clone();
        }
        for (int b = 0; b < blocks; b++) {
            List<Integer> active = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                if (chains.get(c).length > b) {
                    active.add(c);
                }
            }
            for (int from = 0; from < active.size(); from += BATCH) {
                int to = Math.min(active.size(), from + BATCH);
                float[][] x = new float[to - from][];
                float[][] f = new float[to - from][];
                float[][][] s = new float[to - from][][];
                for (int i = from; i < to; i++) {
                    int c = active.get(i);
                    x[i - from] = RolloutFit.toFloat(ci[c]);
                    f[i - from] = scaler.transformToFloat(features[c]);
                    s[i - from] = RolloutFit.scenario(chains.get(c)[b]);
                }
                float[][] y = network.predict(x, f, s, BATCH).predictions();
                for (int i = from; i < to; i++) {
                    int c = active.get(i);
                    float[] forecast = y[i - from];
                    out[c][b] = forecast;
                    double[][] moved = map.next(ci[c], features[c], RolloutFit.means(s[i - from]),
                            forecast[forecast.length - 1] - forecast[0]);
                    ci[c] = moved[0];
                    features[c] = moved[1];
                }
            }
        }
        return out;
    }
}
