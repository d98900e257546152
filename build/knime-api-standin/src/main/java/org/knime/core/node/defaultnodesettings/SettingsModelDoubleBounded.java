// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** A double setting restricted to [min, max]; out-of-range values fail validation (and the setter), as in KNIME. */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    private final double min;
    private final double max;

    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue, final double maxValue) {
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

    public double getLowerBound() {
        return min;
    }

    public double getUpperBound() {
        return max;
    }

    @Override
    public void setDoubleValue(final double newValue) {
        super.setDoubleValue(newValue);
    }

    @Override
    protected void validateValue(final double value) throws InvalidSettingsException {
        if (!(value >= min && value <= max)) {
            throw new InvalidSettingsException("The value (" + value + ") of '" + getConfigName()
                + "' must be within the range [" + min + "..." + max + "].");
        }
    }

    @Override
    protected SettingsModelDoubleBounded createClone() {
        SettingsModelDoubleBounded clone = new SettingsModelDoubleBounded(getConfigName(), min, min, max);
        clone.setDoubleValue(getDoubleValue());
        return clone;
    }
}
