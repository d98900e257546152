// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

/** Role of a port in streamed execution: whether its data may be split into partitions (distributed). */
public class PortRole {

    private final boolean distributable;

    PortRole(final boolean distributable) {
        this.distributable = distributable;
    }

    public boolean isDistributable() {
        return distributable;
    }
}
