// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data;

public final class RowKey {

    public RowKey(final String key) {
    }

    public String getString() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public static RowKey createRowKey(final long rowId) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
