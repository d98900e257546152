// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;

import javax.swing.JMenuBar;

public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }

    protected T getNodeModel() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract void onClose();

    protected abstract void onOpen();

    @Override
    protected void callOpenView(final String title) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected final void callOpenView(final String title, final Rectangle knimeWindowBounds) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public final void callCloseView() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final Component getComponent() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void setComponent(final Component comp) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected Container getExportComponent() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final JMenuBar getJMenuBar() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final String getViewTitle() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void setViewTitleSuffix(final String suffix) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void setShowNODATALabel(final boolean showIt) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final boolean isOpen() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
