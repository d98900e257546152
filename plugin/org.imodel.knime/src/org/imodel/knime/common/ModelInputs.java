package org.imodel.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleColumns;
import org.imodel.knime.port.ImodelPortObjectSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;

/**
 * Checks at configure time that a per-cycle table gives a model what it needs. A cell's state needs the curve column
 * (the model computes its features from it, on its own grid and SOC start) and the relaxation trace when the model
 * uses relaxation features. Windows whose future the table holds (the iMODEL Predictor) also need the scenario
 * columns, and the current unit column when the model was trained on currents in another unit than ampere (a table
 * without that column is read as ampere). Unit values and curve lengths are checked on the rows.
 */
public final class ModelInputs {

    private ModelInputs() {
    }

    /**
     * @param model the model port's spec
     * @param table the per-cycle table
     * @throws InvalidSettingsException naming every missing column, what it is for and which table to connect
     */
    public static void checkStates(ImodelPortObjectSpec model, DataTableSpec table) throws InvalidSettingsException {
        report(model, stateColumns(model, table));
    }

    /**
     * @param model the model port's spec
     * @param table the per-cycle table whose rows also give each window's future use
     * @throws InvalidSettingsException naming every missing column, what it is for and which table to connect
     */
    public static void checkWindows(ImodelPortObjectSpec model, DataTableSpec table) throws InvalidSettingsException {
        List<String> missing = stateColumns(model, table);
        need(table, CycleColumns.CHARGE_CURRENT, "scenario input charge current", missing);
        need(table, CycleColumns.DISCHARGE_CURRENT, "scenario input discharge current", missing);
        need(table, CycleColumns.TEMPERATURE, "scenario input temperature", missing);
        if (model.modelSpec().isPresent()) {
            String unit = model.modelSpec().get().scenarioUnits().get(0);
            if (!"A".equals(unit)) {
                need(table, CycleColumns.CURRENT_UNIT, "the current unit: the model was trained on currents in '"
                        + unit + "'", missing);
            }
        }
        report(model, missing);
    }

    private static List<String> stateColumns(ImodelPortObjectSpec model, DataTableSpec table) {
        List<String> missing = new ArrayList<>();
        need(table, CycleColumns.CELL_ID, "the cell id", missing);
        need(table, CycleColumns.CYCLE, "the cycle number", missing);
        need(table, CycleColumns.CI, "the charge curve the features are computed from", missing);
        if (model.modelSpec().isPresent()) {
            ModelSpec spec = model.modelSpec().get();
            if (spec.features().relaxationFeatures()) {
                need(table, CycleColumns.RELAXATION, "the rest-voltage trace of the model's relaxation features",
                        missing);
            }
        }
        return missing;
    }

    private static void report(ImodelPortObjectSpec model, List<String> missing) throws InvalidSettingsException {
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The table lacks what the model (" + model.summary() + ") needs: "
                    + String.join("; ", missing) + ". Connect the per-cycle table of the Battery Dataset Reader,"
                    + " Cycler Time Series to Cycles, Battery Cell Simulator or Degradation Feature Extractor.");
        }
    }

    private static void need(DataTableSpec table, String column, String what, List<String> missing) {
        if (!table.containsName(column)) {
            missing.add("column '" + column + "' (" + what + ") is missing");
        }
    }
}
