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
    final SettingsModelString defaults = add(new SettingsModelString("family_defaults", FeatureDefaults.AUTO.name()));
    /** 20, 30, 40 or 50 (checked by the engine in configure). */
    final SettingsModelInteger soc = add(new SettingsModelInteger("soc", FeatureSettings.DEFAULT_SOC));
    final SettingsModelBoolean physicalGrid = add(new SettingsModelBoolean("physical_grid", false));
}
