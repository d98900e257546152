package org.imodel.knime.node.baseline;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Baseline Predictor node (description in BaselinePredictorNodeFactory.xml). */
public final class BaselinePredictorNodeFactory extends DialogNodeFactory<BaselinePredictorNodeModel> {

    @Override
    public BaselinePredictorNodeModel createNodeModel() {
        return new BaselinePredictorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new BaselinePredictorNodeDialog();
    }
}
