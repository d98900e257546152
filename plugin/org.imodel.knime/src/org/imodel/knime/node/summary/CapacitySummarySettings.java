package org.imodel.knime.node.summary;

import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Capacity Fade Summary node; the config keys are a public contract. */
final class CapacitySummarySettings extends SettingsGroup {

    /** Empty column names mean: pick by name (reported as a warning). */
    final SettingsModelString cellColumn;
    final SettingsModelString cycleColumn;
    final SettingsModelString capacityColumn;
    final SettingsModelDoubleBounded endOfLifeFraction;

    CapacitySummarySettings() {
        this(new SettingsModelString("cell_column", ""), new SettingsModelString("cycle_column", ""),
                new SettingsModelString("capacity_column", ""),
                new SettingsModelDoubleBounded("end_of_life_fraction", 0.8, 0.01, 1.0));
    }

    private CapacitySummarySettings(SettingsModelString cell, SettingsModelString cycle, SettingsModelString capacity,
            SettingsModelDoubleBounded endOfLife) {
        super(cell, cycle, capacity, endOfLife);
        this.cellColumn = cell;
        this.cycleColumn = cycle;
        this.capacityColumn = capacity;
        this.endOfLifeFraction = endOfLife;
    }
}
