package org.imodel.core.features;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How the per-cycle degradation features of the iMODEL method are computed (imodel-method.md &sect;3). Capacities
 * are in Ah throughout; the reference's UL threshold of 200 mAh is the same 0.2 Ah.
 *
 * <p>The curve of a cycle (50 capacity-increment values) is taken to lie on a uniform grid of
 * {@code gridPoints} voltages from {@code gridStartVolt} to {@code gridEndVolt} (the reference loader's
 * assumption, which is not always the physical grid: LSD curves were generated on 3.8&ndash;4.1 V but the
 * reference assumes 3.6&ndash;4.1 V, &sect;12.6). With {@code physicalGrid} the grid recorded by the reader
 * ({@code CycleRecord.ciGrid()}) is used instead; for TPSL, whose published curves each span the cycle's own
 * minimum to maximum voltage, the reader records the nominal 3.6&ndash;4.15 V, so nothing changes there.
 *
 * <p>Use {@link #forFamily(String, int)} for the settings that reproduce the reference.
 *
 * @param gridStartVolt first voltage of the curve's grid (V)
 * @param gridEndVolt last voltage of the curve's grid (V)
 * @param gridPoints points of the curve (and of the re-gridded curve), 50 in the reference
 * @param finePoints points of the fine grid over the same range used for the CI-at-voltage and rise features,
 *        1000 in the reference
 * @param riseThresholdAh rise of the CI curve above its value at {@code referenceVolt} that defines the rise
 *        voltage (Ah), 0.2 in the reference
 * @param soc partial-charge setting 20, 30, 40 or 50: drop the first 0, 10, 20 or 30 curve points
 * @param relaxationFeatures true for the 12-feature vector (6 relaxation-voltage statistics, then 6 CI features);
 *        false for the 6 CI features only (TPSL)
 * @param referenceVolt voltage at which the CI feature is read from the fine grid (nearest grid point), 3.65 V
 * @param physicalGrid use the grid recorded with each cycle instead of {@code gridStartVolt..gridEndVolt}
 */
public record FeatureSettings(double gridStartVolt, double gridEndVolt, int gridPoints, int finePoints,
        double riseThresholdAh, int soc, boolean relaxationFeatures, double referenceVolt, boolean physicalGrid) {

    /** Points of the CI curve in the reference. */
    public static final int DEFAULT_GRID_POINTS = 50;
    /** Points of the fine grid in the reference. */
    public static final int DEFAULT_FINE_POINTS = 1000;
    /** CI rise threshold of the reference (Ah). */
    public static final double DEFAULT_RISE_THRESHOLD_AH = 0.2;
    /** Reference voltage of the CI-at-voltage feature (V). */
    public static final double DEFAULT_REFERENCE_VOLT = 3.65;
    /** Default SOC setting (no trimming). */
    public static final int DEFAULT_SOC = 20;
    /** Nominal grid start of every family (V). */
    public static final double NOMINAL_START_VOLT = 3.6;
    /** Nominal grid end of UL and TPSL (V). */
    public static final double UL_END_VOLT = 4.15;
    /** Nominal grid end the reference's LSD loader assumes (V). */
    public static final double LSD_END_VOLT = 4.1;

    /** Mean of the relaxation-voltage list (V). */
    public static final String RELAX_MEAN = "relax_mean";
    /** Biased skewness of the relaxation-voltage list. */
    public static final String RELAX_SKEW = "relax_skew";
    /** Maximum of the relaxation-voltage list (V). */
    public static final String RELAX_MAX = "relax_max";
    /** Minimum of the relaxation-voltage list (V). */
    public static final String RELAX_MIN = "relax_min";
    /** Population variance of the relaxation-voltage list (V&sup2;). */
    public static final String RELAX_VAR = "relax_var";
    /** Biased excess kurtosis of the relaxation-voltage list. */
    public static final String RELAX_KURT = "relax_kurt";
    /** Mean of the re-gridded CI curve (Ah). */
    public static final String CI_MEAN = "ci_mean";
    /** Biased skewness of the CI curve. */
    public static final String CI_SKEW = "ci_skew";
    /** Maximum of the CI curve (Ah). */
    public static final String CI_MAX = "ci_max";
    /** Population variance of the CI curve (Ah&sup2;). */
    public static final String CI_VAR = "ci_var";
    /** CI at the reference voltage 3.65 V on the fine grid (Ah). */
    public static final String CI_AT_REFERENCE = "ci_at_3.65";
    /** First fine-grid voltage where CI has risen by the threshold (V). */
    public static final String V_AT_RISE = "v_at_rise";

    /** The six relaxation features, in reference order. */
    public static final List<String> RELAXATION_FEATURE_NAMES = List.of(RELAX_MEAN, RELAX_SKEW, RELAX_MAX,
            RELAX_MIN, RELAX_VAR, RELAX_KURT);
    /** The six CI features, in reference order (with the default reference voltage). */
    public static final List<String> CI_FEATURE_NAMES = List.of(CI_MEAN, CI_SKEW, CI_MAX, CI_VAR, CI_AT_REFERENCE,
            V_AT_RISE);
    /** The twelve UL/LSD features, in reference order (the gating layer's input order). */
    public static final List<String> ALL_FEATURE_NAMES = concat(RELAXATION_FEATURE_NAMES, CI_FEATURE_NAMES);

    /** Position of each CI feature after the relaxation block (add {@link #ciOffset()}). */
    static final int CI_MEAN_INDEX = 0;
    static final int CI_SKEW_INDEX = 1;
    static final int CI_MAX_INDEX = 2;
    static final int CI_VAR_INDEX = 3;
    static final int CI_AT_INDEX = 4;
    static final int RISE_INDEX = 5;

    /** Checks the settings; every message says what is accepted. */
    public FeatureSettings {
        if (!(Double.isFinite(gridStartVolt) && Double.isFinite(gridEndVolt) && gridEndVolt > gridStartVolt)) {
            throw new IllegalArgumentException("The CI voltage grid must run from a lower to a higher finite"
                    + " voltage, e.g. 3.6 to 4.15 V; got " + gridStartVolt + " to " + gridEndVolt + " V");
        }
        int trim = trimPointsForSoc(soc);
        if (gridPoints < trim + 2) {
            throw new IllegalArgumentException("The CI curve needs at least " + (trim + 2) + " points for SOC " + soc
                    + " (it drops " + trim + "); got " + gridPoints + " (the reference uses 50)");
        }
        if (finePoints < 2) {
            throw new IllegalArgumentException("The fine grid needs at least 2 points (the reference uses 1000);"
                    + " got " + finePoints);
        }
        if (!(Double.isFinite(riseThresholdAh) && riseThresholdAh > 0)) {
            throw new IllegalArgumentException("The CI rise threshold must be a positive number of Ah (the reference"
                    + " uses 0.2 Ah, i.e. 200 mAh); got " + riseThresholdAh);
        }
        if (!Double.isFinite(referenceVolt)) {
            throw new IllegalArgumentException("The reference voltage must be finite (the reference uses 3.65 V);"
                    + " got " + referenceVolt);
        }
    }

    /**
     * The settings that reproduce the reference loader of a family.
     * <ul>
     * <li>UL (UL-NCA, UL-NCM, UL-NCMNCA, any name starting with "UL"): 3.6&ndash;4.15 V, 12 features;</li>
     * <li>LSD: 3.6&ndash;4.1 V (the reference's assumption; the data are on 3.8&ndash;4.1 V), 12 features;</li>
     * <li>TPSL (also TPSL-Fixed, TPSL-Arbitrary): 3.6&ndash;4.15 V, 6 CI features.</li>
     * </ul>
     * All use 50 points, the 1000-point fine grid, 0.2 Ah and 3.65 V.
     *
     * @param family family as in {@code CycleRecord.family()}
     * @param soc 20, 30, 40 or 50
     * @return the reference settings
     * @throws IllegalArgumentException for another family (use {@link #physical(int, boolean)} or the
     *         constructor) or another SOC
     */
    public static FeatureSettings forFamily(String family, int soc) {
        String f = family == null ? "" : family.strip().toUpperCase(Locale.ROOT);
        if (f.startsWith("UL")) {
            return nominal(UL_END_VOLT, soc, true);
        }
        if (f.equals("LSD")) {
            return nominal(LSD_END_VOLT, soc, true);
        }
        if (f.startsWith("TPSL")) {
            return nominal(UL_END_VOLT, soc, false);
        }
        throw new IllegalArgumentException("No reference feature settings for family '" + family + "': the"
                + " reference defines them for UL-NCA, UL-NCM, UL-NCMNCA, LSD and TPSL. For other data use the"
                + " curve's recorded grid (physical grid) or give the grid explicitly.");
    }

    /**
     * The default settings for a family: the reference's settings for UL, LSD and TPSL (optionally on the grid the
     * reader recorded instead of the reference's assumed grid), the recorded grid with all 12 features for any
     * other data (simulated cells, converted cycler data).
     *
     * @param family family as in {@code CycleRecord.family()}
     * @param soc 20, 30, 40 or 50
     * @param physicalGrid use each curve's recorded grid even for the reference families
     * @return the settings
     */
    public static FeatureSettings defaults(String family, int soc, boolean physicalGrid) {
        String f = family == null ? "" : family.strip().toUpperCase(Locale.ROOT);
        if (f.startsWith("UL") || f.equals("LSD") || f.startsWith("TPSL")) {
            return forFamily(family, soc).withPhysicalGrid(physicalGrid);
        }
        return physical(soc, true);
    }

    /**
     * Settings for data without a reference convention (e.g. converted cycler data): the grid recorded with each
     * cycle, 50 points, 1000-point fine grid, 0.2 Ah, 3.65 V.
     *
     * @param soc 20, 30, 40 or 50
     * @param relaxationFeatures whether the relaxation-voltage features are computed
     * @return the settings (the nominal range 3.6&ndash;4.15 V is only a placeholder, not used)
     */
    public static FeatureSettings physical(int soc, boolean relaxationFeatures) {
        return new FeatureSettings(NOMINAL_START_VOLT, UL_END_VOLT, DEFAULT_GRID_POINTS, DEFAULT_FINE_POINTS,
                DEFAULT_RISE_THRESHOLD_AH, soc, relaxationFeatures, DEFAULT_REFERENCE_VOLT, true);
    }

    private static FeatureSettings nominal(double end, int soc, boolean relaxation) {
        return new FeatureSettings(NOMINAL_START_VOLT, end, DEFAULT_GRID_POINTS, DEFAULT_FINE_POINTS,
                DEFAULT_RISE_THRESHOLD_AH, soc, relaxation, DEFAULT_REFERENCE_VOLT, false);
    }

    /**
     * @param soc SOC setting
     * @return curve points dropped: 20 &rarr; 0, 30 &rarr; 10, 40 &rarr; 20, 50 &rarr; 30
     * @throws IllegalArgumentException for any other value
     */
    public static int trimPointsForSoc(int soc) {
        switch (soc) {
            case 20:
                return 0;
            case 30:
                return 10;
            case 40:
                return 20;
            case 50:
                return 30;
            default:
                throw new IllegalArgumentException("SOC must be 20, 30, 40 or 50 (the partial-charge settings of"
                        + " the iMODEL method: the CI curve loses its first 0, 10, 20 or 30 points); got " + soc);
        }
    }

    /** @return curve points dropped by the SOC setting */
    public int trimPoints() {
        return trimPointsForSoc(soc);
    }

    /** @return 12 with relaxation features, 6 without */
    public int featureCount() {
        return ciOffset() + CI_FEATURE_NAMES.size();
    }

    /** @return index of the first CI feature in the vector: 6 with relaxation features, 0 without */
    public int ciOffset() {
        return relaxationFeatures ? RELAXATION_FEATURE_NAMES.size() : 0;
    }

    /**
     * @return feature names in vector order; the CI-at-voltage feature is named after {@link #referenceVolt()}
     *         ({@code ci_at_3.65} by default)
     */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>(featureCount());
        if (relaxationFeatures) {
            names.addAll(RELAXATION_FEATURE_NAMES);
        }
        for (String n : CI_FEATURE_NAMES) {
            names.add(n.equals(CI_AT_REFERENCE) ? ciAtName(referenceVolt) : n);
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * @return per feature, the power of the capacity unit it carries: 1 for CI mean, max and CI-at-voltage, 2 for
     *         the CI variance, 0 for the others (voltages and shape statistics)
     */
    public int[] capacityPowers() {
        int[] p = new int[featureCount()];
        int o = ciOffset();
        p[o + CI_MEAN_INDEX] = 1;
        p[o + CI_MAX_INDEX] = 1;
        p[o + CI_VAR_INDEX] = 2;
        p[o + CI_AT_INDEX] = 1;
        return p;
    }

    /**
     * @param newSoc 20, 30, 40 or 50
     * @return these settings with another SOC
     */
    public FeatureSettings withSoc(int newSoc) {
        return new FeatureSettings(gridStartVolt, gridEndVolt, gridPoints, finePoints, riseThresholdAh, newSoc,
                relaxationFeatures, referenceVolt, physicalGrid);
    }

    /**
     * @param physical whether to use each cycle's recorded grid
     * @return these settings with the grid choice changed
     */
    public FeatureSettings withPhysicalGrid(boolean physical) {
        return new FeatureSettings(gridStartVolt, gridEndVolt, gridPoints, finePoints, riseThresholdAh, soc,
                relaxationFeatures, referenceVolt, physical);
    }

    /**
     * @param relaxation whether to compute the six relaxation-voltage features
     * @return these settings with the feature set changed
     */
    public FeatureSettings withRelaxationFeatures(boolean relaxation) {
        return new FeatureSettings(gridStartVolt, gridEndVolt, gridPoints, finePoints, riseThresholdAh, soc,
                relaxation, referenceVolt, physicalGrid);
    }

    private static String ciAtName(double volt) {
        return "ci_at_" + BigDecimal.valueOf(volt).stripTrailingZeros().toPlainString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
