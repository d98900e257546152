// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

/** An output of a streamable operator: a RowOutput (streamed table) or a PortObjectOutput. */
public abstract class PortOutput {

    public PortOutput() {
    }

    /** KNIME marks the output inactive; inactive branches are not modelled by the stand-in. */
    public void setInactive() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in: no inactive branches");
    }
}
