// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

/** An input of a streamable operator: a RowInput (streamed table) or a PortObjectInput (whole object). */
public abstract class PortInput {

    public PortInput() {
    }

    /** KNIME: whether the port is on an inactive branch; inactive branches are not modelled here, so never. */
    public boolean isInactive() throws InterruptedException {
        return false;
    }
}
