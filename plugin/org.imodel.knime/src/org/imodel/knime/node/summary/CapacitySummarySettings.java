package org.imodel.knime.node.summary;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Capacity Fade Summary node; the config keys are a public contract. */
final class CapacitySummarySettings {

    static final String CFG_CELL_COLUMN = "cell_column";
    static final String CFG_CYCLE_COLUMN = "cycle_column";
    static final String CFG_CAPACITY_COLUMN = "capacity_column";
    static final String CFG_END_OF_LIFE = "end_of_life_fraction";

    /** Empty means: pick by name (reported as a warning). */
    final SettingsModelString cellColumn = new SettingsModelString(CFG_CELL_COLUMN, "");
    final SettingsModelString cycleColumn = new SettingsModelString(CFG_CYCLE_COLUMN, "");
    final SettingsModelString capacityColumn = new SettingsModelString(CFG_CAPACITY_COLUMN, "");
    final SettingsModelDoubleBounded endOfLifeFraction =
            new SettingsModelDoubleBounded(CFG_END_OF_LIFE, 0.8, 0.01, 1.0);

    private List<SettingsModel> all() {
        return List.of(cellColumn, cycleColumn, capacityColumn, endOfLifeFraction);
    }

    void save(NodeSettingsWO settings) {
        for (SettingsModel model : all()) {
            model.saveSettingsTo(settings);
        }
    }

    void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : all()) {
            model.validateSettings(settings);
        }
    }

    void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : all()) {
            model.loadSettingsFrom(settings);
        }
    }
}
