package org.imodel.knime.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/** The settings models of one node, saved, validated and loaded together. */
public class SettingsGroup {

    private final List<SettingsModel> models;
    private final Map<SettingsModel, String> added = new HashMap<>();

    /** @param models the node's settings models */
    protected SettingsGroup(SettingsModel... models) {
        this.models = List.of(models);
    }

    /**
     * Marks a setting that was added in a later version: settings saved before, without its key, load and validate
     * with the model's default value.
     *
     * @param model one of this group's models
     * @param key its config key
     */
    protected final void addedLater(SettingsModel model, String key) {
        added.put(model, key);
    }

    private boolean absent(SettingsModel model, NodeSettingsRO settings) {
        String key = added.get(model);
        return key != null && !settings.containsKey(key);
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
            if (!absent(model, settings)) {
                model.validateSettings(settings);
            }
        }
    }

    /**
     * @param settings validated settings
     * @throws InvalidSettingsException when a value is missing
     */
    public void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models) {
            if (!absent(model, settings)) {
                model.loadSettingsFrom(settings);
            }
        }
    }
}
