package org.imodel.core.artifact;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.imodel.core.data.CycleRecord;

/** Checks that a table's scenario currents are in the unit a model was trained with. */
public final class ScenarioUnits {

    private ScenarioUnits() {
    }

    /**
     * @param spec the model's spec
     * @param rows the rows to predict
     * @throws IllegalArgumentException naming the units found and the unit the model expects
     */
    public static void check(ModelSpec spec, List<CycleRecord> rows) {
        String expected = spec.scenarioUnits().get(0);
        Set<String> found = new LinkedHashSet<>();
        for (CycleRecord r : rows) {
            if (!expected.equals(r.currentUnit())) {
                found.add(r.currentUnit() + " (cell " + r.cellId() + ")");
            }
        }
        if (!found.isEmpty()) {
            throw new IllegalArgumentException("The model was trained with currents in '" + expected
                    + "' but the table has currents in " + found + ". Convert the currents (for UL files read the"
                    + " published values, not the decoded C-rate, or the other way round) or train a model on"
                    + " data in the same unit.");
        }
    }
}
