// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** A int setting restricted to [min, max]; out-of-range values fail validation (and the setter), as in KNIME. */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    private final int min;
    private final int max;

    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue, final int maxValue) {
        super(configName, defaultValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException("Specified min value must be smaller than the max value.");
        }
        min = minValue;
        max = maxValue;
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("InitialValue (" + defaultValue + ") must be within the range [" + min
                + "..." + max + "]");
        }
    }

    public int getLowerBound() {
        return min;
    }

    public int getUpperBound() {
        return max;
    }

    @Override
    public void setIntValue(final int newValue) {
        super.setIntValue(newValue);
    }

    @Override
    protected void validateValue(final int value) throws InvalidSettingsException {
        if (!(value >= min && value <= max)) {
            throw new InvalidSettingsException("The value (" + value + ") of '" + getConfigName()
                + "' must be within the range [" + min + "..." + max + "].");
        }
    }

    @Override
    protected SettingsModelIntegerBounded createClone() {
        SettingsModelIntegerBounded clone = new SettingsModelIntegerBounded(getConfigName(), min, min, max);
        clone.setIntValue(getIntValue());
        return clone;
    }
}
