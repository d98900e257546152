// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;

public class DataContainer {

    public DataContainer(final DataTableSpec spec) {
    }

    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
    }

    @Deprecated
    public DataContainer(final DataTableSpec spec, final boolean initDomain, final int maxCellsInMemory) {
    }

    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void flushRows() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void close() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public boolean isOpen() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public boolean isClosed() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public long size() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public DataTableSpec getTableSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public DataTable getTable() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
