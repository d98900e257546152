// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data;

import java.io.Serializable;

/** A cell; equality is content equality of cells of the same type (KNIME: missing cells equal each other). */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    public DataCell() {
    }

    /** KNIME: only the cell returned by {@link DataType#getMissingCell()} is missing. */
    public boolean isMissing() {
        return false;
    }

    public final DataType getType() {
        return DataType.typeOf(this);
    }

    public DataCell materializeDataCell() {
        return this;
    }

    protected boolean equalContent(final DataValue otherValue) {
        return equals(otherValue);
    }

    protected abstract boolean equalsDataCell(DataCell dc);

    @Override
    public final boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataCell)) {
            return false;
        }
        DataCell other = (DataCell) o;
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        return getClass() == other.getClass() && equalsDataCell(other);
    }

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
