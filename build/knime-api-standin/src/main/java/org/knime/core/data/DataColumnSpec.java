// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data;

public final class DataColumnSpec {

    private DataColumnSpec() {
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public DataType getType() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
