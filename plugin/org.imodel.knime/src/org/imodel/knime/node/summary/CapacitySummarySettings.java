package org.imodel.knime.node.summary;

import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Capacity Fade Summary node; the config keys are a public contract. */
final class CapacitySummarySettings extends SettingsGroup {

    /** Empty column names mean: pick by name (reported as a warning). */
    final SettingsModelString cellColumn = add(new SettingsModelString("cell_column", ""));
    final SettingsModelString cycleColumn = add(new SettingsModelString("cycle_column", ""));
    final SettingsModelString capacityColumn = add(new SettingsModelString("capacity_column", ""));
    final SettingsModelDoubleBounded endOfLifeFraction = add(
            new SettingsModelDoubleBounded("end_of_life_fraction", 0.8, 0.01, 1.0));
}
