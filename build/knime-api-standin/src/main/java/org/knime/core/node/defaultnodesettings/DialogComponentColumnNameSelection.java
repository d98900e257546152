// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

public class DialogComponentColumnNameSelection extends DialogComponent {

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        super(model);
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        super(model);
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol,
        final Class<? extends DataValue>... classFilter) {
        super(model);
    }

    public final String getSelected() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final DataColumnSpec getSelectedAsSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
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
