package org.imodel.knime.node.interpret;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Expert Interpreter node (description in ExpertInterpreterNodeFactory.xml). */
public final class ExpertInterpreterNodeFactory extends DialogNodeFactory<ExpertInterpreterNodeModel> {

    @Override
    public ExpertInterpreterNodeModel createNodeModel() {
        return new ExpertInterpreterNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ExpertInterpreterNodeDialog();
    }
}
