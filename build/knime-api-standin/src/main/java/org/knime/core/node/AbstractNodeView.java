// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import java.awt.Rectangle;

public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {

    public static interface ViewableModel {
    }

    protected AbstractNodeView(final T viewModel) {
    }

    protected AbstractNodeView(final T viewModel, final boolean isLocalModel) {
    }

    public NodeLogger getLogger() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final T getViewableModel() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void updateModel(final Object arg) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract void modelChanged();

    protected abstract void callOpenView(String title);

    protected void callOpenView(final String title, final Rectangle knimeWindowBounds) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract void callCloseView();
}
