package org.imodel.knime.node.predictor;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** Dialog of the iMODEL Predictor node. */
final class PredictorNodeDialog extends DefaultNodeSettingsPane {

    PredictorNodeDialog() {
        PredictorSettings s = new PredictorSettings();
        createNewGroup("Ensemble band (models with several members)");
        addDialogComponent(new DialogComponentNumber(s.bandPercent, "Band coverage (%; 90 = 5-95 % quantiles)", 5));
        closeCurrentGroup();
    }
}
