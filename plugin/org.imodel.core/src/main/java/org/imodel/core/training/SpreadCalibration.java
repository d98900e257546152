package org.imodel.core.training;

import org.imodel.core.eval.BandMetrics;
import org.imodel.core.eval.EnsembleBand;

/**
 * Fits an ensemble's spread scale on windows with known true values. Each window has a centre: the ensemble mean
 * ({@link #MEAN}: the validation cells, which no member trained on) or one member's forecast (a training cell's
 * windows, centred on the forecast of the member that did not train on that cell). The band's half-widths are
 * always the whole ensemble's quantile distances to its mean at that window, as {@link EnsembleBand} computes them;
 * the scale is the smallest factor on them with which the bands about their centres hold {@code level} of the
 * true values ({@link EnsembleBand#calibrate}).
 *
 * @param scale the fitted scale (NaN when it cannot be fitted: no finite point, or members that agree exactly where
 *        the truth differs)
 * @param windows windows it was fitted on
 * @param raw coverage and width of the raw bands (scale 1) about their centres on those windows
 * @param calibrated coverage and width with the fitted scale (the raw band when the scale is NaN)
 */
record SpreadCalibration(double scale, int windows, BandMetrics raw, BandMetrics calibrated) {

    /** Centre of a window that is the ensemble mean. */
    static final int MEAN = -1;

    /**
     * @param members predictions per member and window, {@code members[k][w][t]}
     * @param targets true values per window
     * @param centres per window {@link #MEAN} or the member whose forecast is the centre
     * @param level band level, e.g. {@link EnsembleBand#DEFAULT_LEVEL}
     * @return the scale and the coverage on these windows
     */
    static SpreadCalibration fit(float[][][] members, float[][] targets, int[] centres, double level) {
        EnsembleBand[] raw = bands(members, centres, level);
        double scale = EnsembleBand.calibrate(raw, targets, level);
        return new SpreadCalibration(scale, targets.length, metrics(raw, targets, 1),
                metrics(raw, targets, Double.isNaN(scale) ? 1 : scale));
    }

    /**
     * @param members predictions per member and window
     * @param centres per window {@link #MEAN} or the member whose forecast is the centre
     * @param level band level
     * @return per window the raw band (scale 1): the ensemble's quantile distances about the window's centre
     */
    static EnsembleBand[] bands(float[][][] members, int[] centres, double level) {
        EnsembleBand[] bands = new EnsembleBand[centres.length];
        float[][] window = new float[members.length][];
        for (int w = 0; w < centres.length; w++) {
            for (int m = 0; m < members.length; m++) {
                window[m] = members[m][w];
            }
            EnsembleBand b = EnsembleBand.of(window, level, 1);
            bands[w] = centres[w] == MEAN ? b : b.about(members[centres[w]][w], 1);
        }
        return bands;
    }

    /**
     * @param raw raw bands per window
     * @param targets true values per window
     * @param scale factor on the bands' distances to their centres
     * @return coverage and width of the scaled bands
     */
    static BandMetrics metrics(EnsembleBand[] raw, float[][] targets, double scale) {
        float[][] low = new float[raw.length][];
        float[][] high = new float[raw.length][];
        for (int w = 0; w < raw.length; w++) {
            EnsembleBand b = raw[w].about(raw[w].mean(), scale);
            low[w] = b.low();
            high[w] = b.high();
        }
        return BandMetrics.of(low, high, targets);
    }
}
