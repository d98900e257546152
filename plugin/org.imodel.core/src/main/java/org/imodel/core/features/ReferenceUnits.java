package org.imodel.core.features;

import java.util.Locale;

/**
 * Conversion between the engine's units (Ah) and the units the reference implementation computes features in:
 * mAh for the UL families (whose published files are in mAh), Ah for LSD and TPSL. Needed only to compare with
 * reference outputs or to reuse a scaler fitted by the reference (the reference's UL scaler means and scales of
 * the CI features are in mAh and mAh&sup2;).
 */
public final class ReferenceUnits {

    /** mAh per Ah. */
    public static final double MAH_PER_AH = 1000.0;

    private ReferenceUnits() {
    }

    /**
     * @param family family as in {@code CycleRecord.family()}
     * @return 1000 for UL families (the reference works in mAh), 1 otherwise
     */
    public static double capacityFactor(String family) {
        return family != null && family.strip().toUpperCase(Locale.ROOT).startsWith("UL") ? MAH_PER_AH : 1.0;
    }

    /**
     * @param features a feature vector in engine units (laid out as {@code settings} says)
     * @param settings the settings it was computed with
     * @param capacityFactor reference capacity unit per Ah ({@link #capacityFactor(String)})
     * @return a new vector in reference units: capacity features times the factor, the CI variance times its
     *         square, the others unchanged
     */
    public static double[] features(double[] features, FeatureSettings settings, double capacityFactor) {
        int[] powers = settings.capacityPowers();
        if (features.length != powers.length) {
            throw new IllegalArgumentException("expected " + powers.length + " features for these settings, got "
                    + features.length);
        }
        double[] out = features.clone();
        if (capacityFactor == 1.0) {
            return out;
        }
        double squared = capacityFactor * capacityFactor;
        for (int i = 0; i < out.length; i++) {
            if (powers[i] == 1) {
                out[i] *= capacityFactor;
            } else if (powers[i] == 2) {
                out[i] *= squared;
            }
        }
        return out;
    }

    /**
     * @param ci a curve in Ah
     * @param capacityFactor reference capacity unit per Ah
     * @return a new curve in reference units
     */
    public static double[] curve(double[] ci, double capacityFactor) {
        double[] out = ci.clone();
        if (capacityFactor != 1.0) {
            for (int i = 0; i < out.length; i++) {
                out[i] *= capacityFactor;
            }
        }
        return out;
    }
}
