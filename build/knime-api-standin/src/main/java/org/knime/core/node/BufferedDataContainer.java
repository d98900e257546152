// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

public class BufferedDataContainer extends DataContainer {

    private BufferedDataContainer() {
        super((DataTableSpec)null);
    }

    @Override
    public BufferedDataTable getTable() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
