// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.DoubleValue;

public class IntCell extends DataCell implements IntValue, LongValue, DoubleValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = null;

    public IntCell(final int value) {
    }

    @Override
    public int getIntValue() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public long getLongValue() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public double getDoubleValue() {
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
