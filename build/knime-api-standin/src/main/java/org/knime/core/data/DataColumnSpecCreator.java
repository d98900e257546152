// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data;

import java.util.Objects;

/** Builds a {@link DataColumnSpec}; KNIME rejects null names and types, and so do we. */
public final class DataColumnSpecCreator {

    private String name;
    private DataType type;

    public DataColumnSpecCreator(final String name, final DataType type) {
        setName(name);
        setType(type);
    }

    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        this(cspec.getName(), cspec.getType());
    }

    public void setName(final String name) {
        this.name = Objects.requireNonNull(name, "column name").trim();
        if (this.name.isEmpty()) {
            throw new IllegalArgumentException("Column name must not be empty");
        }
    }

    public void setType(final DataType type) {
        this.type = Objects.requireNonNull(type, "column type");
    }

    public DataType getType() {
        return type;
    }

    public DataColumnSpec createSpec() {
        return new DataColumnSpec(name, type);
    }
}
