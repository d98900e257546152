package org.imodel.knime.node.summary;

import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** Dialog of the Capacity Fade Summary node. */
final class CapacitySummaryNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    CapacitySummaryNodeDialog() {
        CapacitySummarySettings settings = new CapacitySummarySettings();
        createNewGroup("Columns");
        addDialogComponent(new DialogComponentColumnNameSelection(settings.cellColumn, "Cell id", 0,
                DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(settings.cycleColumn, "Cycle", 0,
                DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(settings.capacityColumn, "Discharge capacity", 0,
                DoubleValue.class));
        closeCurrentGroup();
        addDialogComponent(new DialogComponentNumber(settings.endOfLifeFraction,
                "End of life (fraction of initial capacity)", 0.05));
    }
}
