package org.imodel.knime.node.scorer;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Trajectory Scorer node (description in TrajectoryScorerNodeFactory.xml). */
public final class TrajectoryScorerNodeFactory extends DialogNodeFactory<TrajectoryScorerNodeModel> {

    @Override
    public TrajectoryScorerNodeModel createNodeModel() {
        return new TrajectoryScorerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new TrajectoryScorerNodeDialog();
    }
}
