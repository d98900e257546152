// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.port;

public final class PortTypeRegistry {

    private PortTypeRegistry() {
    }

    public static PortTypeRegistry getInstance() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
