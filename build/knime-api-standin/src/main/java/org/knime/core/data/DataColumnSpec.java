// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data;

import java.util.Objects;

/** Name and type of a column (created through {@link DataColumnSpecCreator}). */
public final class DataColumnSpec {

    private final String name;
    private final DataType type;

    DataColumnSpec(final String name, final DataType type) {
        this.name = Objects.requireNonNull(name, "column name");
        this.type = Objects.requireNonNull(type, "column type");
    }

    public String getName() {
        return name;
    }

    public DataType getType() {
        return type;
    }

    public boolean equalStructure(final DataColumnSpec cspec) {
        return cspec != null && name.equals(cspec.name) && type.equals(cspec.type);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataColumnSpec && equalStructure((DataColumnSpec) obj);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type);
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }
}
