package org.imodel.core.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.testing.TestSpecs;
import org.junit.jupiter.api.Test;

/** Scenario building, the schedule text, grids and conversion to a model's units. */
class ScenarioTest {

    @Test
    void scheduleTextGivesThePiecewiseUse() {
        Scenario s = ScheduleText.parse("plan", ScheduleText.EXAMPLE);
        assertEquals(300, s.cycles());
        assertEquals(ScenarioUnit.C_RATE, s.unit());
        assertEquals(0.5, s.charge(0));
        assertEquals(1, s.discharge(99));
        assertEquals(25, s.temperature(99));
        assertEquals(1, s.charge(100));
        assertEquals(2, s.discharge(299));
        assertEquals(35, s.temperature(100));
        Scenario a = ScheduleText.parse("amps", "10 cycles at 1.5A/3A 25; then 5 cycle at .75a / 3a -5 degC");
        assertEquals(15, a.cycles());
        assertEquals(ScenarioUnit.AMPERE, a.unit());
        assertEquals(0.75, a.charge(10));
        assertEquals(-5, a.temperature(14));
        assertEquals("10 cycles at 1.5A/3A 25 degC, then 5 cycles at 0.75A/3A -5 degC", ScheduleText.format(a));
        Scenario back = ScheduleText.parse("again", ScheduleText.format(s));
        for (int k = 0; k < s.cycles(); k++) {
            assertEquals(s.charge(k), back.charge(k));
            assertEquals(s.temperature(k), back.temperature(k));
        }
    }

    @Test
    void badScheduleTextNamesScenarioAndSegment() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScheduleText.parse("plan B", "100 cycles at 0.5C/1C 25 °C, then 200 at 1C 35 °C"));
        assertTrue(e.getMessage().startsWith("Scenario 'plan B', segment 2 ('then 200 at 1C 35 °C'): expected"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScheduleText.parse("mixed", "10 at 1A/1C 25"));
        assertTrue(e.getMessage().contains("same unit"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScheduleText.parse("zero", "0 cycles at 1C/1C 25"));
        assertTrue(e.getMessage().contains("at least 1 cycle"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScheduleText.parse("none", " "));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.constant("neg", ScenarioUnit.C_RATE, 5, -1, 1, 25));
        assertTrue(e.getMessage().contains("'neg', cycle 1: the charge current"), e.getMessage());
    }

    @Test
    void gridCombinesEveryValueChargeSlowest() {
        List<Scenario> g = ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.5, 1.0), List.of(1.0, 2.0, 4.0),
                List.of(25.0, 35.0), 60);
        assertEquals(12, g.size());
        assertEquals("0.5C/1C/25degC", g.get(0).name());
        assertEquals("0.5C/1C/35degC", g.get(1).name());
        assertEquals("1C/4C/35degC", g.get(11).name());
        assertEquals(60, g.get(5).cycles());
        assertEquals(4.0, g.get(11).discharge(59));
        assertThrows(IllegalArgumentException.class,
                () -> ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(), List.of(1.0), List.of(25.0), 10));
        assertThrows(IllegalArgumentException.class,
                () -> ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(1.0, 1.0), List.of(1.0), List.of(25.0), 10));
    }

    @Test
    void convertsToTheModelsUnits() {
        Scenario c = ScheduleText.parse("c", "3 cycles at 0.5C/1C 25, then 2 at 0.25C/2C 35");
        float[][] ampere = ModelUnits.toModel(c, TestSpecs.spec("A", 5), 3.0, "cell 7");
        assertArrayEquals(new float[] {1.5f, 3f, 25f}, ampere[0]);
        assertArrayEquals(new float[] {0.75f, 6f, 35f}, ampere[4]);
        float[][] rate = ModelUnits.toModel(c, TestSpecs.spec("C", 5), Double.NaN, "cell 7");
        assertArrayEquals(new float[] {0.5f, 1f, 25f}, rate[0]);
        float[][] code = ModelUnits.toModel(c, TestSpecs.spec("C-code", 4), Double.NaN, "cell 7");
        assertEquals(4, code.length, "exactly the horizon");
        assertArrayEquals(new float[] {0.5f, 1f, 25f}, code[0], "0.5C is code 05, read as 0.5");
        assertArrayEquals(new float[] {2.5f, 2f, 35f}, code[3], "0.25C is code 025, read as 2.5; discharge as is");
        Scenario one = Scenario.constant("1C", ScenarioUnit.C_RATE, 4, 1, 1, 25);
        assertEquals(0.1f, ModelUnits.toModel(one, TestSpecs.spec("C-code", 4), Double.NaN, "x")[0][0],
                "1C is code 1, read as 0.1");
        Scenario amps = Scenario.constant("amps", ScenarioUnit.AMPERE, 4, 1.5, 3, 25);
        assertArrayEquals(new float[] {0.5f, 1f, 25f},
                ModelUnits.toModel(amps, TestSpecs.spec("C", 4), 3.0, "x")[0]);
        ModelSpec a = TestSpecs.spec("A", 4);
        assertFalse(ModelUnits.needsNominal(amps, a));
        assertTrue(ModelUnits.needsNominal(c, a));
    }

    @Test
    void conversionErrorsNameScenarioAndCell() {
        Scenario c = Scenario.constant("grid storage", ScenarioUnit.C_RATE, 30, 0.5, 1, 35);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelUnits.toModel(c, TestSpecs.spec("A", 50), 3.0, "cell 7"));
        assertEquals("Scenario 'grid storage' covers 30 cycles but the model forecasts 50 cycles: extend the scenario"
                + " to at least 50 cycles", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelUnits.toModel(c, TestSpecs.spec("A", 10), Double.NaN, "7"));
        assertTrue(e.getMessage().contains("nominal capacity (Ah) of cell 7"), e.getMessage());
        Scenario odd = Scenario.constant("odd", ScenarioUnit.C_RATE, 10, 1.5, 1, 25);
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelUnits.toModel(odd, TestSpecs.spec("C-code", 10), Double.NaN, "x"));
        assertTrue(e.getMessage().contains("1.5C has no such code"), e.getMessage());
    }

    @Test
    void scenarioTableRoundTripsAndNamesBadRows() {
        List<Scenario> in = List.of(ScheduleText.parse("plan", "2 cycles at 0.5C/1C 25, then 1 at 1C/2C 35"),
                Scenario.constant("amps", ScenarioUnit.AMPERE, 2, 1.5, 3, 30));
        List<Object[]> rows = ScenarioTable.rows(in);
        assertEquals(5, rows.size());
        assertArrayEquals(new Object[] {"plan", 3, 1.0, 2.0, 35.0, "C"}, rows.get(2));
        List<Scenario> back = ScenarioTable.read(rows, i -> "line " + (i + 2));
        assertEquals(2, back.size());
        assertEquals("amps", back.get(1).name());
        assertEquals(ScenarioUnit.AMPERE, back.get(1).unit());
        assertEquals(2.0, back.get(0).discharge(2));
        List<Object[]> gap = new ArrayList<>(rows);
        gap.remove(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioTable.read(gap, i -> "line " + (i + 2)));
        assertEquals("line 3: scenario 'plan' has future_cycle 3 where 2 was expected; list each scenario's cycles as"
                + " 1, 2, 3, ... without gaps", e.getMessage());
        List<Object[]> mixed = new ArrayList<>(rows);
        mixed.set(4, new Object[] {"amps", 2, 1.5, 3.0, 30.0, "C"});
        e = assertThrows(IllegalArgumentException.class, () -> ScenarioTable.read(mixed, i -> "line " + (i + 2)));
        assertTrue(e.getMessage().startsWith("line 6: scenario 'amps' changes its current_unit"), e.getMessage());
    }
}
