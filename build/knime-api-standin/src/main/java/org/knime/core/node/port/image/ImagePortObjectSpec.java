// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.port.image;

import javax.swing.JComponent;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/** Spec of an image port: the type of image cell its content converts to (KNIME: e.g. PNGImageContent.TYPE). */
public final class ImagePortObjectSpec extends AbstractSimplePortObjectSpec {

    private static final String KEY = "data_type_cell_class";

    private DataType dataType;

    /** For loading only (KNIME). */
    public ImagePortObjectSpec() {
    }

    /** @param type the image cell type, not null */
    public ImagePortObjectSpec(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Type must not be null.");
        }
        dataType = type;
    }

    public DataType getDataType() {
        return dataType;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addString(KEY, dataType.getCellClass().getName());
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        String name = model.getString(KEY);
        try {
            dataType = DataType.getType(Class.forName(name).asSubclass(DataCell.class));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new InvalidSettingsException("Unknown image cell class " + name, e);
        }
    }
}
