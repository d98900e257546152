package org.imodel.knime.node.simulator;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** Dialog of the Battery Cell Simulator node. */
final class SimulatorNodeDialog extends DefaultNodeSettingsPane {

    SimulatorNodeDialog() {
        SimulatorSettings s = new SimulatorSettings();
        addDialogComponent(new DialogComponentBoolean(s.example,
                "Use the built-in example set (cells over four conditions; ignores the use settings below)"));
        createNewGroup("Cells");
        addDialogComponent(new DialogComponentNumber(s.cells, "Cells", 1));
        addDialogComponent(new DialogComponentNumber(s.cycles, "Cycles per cell (at most)", 10));
        addDialogComponent(new DialogComponentNumber(s.seed, "Random seed", 1));
        addDialogComponent(new DialogComponentNumber(s.nominalCapacityAh, "Nominal capacity (Ah)", 0.1));
        closeCurrentGroup();
        createNewGroup("Use");
        addDialogComponent(new DialogComponentNumber(s.chargeCRate, "Charge C-rate", 0.05));
        addDialogComponent(new DialogComponentNumber(s.dischargeCRate, "Discharge C-rate", 0.05));
        addDialogComponent(new DialogComponentNumber(s.temperatureCelsius, "Ambient temperature (°C)", 1));
        closeCurrentGroup();
        createNewGroup("Output");
        addDialogComponent(new DialogComponentBoolean(s.timeSeries,
                "Also output the raw time series (large: about 1300 rows per cycle)"));
        closeCurrentGroup();
        s.example.addChangeListener(e -> enable(s));
        enable(s);
    }

    private static void enable(SimulatorSettings s) {
        boolean own = !s.example.getBooleanValue();
        s.chargeCRate.setEnabled(own);
        s.dischargeCRate.setEnabled(own);
        s.temperatureCelsius.setEnabled(own);
    }
}
