// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

public interface PortObjectSpec {

    JComponent[] getViews();

    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> {

        public PortObjectSpecSerializer() {
        }

        public abstract T loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException;

        public abstract void savePortObjectSpec(T portObjectSpec, PortObjectSpecZipOutputStream out)
            throws IOException;
    }
}
