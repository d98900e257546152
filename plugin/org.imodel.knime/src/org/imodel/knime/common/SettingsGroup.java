package org.imodel.knime.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * The settings models of one node, saved, validated and loaded together. The one pattern for node settings: a
 * subclass declares each model as a field {@code final SettingsModelX name = add(new SettingsModelX("key", ...));}
 * (the key is a public contract: it is what settings.xml files and flow variables refer to).
 */
public class SettingsGroup {

    private final List<SettingsModel> models = new ArrayList<>();
    /** Settings added in a later version: their key and their default value, saved at registration. */
    private final Map<SettingsModel, Later> added = new HashMap<>();

    private record Later(String key, NodeSettings defaults) {
    }

    /** A group without models (a node without settings). */
    public SettingsGroup() {
    }

    /**
     * @param model a settings model of the node
     * @param <T> its type
     * @return the model, registered for save, validate and load
     */
    protected final <T extends SettingsModel> T add(T model) {
        models.add(model);
        return model;
    }

    /**
     * Registers a setting that was added in a later version: settings saved before, without its key, validate and
     * load the model's default value (the value it has now), as KNIME loads old workflows into new nodes.
     *
     * @param model a settings model of the node
     * @param key its config key
     * @param <T> its type
     * @return the model, registered for save, validate and load
     */
    protected final <T extends SettingsModel> T addLater(T model, String key) {
        NodeSettings defaults = new NodeSettings(key);
        model.saveSettingsTo(defaults);
        added.put(model, new Later(key, defaults));
        return add(model);
    }

    /** @return the settings to load the model from: its default value where settings predate it */
    private NodeSettingsRO source(SettingsModel model, NodeSettingsRO settings) {
        Later later = added.get(model);
        return later != null && !settings.containsKey(later.key()) ? later.defaults() : settings;
    }

    /** @param settings target */
    public void save(NodeSettingsWO settings) {
        for (SettingsModel model : models) {
            model.saveSettingsTo(settings);
        }
    }

    /**
     * @param settings settings to check
     * @throws InvalidSettingsException when a value is missing or out of range
     */
    public void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models) {
            model.validateSettings(source(model, settings));
        }
    }

    /**
     * @param settings validated settings
     * @throws InvalidSettingsException when a value is missing
     */
    public void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models) {
            model.loadSettingsFrom(source(model, settings));
        }
    }
}
