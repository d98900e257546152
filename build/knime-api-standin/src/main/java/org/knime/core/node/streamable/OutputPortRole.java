// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

/** Role of an output port: distributed (each partition's operator writes its own part) or not. */
public final class OutputPortRole extends PortRole {

    public static final OutputPortRole DISTRIBUTED = new OutputPortRole(true);

    public static final OutputPortRole NONDISTRIBUTED = new OutputPortRole(false);

    private OutputPortRole(final boolean distributable) {
        super(distributable);
    }
}
