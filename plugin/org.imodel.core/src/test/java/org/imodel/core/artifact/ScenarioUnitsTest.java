package org.imodel.core.artifact;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.junit.jupiter.api.Test;

class ScenarioUnitsTest {

    private static CycleRecord row(String unit) {
        return new CycleRecord("c1", 1, 0.5, 1, 25, 3, Double.NaN, new double[50], VoltageGrid.UL, new double[0], unit,
                "UL-NCA", "", "f", 2);
    }

    @Test
    void mismatchedUnitsAreNamed() {
        ModelSpec spec = ModelFileTest.spec();
        ScenarioUnits.check(spec, List.of(row("C-code")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioUnits.check(spec, List.of(row("C-code"), row("A"))));
        assertTrue(e.getMessage().contains("'C-code'") && e.getMessage().contains("A (cell c1)"), e.getMessage());
    }
}
