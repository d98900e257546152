package org.imodel.knime.node.learner;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the iMODEL Learner node (description in LearnerNodeFactory.xml). */
public final class LearnerNodeFactory extends DialogNodeFactory<LearnerNodeModel> {

    @Override
    public LearnerNodeModel createNodeModel() {
        return new LearnerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LearnerNodeDialog();
    }
}
