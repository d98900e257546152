// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

public class SettingsModelIntegerBounded extends SettingsModelInteger {

    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
        final int maxValue) {
        super(configName, defaultValue);
    }

    public int getLowerBound() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public int getUpperBound() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public void setIntValue(final int newValue) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void validateValue(final int value) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected SettingsModelIntegerBounded createClone() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
