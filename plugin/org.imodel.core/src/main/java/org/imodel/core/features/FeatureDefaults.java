package org.imodel.core.features;

import java.util.List;
import java.util.Locale;

/**
 * Which feature settings to use for rows of a per-cycle table: per row from its dataset family (the reference's
 * settings for UL, LSD and TPSL, the recorded grid for anything else), one forced family, or the recorded grid
 * for all rows. Decides the output columns before any data is seen.
 */
public enum FeatureDefaults {

    /** Per row, from the row's dataset family; 12 features (TPSL rows get missing relaxation features). */
    AUTO,
    /** UL settings for every row. */
    UL,
    /** LSD settings (the reference's 3.6-4.1 V assumption) for every row. */
    LSD,
    /** TPSL settings for every row: 6 curve features. */
    TPSL,
    /** Each row's recorded grid, 12 features. */
    RECORDED;

    /**
     * @param text a name, case-insensitive
     * @return the choice
     * @throws IllegalArgumentException listing the valid names
     */
    public static FeatureDefaults parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown feature defaults '" + text + "': use one of "
                    + List.of(values()), e);
        }
    }

    /** @return the feature names, in the reference's order, that this choice produces */
    public List<String> featureNames() {
        return this == TPSL ? FeatureSettings.CI_FEATURE_NAMES : FeatureSettings.ALL_FEATURE_NAMES;
    }

    /**
     * @param rowFamily the row's dataset family
     * @param soc 20, 30, 40 or 50
     * @param physicalGrid use the recorded grid for the reference families too
     * @return the settings for that row
     */
    public FeatureSettings settingsFor(String rowFamily, int soc, boolean physicalGrid) {
        switch (this) {
            case AUTO:
                return FeatureSettings.defaults(rowFamily, soc, physicalGrid).withRelaxationFeatures(true);
            case RECORDED:
                return FeatureSettings.physical(soc, true);
            default:
                return FeatureSettings.forFamily(name(), soc).withPhysicalGrid(physicalGrid);
        }
    }
}
