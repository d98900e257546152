// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.config.base;

import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Objects;

import javax.swing.tree.TreeNode;

/** An entry of a config tree: a typed value or a nested config, identified by its key. */
public abstract class AbstractConfigEntry implements Serializable, TreeNode {

    private static final long serialVersionUID = 1L;

    private String key;
    private transient AbstractConfigEntry parent;

    AbstractConfigEntry(final String key) {
        this.key = Objects.requireNonNull(key, "config key");
    }

    /** The XML loaders give a loaded root config its file's key. */
    final void rename(final String newKey) {
        key = Objects.requireNonNull(newKey, "config key");
    }

    public final String getKey() {
        return key;
    }

    @Override
    public final TreeNode getParent() {
        return parent;
    }

    public final void setParent(final AbstractConfigEntry parent) {
        this.parent = parent;
    }

    public abstract String toStringValue();

    /** @return whether the other entry has the same type and value (nested configs: recursively) */
    abstract boolean sameValue(AbstractConfigEntry other);

    public final boolean isIdentical(final AbstractConfigEntry ace) {
        return ace != null && key.equals(ace.key) && sameValue(ace);
    }

    @Override
    public final boolean getAllowsChildren() {
        return !isLeaf();
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public Enumeration<TreeNode> children() {
        return Collections.emptyEnumeration();
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        throw new IndexOutOfBoundsException("a value entry has no children");
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public int getIndex(final TreeNode node) {
        return -1;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof AbstractConfigEntry && isIdentical((AbstractConfigEntry) obj);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + " -> " + toStringValue();
    }
}
