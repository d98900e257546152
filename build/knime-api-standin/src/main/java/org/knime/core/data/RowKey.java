// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data;

import java.util.Objects;

/** The row ID; KNIME's default IDs are "Row0", "Row1", ... */
public final class RowKey {

    private final String key;

    public RowKey(final String key) {
        this.key = Objects.requireNonNull(key, "row key");
    }

    public String getString() {
        return key;
    }

    public static RowKey createRowKey(final long rowId) {
        return new RowKey("Row" + rowId);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof RowKey && key.equals(((RowKey) obj).key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
