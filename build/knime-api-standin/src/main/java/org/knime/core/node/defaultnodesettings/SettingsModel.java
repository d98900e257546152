// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.defaultnodesettings;

import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

public abstract class SettingsModel {

    public SettingsModel() {
    }

    protected abstract <T extends SettingsModel> T createClone();

    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    protected abstract void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
        throws NotConfigurableException;

    protected abstract void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException;

    protected abstract void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void saveSettingsForModel(NodeSettingsWO settings);

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public boolean isEnabled() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setEnabled(final boolean enabled) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void addChangeListener(final ChangeListener l) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void removeChangeListener(final ChangeListener l) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void prependChangeListener(final ChangeListener l) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void notifyChangeListeners() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public abstract String toString();
}
