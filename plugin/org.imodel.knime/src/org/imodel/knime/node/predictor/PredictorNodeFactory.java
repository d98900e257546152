package org.imodel.knime.node.predictor;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the iMODEL Predictor node (description in PredictorNodeFactory.xml). */
public final class PredictorNodeFactory extends DialogNodeFactory<PredictorNodeModel> {

    @Override
    public PredictorNodeModel createNodeModel() {
        return new PredictorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PredictorNodeDialog();
    }
}
