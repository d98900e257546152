package org.imodel.knime.node.scenario;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Scenario Builder node (description in ScenarioBuilderNodeFactory.xml). */
public final class ScenarioBuilderNodeFactory extends DialogNodeFactory<ScenarioBuilderNodeModel> {

    @Override
    public ScenarioBuilderNodeModel createNodeModel() {
        return new ScenarioBuilderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ScenarioBuilderNodeDialog();
    }
}
