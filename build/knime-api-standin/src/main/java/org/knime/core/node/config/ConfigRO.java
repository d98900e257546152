// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseRO;

public interface ConfigRO extends ConfigBaseRO, Iterable<String> {
}
