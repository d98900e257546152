// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import javax.swing.JComponent;

import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

public final class BufferedDataTable implements DataTable, PortObject {

    public static final PortType TYPE = null;

    public static final PortType TYPE_OPTIONAL = null;

    private BufferedDataTable() {
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public DataTableSpec getSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public CloseableRowIterator iterator() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public long size() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public String getSummary() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
