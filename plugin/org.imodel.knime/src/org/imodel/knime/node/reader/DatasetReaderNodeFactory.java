package org.imodel.knime.node.reader;

import org.imodel.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Battery Dataset Reader node (description in DatasetReaderNodeFactory.xml). */
public final class DatasetReaderNodeFactory extends DialogNodeFactory<DatasetReaderNodeModel> {

    @Override
    public DatasetReaderNodeModel createNodeModel() {
        return new DatasetReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DatasetReaderNodeDialog();
    }
}
