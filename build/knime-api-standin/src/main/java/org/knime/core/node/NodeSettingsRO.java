// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

public interface NodeSettingsRO extends ConfigRO {

    NodeSettingsRO getNodeSettings(String key) throws InvalidSettingsException;

    void copyTo(org.knime.core.node.config.ConfigWO dest);
}
