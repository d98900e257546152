package org.imodel.knime.node.trajectory;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** Dialog of the Trajectory Predictor node. */
final class TrajectoryPredictorNodeDialog extends DefaultNodeSettingsPane {

    TrajectoryPredictorNodeDialog() {
        TrajectoryPredictorSettings s = new TrajectoryPredictorSettings();
        createNewGroup("Today: the cycle each forecast starts from");
        addDialogComponent(new DialogComponentBoolean(s.latest, "Each cell's latest cycle (its last row)"));
        addDialogComponent(new DialogComponentNumber(s.cycle, "Otherwise this cycle (cycle_count)", 1));
        closeCurrentGroup();
        createNewGroup("Horizon");
        addDialogComponent(new DialogComponentNumber(s.horizon, "Cycles to forecast (0 = the model's horizon P)", 10));
        closeCurrentGroup();
        createNewGroup("State of health");
        addDialogComponent(new DialogComponentString(s.thresholds, "SOH thresholds (e.g. 0.8, 0.7 or 80%, 70%)"));
        addDialogComponent(new DialogComponentBoolean(s.nominalFromFirstCycle,
                "Nominal capacity: each cell's first-cycle capacity"));
        addDialogComponent(new DialogComponentNumber(s.nominalAh, "Otherwise this nominal capacity (Ah)", 0.1));
        closeCurrentGroup();
        createNewGroup("Ensemble band (models with several members)");
        addDialogComponent(new DialogComponentNumber(s.bandPercent, "Band coverage (%; 90 = 5-95 % quantiles)", 5));
        closeCurrentGroup();
        createNewGroup("Performance");
        addDialogComponent(new DialogComponentNumber(s.threads, "Worker threads", 1));
        closeCurrentGroup();
        s.latest.addChangeListener(e -> s.cycle.setEnabled(!s.latest.getBooleanValue()));
        s.nominalFromFirstCycle.addChangeListener(e -> s.nominalAh.setEnabled(!s.nominalFromFirstCycle
                .getBooleanValue()));
        s.cycle.setEnabled(!s.latest.getBooleanValue());
        s.nominalAh.setEnabled(!s.nominalFromFirstCycle.getBooleanValue());
    }
}
