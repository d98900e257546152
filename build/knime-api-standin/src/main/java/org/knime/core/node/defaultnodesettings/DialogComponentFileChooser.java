// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

public class DialogComponentFileChooser extends DialogComponent {

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
            final int dialogType, final boolean directoryOnly, final String... validExtensions) {
        super(stringModel);
    }

    @Override
    protected void updateComponent() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
