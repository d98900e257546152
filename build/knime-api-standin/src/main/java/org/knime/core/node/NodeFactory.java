// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import java.net.URL;

public abstract class NodeFactory<T extends NodeModel> {

    public static enum NodeType {
        Configuration,
        Container,
        Learner,
        LoopEnd,
        LoopStart,
        Manipulator,
        Meta,
        Missing,
        Other,
        Predictor,
        @Deprecated
        QuickForm,
        ScopeEnd,
        ScopeStart,
        Sink,
        Source,
        Subnode,
        Unknown,
        VirtualIn,
        VirtualOut,
        Visualizer,
        Widget
    }

    protected NodeFactory() {
    }

    protected NodeFactory(final boolean lazyInitialization) {
    }

    public void init() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(int viewIndex, T nodeModel);

    public AbstractNodeView<T> createAbstractNodeView(final int viewIndex, final T nodeModel) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();

    public NodeType getType() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public URL getIcon() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public static URL getDefaultIcon() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final String getFactoryId() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final String getNodeName() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final String[] getKeywords() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final String getInportDescription(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final String getOutportDescription(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public String getInportName(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public String getOutportName(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public String getInteractiveViewName() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final String getNodeViewName(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final String getViewDescription(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final boolean isDeprecated() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final boolean isLazilyInitialized() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
