// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

import org.knime.core.node.port.PortObject;

/** A non-streamed output: the operator sets the whole port object. */
public class PortObjectOutput extends PortOutput {

    private PortObject object;

    public PortObjectOutput() {
    }

    public PortObject getPortObject() {
        return object;
    }

    public void setPortObject(final PortObject portObject) {
        object = portObject;
    }

    @Override
    public void setInactive() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in: no inactive branches");
    }
}
