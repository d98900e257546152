// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data;

import java.io.Serializable;

public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    public DataCell() {
    }

    public boolean isMissing() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final DataType getType() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public DataCell materializeDataCell() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected boolean equalContent(final DataValue otherValue) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract boolean equalsDataCell(DataCell dc);

    @Override
    public final boolean equals(final Object o) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
