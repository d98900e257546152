// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

public class SettingsModelDoubleBounded extends SettingsModelDouble {

    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
        final double maxValue) {
        super(configName, defaultValue);
    }

    public double getLowerBound() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public double getUpperBound() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public void setDoubleValue(final double newValue) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void validateValue(final double value) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected SettingsModelDoubleBounded createClone() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
