// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

public class SettingsModelInteger extends SettingsModelNumber {

    public SettingsModelInteger(final String configName, final int defaultValue) {
    }

    public int getIntValue() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setIntValue(final int newValue) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void validateValue(final int value) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public String getKey() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected SettingsModelInteger createClone() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected String getModelTypeID() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected String getConfigName() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
