package org.imodel.knime.node.interpret;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** Dialog of the Expert Interpreter node. */
final class ExpertInterpreterNodeDialog extends DefaultNodeSettingsPane {

    ExpertInterpreterNodeDialog() {
        ExpertInterpreterSettings s = new ExpertInterpreterSettings();
        createNewGroup("Cells");
        addDialogComponent(new DialogComponentString(s.cells, "Cells to interpret (comma separated; blank: all)"));
        closeCurrentGroup();
        createNewGroup("Ensemble");
        addDialogComponent(new DialogComponentNumber(s.member, "Member to interpret (0-based)", 1));
        closeCurrentGroup();
        createNewGroup("Permutation tests");
        addDialogComponent(new DialogComponentNumber(s.permutations, "Permutations per p-value", 1000));
        addDialogComponent(new DialogComponentNumber(s.seed, "Seed", 1));
        closeCurrentGroup();
    }
}
