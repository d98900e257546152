package org.imodel.knime.node.simulator;

import org.imodel.core.sim.OperatingCondition;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;

/**
 * Settings of the Battery Cell Simulator node; the config keys are a public contract. Defaults and bounds are
 * those of {@link SimulationSettings} and {@link OperatingCondition}.
 */
final class SimulatorSettings extends SettingsGroup {

    private static final SimulationSettings D = SimulationSettings.defaults();

    final SettingsModelBoolean example = add(new SettingsModelBoolean("use_example_set", true));
    final SettingsModelIntegerBounded cells = add(new SettingsModelIntegerBounded("cells", D.cells(), 1, 10_000));
    final SettingsModelIntegerBounded cycles = add(
            new SettingsModelIntegerBounded("cycles_per_cell", D.cyclesPerCell(), 1, 100_000));
    final SettingsModelInteger seed = add(new SettingsModelInteger("seed", (int) D.seed()));
    final SettingsModelDoubleBounded nominalCapacityAh = add(
            new SettingsModelDoubleBounded("nominal_capacity_ah", D.nominalCapacityAh(), 0.001, 1000));
    final SettingsModelDoubleBounded chargeCRate = add(new SettingsModelDoubleBounded("charge_c_rate",
            D.chargeCRate(), 0.01, OperatingCondition.MAX_CHARGE_C_RATE));
    final SettingsModelDoubleBounded dischargeCRate = add(new SettingsModelDoubleBounded("discharge_c_rate",
            D.dischargeCRate(), 0.01, OperatingCondition.MAX_DISCHARGE_C_RATE));
    final SettingsModelDoubleBounded temperatureCelsius = add(new SettingsModelDoubleBounded("temperature_celsius",
            D.temperatureCelsius(), OperatingCondition.MIN_TEMPERATURE, OperatingCondition.MAX_TEMPERATURE));
    final SettingsModelBoolean timeSeries = add(new SettingsModelBoolean("output_time_series", false));
}
