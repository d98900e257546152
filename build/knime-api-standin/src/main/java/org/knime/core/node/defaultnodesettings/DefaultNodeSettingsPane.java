// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

public class DefaultNodeSettingsPane extends NodeDialogPane {

    public DefaultNodeSettingsPane() {
    }

    public void addDialogComponent(final DialogComponent diaC) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void createNewGroup(final String title) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void closeCurrentGroup() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void createNewTab(final String tabTitle) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void createNewTabAt(final String tabTitle, final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void selectTab(final String tabTitle) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setDefaultTabTitle(final String tabTitle) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setHorizontalPlacement(final boolean horizontal) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
