package org.imodel.knime.node.scorer;

import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** Dialog of the Trajectory Scorer node. */
final class TrajectoryScorerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    TrajectoryScorerNodeDialog() {
        TrajectoryScorerSettings s = new TrajectoryScorerSettings();
        createNewGroup("Method");
        addDialogComponent(new DialogComponentString(s.label, "Method of forecasts 1 (e.g. iMODEL)"));
        addDialogComponent(new DialogComponentString(s.label2, "Method of forecasts 2 (input 3, optional)"));
        addDialogComponent(new DialogComponentString(s.label3, "Method of forecasts 3 (input 4, optional)"));
        addDialogComponent(new DialogComponentColumnNameSelection(s.methodColumn,
                "Or a method column (none: the label)", 0, false, true, StringValue.class));
        closeCurrentGroup();
        createNewGroup("Crossing cycles");
        addDialogComponent(new DialogComponentString(s.thresholds, "SOH thresholds (e.g. 0.8, 0.7 or 80%, 70%)"));
        closeCurrentGroup();
    }
}
