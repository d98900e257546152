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

    final SettingsModelBoolean example;
    final SettingsModelIntegerBounded cells;
    final SettingsModelIntegerBounded cycles;
    final SettingsModelInteger seed;
    final SettingsModelDoubleBounded nominalCapacityAh;
    final SettingsModelDoubleBounded chargeCRate;
    final SettingsModelDoubleBounded dischargeCRate;
    final SettingsModelDoubleBounded temperatureCelsius;
    final SettingsModelBoolean timeSeries;

    SimulatorSettings() {
        this(SimulationSettings.defaults());
    }

    private SimulatorSettings(SimulationSettings d) {
        this(new SettingsModelBoolean("use_example_set", true),
                new SettingsModelIntegerBounded("cells", d.cells(), 1, 10_000),
                new SettingsModelIntegerBounded("cycles_per_cell", d.cyclesPerCell(), 1, 100_000),
                new SettingsModelInteger("seed", (int) d.seed()),
                new SettingsModelDoubleBounded("nominal_capacity_ah", d.nominalCapacityAh(), 0.001, 1000),
                new SettingsModelDoubleBounded("charge_c_rate", d.chargeCRate(), 0.01,
                        OperatingCondition.MAX_CHARGE_C_RATE),
                new SettingsModelDoubleBounded("discharge_c_rate", d.dischargeCRate(), 0.01,
                        OperatingCondition.MAX_DISCHARGE_C_RATE),
                new SettingsModelDoubleBounded("temperature_celsius", d.temperatureCelsius(),
                        OperatingCondition.MIN_TEMPERATURE, OperatingCondition.MAX_TEMPERATURE),
                new SettingsModelBoolean("output_time_series", false));
    }

    private SimulatorSettings(SettingsModelBoolean example, SettingsModelIntegerBounded cells,
            SettingsModelIntegerBounded cycles, SettingsModelInteger seed, SettingsModelDoubleBounded capacity,
            SettingsModelDoubleBounded charge, SettingsModelDoubleBounded discharge,
            SettingsModelDoubleBounded temperature, SettingsModelBoolean timeSeries) {
        super(example, cells, cycles, seed, capacity, charge, discharge, temperature, timeSeries);
        this.example = example;
        this.cells = cells;
        this.cycles = cycles;
        this.seed = seed;
        this.nominalCapacityAh = capacity;
        this.chargeCRate = charge;
        this.dischargeCRate = discharge;
        this.temperatureCelsius = temperature;
        this.timeSeries = timeSeries;
    }
}
