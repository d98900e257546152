// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;

public final class StringCell extends DataCell implements StringValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = null;

    public StringCell(final String value) {
    }

    @Override
    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
