// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.defaultnodesettings;

import javax.swing.JPanel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

public abstract class DialogComponent {

    public DialogComponent(final SettingsModel model) {
    }

    public JPanel getComponentPanel() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final SettingsModel getModel() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final PortObjectSpec getLastTableSpec(final int specIndex) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final PortObjectSpec[] getLastTableSpecs() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void showError(final JTextField field) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void clearError(final JTextField field) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract void updateComponent();

    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    protected abstract void checkConfigurabilityBeforeLoad(PortObjectSpec[] specs) throws NotConfigurableException;

    protected abstract void setEnabledComponents(boolean enabled);

    public abstract void setToolTipText(String text);
}
