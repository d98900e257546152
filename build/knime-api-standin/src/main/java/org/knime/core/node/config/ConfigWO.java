// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Write access to a config. */
public interface ConfigWO extends ConfigBaseWO {

    Config addConfig(String key);
}
