package org.imodel.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;

/**
 * Computes the iMODEL features of single cycles (imodel-method.md &sect;3) exactly as the reference loaders do,
 * in Ah:
 * <ol>
 * <li>SOC trimming and re-gridding: keep {@code ci[t:]}, subtract its first value, interpolate it from
 * {@code g[t:]} back onto the whole grid {@code g} ({@code np.interp}; points left of {@code g[t]} become 0);</li>
 * <li>relaxation statistics (12-feature settings): mean, biased skewness, max, min, population variance, biased
 * excess kurtosis of the relaxation-voltage list;</li>
 * <li>CI statistics of the re-gridded curve: mean, biased skewness, max, population variance;</li>
 * <li>the curve interpolated onto the fine grid (same range, 1000 points): its value at the fine-grid point
 * nearest the reference voltage, and the first fine-grid voltage where it is at least that value plus the rise
 * threshold.</li>
 * </ol>
 * NaN rules, as in the reference: skewness and kurtosis are NaN when {@code m2 <= (1e-15 * mean)^2} (for example
 * a one-value relaxation list); the rise voltage is NaN when no fine-grid point reaches the threshold or when the
 * first point already does. An empty relaxation list (the reference would fail) gives six NaN relaxation
 * features.
 *
 * <p>Arithmetic mirrors NumPy (linspace, pairwise sums, interp) so that the reference's golden values are
 * reproduced bit for bit for nearly all LSD and TPSL values, and to a few units in the last place otherwise (UL
 * values differ slightly because the engine works on mAh / 1000; a near-zero skewness then has a relative error
 * up to ~2e-12 at an absolute error of ~1e-15). Thread-safe; one instance can serve many threads.
 */
public final class FeatureExtractor {

    private final FeatureSettings settings;
    private final Grids nominal;
    private final Map<List<Double>, Grids> physical = new ConcurrentHashMap<>();

    /** @param settings how to compute the features */
    public FeatureExtractor(FeatureSettings settings) {
        this.settings = settings;
        this.nominal = new Grids(settings, settings.gridStartVolt(), settings.gridEndVolt());
    }

    /** @return the settings */
    public FeatureSettings settings() {
        return settings;
    }

    /**
     * @param r one cycle
     * @return its re-gridded curve and feature vector
     * @throws IllegalArgumentException when the curve does not have {@code gridPoints} values (the message names
     *         cell, cycle and source line)
     */
    public FeatureRow extract(CycleRecord r) {
        double[] ci = r.ci();
        if (ci == null || ci.length != settings.gridPoints()) {
            throw new IllegalArgumentException("Cell " + r.cellId() + ", cycle " + r.cycle() + " (" + r.sourceFile()
                    + " line " + r.sourceLine() + "): the capacity-increment curve has "
                    + (ci == null ? 0 : ci.length) + " points but the feature settings expect "
                    + settings.gridPoints() + ". Resample the curve to " + settings.gridPoints() + " points.");
        }
        Grids g = grids(r.ciGrid());
        double[] regridded = regrid(ci, g);
        double[] features = new double[settings.featureCount()];
        if (settings.relaxationFeatures()) {
            relaxation(r.relaxationVoltage(), features);
        }
        ciFeatures(regridded, g, features, settings.ciOffset());
        return new FeatureRow(r.cellId(), r.cycle(), regridded, features);
    }

    /**
     * @param records cycles
     * @return one feature row per cycle, in order
     */
    public List<FeatureRow> extractAll(List<CycleRecord> records) {
        List<FeatureRow> rows = new ArrayList<>(records.size());
        for (CycleRecord r : records) {
            rows.add(extract(r));
        }
        return rows;
    }

    /**
     * Features of a bare curve on the settings' nominal grid (no physical grid).
     *
     * @param ci curve (Ah), {@code gridPoints} values
     * @param relaxationVoltage relaxation list (V); ignored without relaxation features
     * @return the feature row, with an empty cell id and cycle 0
     */
    public FeatureRow extract(double[] ci, double[] relaxationVoltage) {
        if (ci.length != settings.gridPoints()) {
            throw new IllegalArgumentException("The capacity-increment curve has " + ci.length
                    + " points but the feature settings expect " + settings.gridPoints());
        }
        double[] regridded = regrid(ci, nominal);
        double[] features = new double[settings.featureCount()];
        if (settings.relaxationFeatures()) {
            relaxation(relaxationVoltage, features);
        }
        ciFeatures(regridded, nominal, features, settings.ciOffset());
        return new FeatureRow("", 0, regridded, features);
    }

    /**
     * @param grid the grid a record carries (used only with {@code physicalGrid})
     * @return the 50-point grid the features of such a record are computed on (a copy)
     */
    public double[] grid(VoltageGrid grid) {
        return grids(grid).coarse.clone();
    }

    /**
     * @param grid the grid a record carries (used only with {@code physicalGrid})
     * @return the fine grid the CI-at-voltage and rise features of such a record use (a copy)
     */
    public double[] fineGrid(VoltageGrid grid) {
        return grids(grid).fine.clone();
    }

    private Grids grids(VoltageGrid recorded) {
        if (!settings.physicalGrid() || recorded == null) {
            return nominal;
        }
        return physical.computeIfAbsent(List.of(recorded.startVolt(), recorded.endVolt()),
                k -> new Grids(settings, k.get(0), k.get(1)));
    }

    private double[] regrid(double[] ci, Grids g) {
        int t = settings.trimPoints();
        int n = ci.length;
        double base = ci[t];
        double[] trimmed = new double[n - t];
        for (int i = t; i < n; i++) {
            trimmed[i - t] = ci[i] - base;
        }
        if (t == 0) {
            return NumpyMath.interp(g.coarse, g.coarse, trimmed);
        }
        return NumpyMath.interp(g.coarse, g.trimmedKnots, trimmed);
    }

    private static void relaxation(double[] v, double[] out) {
        if (v == null || v.length == 0) {
            for (int i = 0; i < FeatureSettings.RELAXATION_FEATURE_NAMES.size(); i++) {
                out[i] = Double.NaN;
            }
            return;
        }
        double[] m = NumpyMath.moments(v, new double[v.length]);
        out[0] = m[0];
        out[1] = NumpyMath.skewOf(m);
        out[2] = NumpyMath.max(v);
        out[3] = NumpyMath.min(v);
        out[4] = m[1];
        out[5] = NumpyMath.kurtosisOf(m);
    }

    private void ciFeatures(double[] ci, Grids g, double[] out, int o) {
        double[] m = NumpyMath.moments(ci, new double[ci.length]);
        out[o + FeatureSettings.CI_MEAN_INDEX] = m[0];
        out[o + FeatureSettings.CI_SKEW_INDEX] = NumpyMath.skewOf(m);
        out[o + FeatureSettings.CI_MAX_INDEX] = NumpyMath.max(ci);
        out[o + FeatureSettings.CI_VAR_INDEX] = m[1];
        double[] fine = g.fine;
        double[] coarse = g.coarse;
        double atReference = NumpyMath.interpAt(fine[g.referenceIndex], coarse, ci, g.referenceInterval);
        out[o + FeatureSettings.CI_AT_INDEX] = atReference;
        double threshold = atReference + settings.riseThresholdAh();
        double rise = Double.NaN;
        for (int i = 0; i < fine.length; i++) {
            if (NumpyMath.interpAt(fine[i], coarse, ci, g.fineInterval[i]) >= threshold) {
                rise = i == 0 ? Double.NaN : fine[i];
                break;
            }
        }
        out[o + FeatureSettings.RISE_INDEX] = rise;
    }

    /** The grids of one voltage range, with the interpolation intervals precomputed. */
    private static final class Grids {
        final double[] coarse;
        final double[] trimmedKnots;
        final double[] fine;
        final int[] fineInterval;
        final int referenceIndex;
        final int referenceInterval;

        Grids(FeatureSettings s, double start, double end) {
            coarse = NumpyMath.linspace(start, end, s.gridPoints());
            int t = s.trimPoints();
            trimmedKnots = new double[coarse.length - t];
            System.arraycopy(coarse, t, trimmedKnots, 0, trimmedKnots.length);
            fine = NumpyMath.linspace(start, end, s.finePoints());
            fineInterval = new int[fine.length];
            int j = 0;
            for (int i = 0; i < fine.length; i++) {
                double x = fine[i];
                if (x >= coarse[0] && x < coarse[coarse.length - 1]) {
                    j = NumpyMath.interval(x, coarse, j);
                }
                fineInterval[i] = j;
            }
            referenceIndex = NumpyMath.argNearest(fine, s.referenceVolt());
            referenceInterval = fineInterval[referenceIndex];
        }
    }
}
