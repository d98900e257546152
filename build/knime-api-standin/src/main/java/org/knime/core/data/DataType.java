// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data;

public final class DataType {

    private DataType() {
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public static DataCell getMissingCell() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public DataType getCollectionElementType() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
