// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import java.awt.Component;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

import javax.swing.JPanel;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

public abstract class NodeDialogPane {

    protected NodeDialogPane() {
    }

    public final JPanel getPanel() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final NodeLogger getLogger() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final void loadSettingsFrom(final InputStream in) throws NotConfigurableException, IOException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException;

    public final void saveSettingsTo(final OutputStream out) throws InvalidSettingsException, IOException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final void finishEditingAndSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void onOpen() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void onClose() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void onCancel() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final void callOnClose() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final void callOnCancel() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public boolean closeOnESC() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final boolean isWriteProtected() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final Collection<String> getCredentialsNames() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected boolean hasModelSettings() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected boolean hasViewSettings() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void addFlowVariablesTab() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void addTab(final String title, final Component comp) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void addTab(final String title, final Component comp, final boolean wrapInScrollPane) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final int addTabAt(final int index, final String title, final Component comp) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final int addTabAt(final int index, final String title, final Component comp,
        final boolean wrapInScrollPane) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final Component getTab(final String title) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final int getTabIndex(final String title) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final List<String> getTabTitles() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void removeTab(final String name) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void renameTab(final String oldTitle, final String newTitle) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final boolean setSelected(final String name) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void setEnabled(final boolean enabled, final String title) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void setToolTip(final String title, final String toolTip) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
