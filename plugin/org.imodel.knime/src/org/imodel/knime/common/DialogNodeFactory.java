package org.imodel.knime.common;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * Base of our node factories: no Swing views (results are tables and ports), a dialog unless a node says
 * otherwise.
 *
 * @param <M> the node model
 */
public abstract class DialogNodeFactory<M extends NodeModel> extends NodeFactory<M> {

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<M> createNodeView(int viewIndex, M nodeModel) {
        throw new IndexOutOfBoundsException(getClass().getSimpleName() + " has no views; asked for view " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }
}
