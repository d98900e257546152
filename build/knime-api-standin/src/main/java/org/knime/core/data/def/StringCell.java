// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.def;

import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;

/** A string cell (KNIME: null is not allowed; use a missing cell). */
public final class StringCell extends DataCell implements StringValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(StringCell.class);

    private final String value;

    public StringCell(final String value) {
        this.value = Objects.requireNonNull(value, "String value can't be null.");
    }

    @Override
    public String getStringValue() {
        return value;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return value.equals(((StringCell) dc).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
