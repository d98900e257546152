package org.imodel.knime.common;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/** The settings models of one node, saved, validated and loaded together. */
public class SettingsGroup {

    private final List<SettingsModel> models;

    /** @param models the node's settings models */
    protected SettingsGroup(SettingsModel... models) {
        this.models = List.of(models);
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
            model.validateSettings(settings);
        }
    }

    /**
     * @param settings validated settings
     * @throws InvalidSettingsException when a value is missing
     */
    public void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models) {
            model.loadSettingsFrom(settings);
        }
    }
}
