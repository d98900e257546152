package org.imodel.knime.node.cycler;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Cycler Time Series to Cycles node (description in CyclerConversionNodeFactory.xml). */
public final class CyclerConversionNodeFactory extends DialogNodeFactory<CyclerConversionNodeModel> {

    @Override
    public CyclerConversionNodeModel createNodeModel() {
        return new CyclerConversionNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CyclerConversionNodeDialog();
    }
}
