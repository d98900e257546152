// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data;

public final class DataColumnSpecCreator {

    public DataColumnSpecCreator(final String name, final DataType type) {
    }

    public DataColumnSpecCreator(final DataColumnSpec cspec) {
    }

    public void setName(final String name) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setType(final DataType type) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public DataType getType() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public DataColumnSpec createSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
