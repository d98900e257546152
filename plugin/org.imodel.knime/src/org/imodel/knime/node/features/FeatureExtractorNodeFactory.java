package org.imodel.knime.node.features;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Degradation Feature Extractor node (description in FeatureExtractorNodeFactory.xml). */
public final class FeatureExtractorNodeFactory extends DialogNodeFactory<FeatureExtractorNodeModel> {

    @Override
    public FeatureExtractorNodeModel createNodeModel() {
        return new FeatureExtractorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new FeatureExtractorNodeDialog();
    }
}
