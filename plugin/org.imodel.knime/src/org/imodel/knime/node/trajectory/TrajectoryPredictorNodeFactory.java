package org.imodel.knime.node.trajectory;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Trajectory Predictor node (description in TrajectoryPredictorNodeFactory.xml). */
public final class TrajectoryPredictorNodeFactory extends DialogNodeFactory<TrajectoryPredictorNodeModel> {

    @Override
    public TrajectoryPredictorNodeModel createNodeModel() {
        return new TrajectoryPredictorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new TrajectoryPredictorNodeDialog();
    }
}
