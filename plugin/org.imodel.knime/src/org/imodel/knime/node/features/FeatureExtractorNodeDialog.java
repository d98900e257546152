package org.imodel.knime.node.features;

import org.imodel.core.features.FeatureDefaults;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Degradation Feature Extractor node. */
final class FeatureExtractorNodeDialog extends DefaultNodeSettingsPane {

    FeatureExtractorNodeDialog() {
        FeatureExtractorSettings s = new FeatureExtractorSettings();
        String[] choices = new String[FeatureDefaults.values().length];
        for (int i = 0; i < choices.length; i++) {
            choices[i] = FeatureDefaults.values()[i].name();
        }
        addDialogComponent(new DialogComponentStringSelection(s.defaults, "Feature defaults", choices));
        addDialogComponent(new DialogComponentNumber(s.soc, "SOC start (20, 30, 40 or 50 %)", 10));
        addDialogComponent(new DialogComponentBoolean(s.physicalGrid,
                "Physical grid: use each row's recorded voltage grid (e.g. LSD 3.8-4.1 V)"));
    }
}
