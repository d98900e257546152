package org.imodel.knime.node.summary;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Capacity Fade Summary node (description in CapacitySummaryNodeFactory.xml). */
public final class CapacitySummaryNodeFactory extends DialogNodeFactory<CapacitySummaryNodeModel> {

    @Override
    public CapacitySummaryNodeModel createNodeModel() {
        return new CapacitySummaryNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CapacitySummaryNodeDialog();
    }
}
