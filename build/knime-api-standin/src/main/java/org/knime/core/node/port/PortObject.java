// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.port;

import javax.swing.JComponent;

public interface PortObject {

    String getSummary();

    PortObjectSpec getSpec();

    JComponent[] getViews();
}
