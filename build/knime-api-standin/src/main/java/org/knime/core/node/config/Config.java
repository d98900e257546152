// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.config;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBase;

/** A config whose nested configs are of its own kind (see ConfigBase for the behaviour). */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    private static final long serialVersionUID = 1L;

    protected Config(final String key) {
        super(key);
    }

    @Override
    public abstract Config getInstance(String key);

    @Override
    public final Config addConfig(final String key) {
        return (Config) addConfigBase(key);
    }

    protected final void addConfig(final Config config) {
        addConfigBase(config);
    }

    @Override
    public final Config getConfig(final String key) throws InvalidSettingsException {
        return (Config) getConfigBase(key);
    }

    @Override
    public void load(final InputStream is) throws IOException {
        super.load(is);
    }

    protected static Config loadFromXML(final Config config, final InputStream in) throws IOException {
        return (Config) ConfigBase.loadFromXML(config, in);
    }
}
