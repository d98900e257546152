package org.imodel.knime.node.scenario;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Scenario Builder node. */
final class ScenarioBuilderNodeDialog extends DefaultNodeSettingsPane {

    ScenarioBuilderNodeDialog() {
        ScenarioBuilderSettings s = new ScenarioBuilderSettings();
        addDialogComponent(new DialogComponentStringSelection(s.mode, "Build", ScenarioBuilderSettings.GRID,
                ScenarioBuilderSettings.SCHEDULES));
        createNewGroup("Grid: every combination, the same use on every cycle");
        addDialogComponent(new DialogComponentStringSelection(s.unit, "Current unit (C = C-rate, A = amperes)", "C",
                "A"));
        addDialogComponent(new DialogComponentString(s.charge, "Charge currents (comma-separated)"));
        addDialogComponent(new DialogComponentString(s.discharge, "Discharge currents (comma-separated, positive)"));
        addDialogComponent(new DialogComponentString(s.temperature, "Ambient temperatures in °C (comma-separated)"));
        addDialogComponent(new DialogComponentNumber(s.cycles, "Future cycles per scenario (at least the model's"
                + " horizon)", 10));
        closeCurrentGroup();
        createNewGroup("Schedules: piecewise use, '<name>: <schedule>' separated by '"
                + ScenarioBuilderSettings.SCHEDULE_SEPARATOR + "'");
        addDialogComponent(new DialogComponentString(s.schedules, "Schedules", true, 60));
        closeCurrentGroup();
        s.mode.addChangeListener(e -> enable(s));
        enable(s);
    }

    private static void enable(ScenarioBuilderSettings s) {
        boolean grid = ScenarioBuilderSettings.GRID.equals(s.mode.getStringValue());
        s.unit.setEnabled(grid);
        s.charge.setEnabled(grid);
        s.discharge.setEnabled(grid);
        s.temperature.setEnabled(grid);
        s.cycles.setEnabled(grid);
        s.schedules.setEnabled(!grid);
    }
}
