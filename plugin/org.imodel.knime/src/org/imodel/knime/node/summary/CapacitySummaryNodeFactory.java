package org.imodel.knime.node.summary;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Capacity Fade Summary node (description in CapacitySummaryNodeFactory.xml). */
public final class CapacitySummaryNodeFactory extends NodeFactory<CapacitySummaryNodeModel> {

    @Override
    public CapacitySummaryNodeModel createNodeModel() {
        return new CapacitySummaryNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<CapacitySummaryNodeModel> createNodeView(int viewIndex, CapacitySummaryNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The Capacity Fade Summary node has no views; asked for view "
                + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CapacitySummaryNodeDialog();
    }
}
