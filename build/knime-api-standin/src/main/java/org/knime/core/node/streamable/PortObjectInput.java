// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

import org.knime.core.node.port.PortObject;

/** A non-streamed input: the whole port object (e.g. a model, or a table the node needs at once). */
public class PortObjectInput extends PortInput {

    private final PortObject object;

    public PortObjectInput(final PortObject portObject) {
        object = portObject;
    }

    public PortObject getPortObject() {
        return object;
    }

    @Override
    public boolean isInactive() {
        return false;
    }
}
