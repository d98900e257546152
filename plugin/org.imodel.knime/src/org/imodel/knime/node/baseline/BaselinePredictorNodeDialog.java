package org.imodel.knime.node.baseline;

import java.util.Arrays;

import org.imodel.core.baseline.BaselineMethod;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Baseline Predictor node. */
final class BaselinePredictorNodeDialog extends DefaultNodeSettingsPane {

    BaselinePredictorNodeDialog() {
        BaselinePredictorSettings s = new BaselinePredictorSettings();
        addDialogComponent(new DialogComponentStringSelection(s.method, "Method",
                Arrays.stream(BaselineMethod.values()).map(BaselineMethod::label).toArray(String[]::new)));
        addDialogComponent(new DialogComponentString(s.cells, "Cells to forecast (comma separated; polynomial: blank for all; mlp: the test cells)"));
        createNewGroup("Window (0: the method's published value)");
        addDialogComponent(new DialogComponentNumber(s.history, "History (capacities read)", 1));
        addDialogComponent(new DialogComponentNumber(s.horizon, "Horizon (capacities predicted)", 1));
        closeCurrentGroup();
        createNewGroup("MLP training (method mlp only)");
        addDialogComponent(new DialogComponentString(s.trainingCells, "Training cells (comma separated)"));
        addDialogComponent(new DialogComponentString(s.validationCells, "Validation cells (comma separated)"));
        addDialogComponent(new DialogComponentNumber(s.epochs, "Epochs", 50));
        addDialogComponent(new DialogComponentNumber(s.seed, "Seed", 1));
        closeCurrentGroup();
    }
}
