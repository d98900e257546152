package org.imodel.core.artifact;

import java.util.Arrays;
import java.util.Locale;

/**
 * How many networks a model holds and how its band is scaled. Members are trained alike and differ by seed (the
 * provenance's seed for member 0, seed + 1 for member 1, ...) and, with {@link BandCalibration#CROSS cross-fitted}
 * calibration, by the fold of training cells each one leaves out; a forecast is the members' mean, and the band
 * around it comes from the members' quantiles, its distance to the mean multiplied by {@link #spreadScale()}.
 *
 * @param members number of networks K (1: a single model, no band)
 * @param epochs epochs run per member
 * @param bestEpochs kept epoch per member (1-based; 0 when not trained here)
 * @param calibrationLevel central coverage the spread scale was calibrated for (e.g. 0.9 for the 5-95 % band);
 *        NaN when the scale was not calibrated
 * @param spreadScale factor on the distance of the quantile band to the mean (1: the members' raw spread)
 * @param calibration which forecasts the scale was fitted on (and so whether members left folds out);
 *        {@link BandCalibration#VALIDATION} for models written before cross-fitting and for single networks
 * @param rolloutGrowth beyond the horizon P, per block of P cycles ({@code [0]}: cycles P ... 2P-1), the factor by
 *        which the band must widen relative to the first P cycles, fitted on the validation cells' rollouts
 *        (non-decreasing, at least 1)
 *        ({@code rollout.RolloutBandFit}); blocks past the end reuse the last factor; empty when the band was not
 *        calibrated beyond P (beyond P it then keeps the spread scale of the first P cycles)
 */
public record Ensemble(int members, int[] epochs, int[] bestEpochs, double calibrationLevel, double spreadScale,
        BandCalibration calibration, double[] rolloutGrowth) {

    /** A single network. */
    public static final Ensemble SINGLE = single(0, 0);

    /** Checks the counts and the scale; copies the arrays. */
    public Ensemble {
        if (members < 1) {
            throw new IllegalArgumentException("a model holds at least one network; got " + members);
        }
        if (epochs.length != members || bestEpochs.length != members) {
            throw new IllegalArgumentException("inconsistent ensemble: " + members + " members, " + epochs.length
                    + " epoch counts, " + bestEpochs.length + " kept epochs");
        }
        if (!(spreadScale >= 0) || Double.isInfinite(spreadScale)) {
            throw new IllegalArgumentException("the ensemble's spread scale must be a finite number >= 0; got "
                    + spreadScale);
        }
        if (calibration == null) {
            throw new IllegalArgumentException("the ensemble's band calibration must be given");
        }
        if (!validGrowth(rolloutGrowth)) {
            throw new IllegalArgumentException("the ensemble's band growth beyond the horizon must be finite"
                    + " numbers >= 0; got " + Arrays.toString(rolloutGrowth));
        }
        epochs = epochs.clone();
        bestEpochs = bestEpochs.clone();
        rolloutGrowth = rolloutGrowth.clone();
    }

    /**
     * Members, epochs, kept epochs, calibration level, scale and method, not calibrated beyond the horizon.
     *
     * @param members number of networks
     * @param epochs epochs run per member
     * @param bestEpochs kept epoch per member
     * @param calibrationLevel level the scale was calibrated for (NaN: not calibrated)
     * @param spreadScale factor on the band's distance to the mean
     * @param calibration which forecasts the scale was fitted on
     */
    public Ensemble(int members, int[] epochs, int[] bestEpochs, double calibrationLevel, double spreadScale,
            BandCalibration calibration) {
        this(members, epochs, bestEpochs, calibrationLevel, spreadScale, calibration, new double[0]);
    }

    /**
     * @param epochs epochs run
     * @param bestEpoch kept epoch
     * @return a single network's record
     */
    public static Ensemble single(int epochs, int bestEpoch) {
        return new Ensemble(1, new int[] {epochs}, new int[] {bestEpoch}, Double.NaN, 1, BandCalibration.VALIDATION);
    }

    /** @return whether the model has more than one member (and so a band) */
    public boolean isEnsemble() {
        return members > 1;
    }

    /** @return whether the spread scale was calibrated (see {@link #calibration()} for how) */
    public boolean calibrated() {
        return !Double.isNaN(calibrationLevel);
    }

    /**
     * @param newLevel the level the scale was calibrated for
     * @param newScale the calibrated scale
     * @return this ensemble with that calibration level and scale
     */
    public Ensemble withCalibration(double newLevel, double newScale) {
        return new Ensemble(members, epochs, bestEpochs, newLevel, newScale, calibration, rolloutGrowth);
    }

    /**
     * @param growth band growth per block beyond the horizon (see {@link #rolloutGrowth()}; empty: none)
     * @return this ensemble with that growth
     */
    public Ensemble withRolloutGrowth(double[] growth) {
        return new Ensemble(members, epochs, bestEpochs, calibrationLevel, spreadScale, calibration, growth);
    }

    /**
     * @param growth band growth factors beyond the horizon
     * @return whether every factor is a finite number &ge; 0 (what an ensemble accepts)
     */
    public static boolean validGrowth(double[] growth) {
        return Arrays.stream(growth).allMatch(g -> g >= 0 && !Double.isInfinite(g));
    }

    /** @return the growth factors beyond the horizon to 3 significant digits, e.g. "[1.69, 2.14, 2.40]" */
    public String rolloutGrowthText() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < rolloutGrowth.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", rolloutGrowth[i]));
        }
        return b.append(']').toString();
    }

    /** @return whether the band was calibrated beyond the horizon */
    public boolean calibratedBeyondHorizon() {
        return rolloutGrowth.length > 0;
    }

    /**
     * @param block block of P cycles from the forecast's start (0: the first P cycles, the direct forecast)
     * @return the factor on the band's distance to the mean in that block: the spread scale, times the block's
     *         growth beyond the horizon (the last fitted growth past the fitted blocks; 1 when not calibrated there)
     */
    public double spreadScale(int block) {
        if (block <= 0 || rolloutGrowth.length == 0) {
            return spreadScale;
        }
        return spreadScale * rolloutGrowth[Math.min(block, rolloutGrowth.length) - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ensemble e && members == e.members && Arrays.equals(epochs, e.epochs)
                && Arrays.equals(bestEpochs, e.bestEpochs)
                && Double.compare(calibrationLevel, e.calibrationLevel) == 0
                && Double.compare(spreadScale, e.spreadScale) == 0 && calibration == e.calibration
                && Arrays.equals(rolloutGrowth, e.rolloutGrowth);
    }

    @Override
    public int hashCode() {
        return (members * 31 + Arrays.hashCode(bestEpochs)) * 31 + Double.hashCode(spreadScale);
    }

    @Override
    public String toString() {
        return "Ensemble[" + members + " members, epochs " + Arrays.toString(epochs) + ", kept "
                + Arrays.toString(bestEpochs) + ", spread scale " + spreadScale + " (level " + calibrationLevel + ", "
                + calibration.label() + " calibration" + (rolloutGrowth.length == 0 ? ""
                : ", growth beyond the horizon " + Arrays.toString(rolloutGrowth)) + ")]";
    }
}
