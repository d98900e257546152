package org.imodel.knime.node.simulator;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Battery Cell Simulator node (description in SimulatorNodeFactory.xml). */
public final class SimulatorNodeFactory extends DialogNodeFactory<SimulatorNodeModel> {

    @Override
    public SimulatorNodeModel createNodeModel() {
        return new SimulatorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SimulatorNodeDialog();
    }
}
