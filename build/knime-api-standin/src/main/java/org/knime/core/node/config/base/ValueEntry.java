// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.config.base;

import java.util.Objects;

/**
 * A typed leaf. The type is KNIME's XML type name (xstring, xint, xlong, xdouble, xfloat, xshort, xbyte, xchar,
 * xboolean, xpassword, xtransientstring) and the value its text as KNIME writes it; a null value is KNIME's
 * isnull="true" (only strings and similar object types can be null).
 */
final class ValueEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String value;

    ValueEntry(final String key, final String type, final String value) {
        super(key);
        this.type = type;
        this.value = value;
    }

    String type() {
        return type;
    }

    String value() {
        return value;
    }

    @Override
    public String toStringValue() {
        return value;
    }

    @Override
    boolean sameValue(final AbstractConfigEntry other) {
        return other instanceof ValueEntry && type.equals(((ValueEntry) other).type)
            && Objects.equals(value, ((ValueEntry) other).value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getKey(), type, value);
    }
}
