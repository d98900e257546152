package org.imodel.knime.node.learner;

import java.util.Arrays;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.features.FeatureDefaults;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the iMODEL Learner node. */
final class LearnerNodeDialog extends DefaultNodeSettingsPane {

    LearnerNodeDialog() {
        LearnerSettings s = new LearnerSettings();
        createNewGroup("Cells");
        addDialogComponent(new DialogComponentString(s.validationCells,
                "Validation cells (comma-separated ids; empty: draw a fraction)"));
        addDialogComponent(new DialogComponentNumber(s.validationFraction, "Validation fraction of cells", 0.05));
        addDialogComponent(new DialogComponentString(s.trainingCells,
                "Training cells (comma-separated ids; empty: all other cells)"));
        closeCurrentGroup();
        createNewGroup("Model");
        addDialogComponent(new DialogComponentNumber(s.horizon, "Horizon P (future cycles)", 1));
        addDialogComponent(new DialogComponentNumber(s.experts, "Experts E", 1));
        addDialogComponent(new DialogComponentNumber(s.topK, "Top-k", 1));
        addDialogComponent(new DialogComponentNumber(s.alpha, "Alpha (gate sharpening)", 1));
        addDialogComponent(new DialogComponentNumber(s.hidden, "BiLSTM hidden size H", 8));
        closeCurrentGroup();
        createNewGroup("Features");
        addDialogComponent(new DialogComponentStringSelection(s.featureDefaults, "Family defaults",
                names()));
        addDialogComponent(new DialogComponentNumber(s.soc, "SOC start (20, 30, 40 or 50)", 10));
        addDialogComponent(new DialogComponentBoolean(s.physicalGrid, "Use the voltage grid the reader recorded"));
        closeCurrentGroup();
        createNewTab("Training");
        addDialogComponent(new DialogComponentStringSelection(s.recipe, "Recipe", "recommended", "reference"));
        addDialogComponent(new DialogComponentNumber(s.epochs, "Maximum epochs", 100));
        addDialogComponent(new DialogComponentNumber(s.patience, "Early-stopping patience (epochs)", 10));
        addDialogComponent(new DialogComponentNumber(s.learningRate, "Learning rate", 1e-4));
        addDialogComponent(new DialogComponentNumber(s.diversityWeight, "Diversity weight", 0.1));
        addDialogComponent(new DialogComponentNumber(s.batchSize, "Batch size", 8));
        addDialogComponent(new DialogComponentNumber(s.seed, "Random seed", 1));
        addDialogComponent(new DialogComponentNumber(s.members, "Ensemble members (1: a single network)", 1));
        addDialogComponent(new DialogComponentStringSelection(s.bandCalibration, "Band calibration",
                Arrays.stream(BandCalibration.values()).map(BandCalibration::label).toArray(String[]::new)));
    }

    private static String[] names() {
        FeatureDefaults[] values = FeatureDefaults.values();
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }
}
