// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data;

public interface LongValue extends DataValue {

    long getLongValue();
}
