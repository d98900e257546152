package org.imodel.knime.node.features;

import org.imodel.core.features.FeatureDefaults;
import org.imodel.core.features.FeatureSettings;
import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Degradation Feature Extractor node; the config keys are a public contract. */
final class FeatureExtractorSettings extends SettingsGroup {

    /** A {@link FeatureDefaults} name. */
    final SettingsModelString defaults;
    /** 20, 30, 40 or 50 (checked by the engine in configure). */
    final SettingsModelInteger soc;
    final SettingsModelBoolean physicalGrid;

    FeatureExtractorSettings() {
        this(new SettingsModelString("family_defaults", FeatureDefaults.AUTO.name()),
                new SettingsModelInteger("soc", FeatureSettings.DEFAULT_SOC),
                new SettingsModelBoolean("physical_grid", false));
    }

    private FeatureExtractorSettings(SettingsModelString defaults, SettingsModelInteger soc,
            SettingsModelBoolean physicalGrid) {
        super(defaults, soc, physicalGrid);
        this.defaults = defaults;
        this.soc = soc;
        this.physicalGrid = physicalGrid;
    }
}
