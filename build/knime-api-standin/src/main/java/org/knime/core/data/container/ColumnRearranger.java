// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.container;

import org.knime.core.data.DataTableSpec;

public class ColumnRearranger {

    public ColumnRearranger(final DataTableSpec original) {
    }

    public final void append(final CellFactory fac) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final DataTableSpec createSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
