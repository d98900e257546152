package org.imodel.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.VoltageGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SimulationSettingsTest {

    private static void fails(Executable e, String... fragments) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        for (String f : fragments) {
            assertTrue(x.getMessage().contains(f), "message '" + x.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void defaultsAreTheDocumentedValues() {
        SimulationSettings s = SimulationSettings.defaults();
        assertEquals(8, s.cells());
        assertEquals(300, s.cyclesPerCell());
        assertEquals(42, s.seed());
        assertEquals(3.0, s.nominalCapacityAh());
        assertEquals(new OperatingCondition(0.5, 1.0, 25), s.baseCondition());
        assertEquals(VoltageGrid.UL, s.ciGrid());
        assertEquals(30, s.relaxationSamples());
        assertEquals(60, s.relaxationIntervalSeconds());
        assertEquals(4.0, s.relaxationThresholdVolt());
        assertEquals(10, s.samplePeriodSeconds());
        assertEquals(4.2, s.upperCutoffVolt());
        assertEquals(2.75, s.lowerCutoffVolt());
        assertTrue(s.constantVoltagePhase());
        assertEquals(0.05, s.cvCutoffCRate());
        assertEquals(0.6, s.endOfTestFraction());
        assertEquals(1.0, s.cellSpread());
        assertEquals(0.002, s.capacityNoise());
        assertTrue(s.scenario().isEmpty());
        assertTrue(s.cellConditions().isEmpty());
        assertEquals(AgeingParameters.DEFAULTS, s.ageing());
        assertEquals(220, s.ageing().kneeOnset());
    }

    @Test
    void toBuilderRoundTripsAndListsAreCopied() {
        List<ScenarioBlock> blocks = new ArrayList<>(List.of(ScenarioBlock.temperature(10, 35)));
        SimulationSettings s = SimulationSettings.builder().seed(5).cells(3).scenario(blocks).build();
        blocks.add(ScenarioBlock.temperature(20, 45));
        assertEquals(1, s.scenario().size());
        assertEquals(s, s.toBuilder().build());
        assertThrows(UnsupportedOperationException.class, () -> s.scenario().add(ScenarioBlock.temperature(30, 5)));
        AgeingParameters a = AgeingParameters.builder().kneeOnset(100).build();
        assertEquals(a, a.toBuilder().build());
        assertEquals(100, a.kneeOnset());
    }

    @Test
    void outOfRangeValuesAreRejectedWithClearMessages() {
        fails(() -> SimulationSettings.builder().cells(0).build(), "number of cells", "1 and 10000", "got 0");
        fails(() -> SimulationSettings.builder().cyclesPerCell(-3).build(), "cycles per cell");
        fails(() -> SimulationSettings.builder().nominalCapacityAh(0).build(), "nominal capacity");
        fails(() -> SimulationSettings.builder().chargeCRate(0).build(), "charge C-rate", "got 0.0");
        fails(() -> SimulationSettings.builder().dischargeCRate(Double.NaN).build(), "discharge C-rate");
        fails(() -> SimulationSettings.builder().temperatureCelsius(90).build(), "temperature", "60.0");
        fails(() -> SimulationSettings.builder().cellSpread(-1).build(), "cell-to-cell spread");
        fails(() -> SimulationSettings.builder().capacityNoise(0.5).build(), "capacity noise");
        fails(() -> SimulationSettings.builder().samplePeriodSeconds(0).build(), "sample period");
        fails(() -> SimulationSettings.builder().relaxationSamples(0).build(), "relaxation samples");
        fails(() -> SimulationSettings.builder().relaxationIntervalSeconds(-1).build(), "relaxation sample interval");
        fails(() -> SimulationSettings.builder().relaxationThresholdVolt(4.3).build(), "relaxation threshold");
        fails(() -> SimulationSettings.builder().upperCutoffVolt(4.5).build(), "upper cut-off");
        fails(() -> SimulationSettings.builder().lowerCutoffVolt(2.0).build(), "lower cut-off");
        fails(() -> SimulationSettings.builder().restAfterDischargeSeconds(0).build(), "rest after discharge");
        fails(() -> SimulationSettings.builder().endOfTestFraction(0.1).build(), "end-of-test fraction");
        fails(() -> SimulationSettings.builder().cvCutoffCRate(0.5).build(), "CV cut-off", "0.5C");
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> SimulationSettings.builder().ciGrid(null).build());
        assertEquals("ciGrid", npe.getMessage());
        fails(() -> SimulationSettings.builder().ageing(AgeingParameters.builder().kneeLliShare(1.5).build()).build(),
                "kneeLliShare");
    }

    @Test
    void ciWindowMustLieInsideTheCutoffs() {
        fails(() -> SimulationSettings.builder().ciGrid(new VoltageGrid(3.6, 4.25, 50, false)).build(),
                "capacity-increment window", "upper cut-off");
        fails(() -> SimulationSettings.builder().ciGrid(new VoltageGrid(2.7, 4.0, 50, false)).build(),
                "lower cut-off");
        fails(() -> SimulationSettings.builder().ciGrid(VoltageGrid.TPSL).build(), "per-cycle");
        assertEquals(VoltageGrid.LSD, SimulationSettings.builder().ciGrid(VoltageGrid.LSD).build().ciGrid());
    }

    @Test
    void scenarioBlocksAreChecked() {
        fails(() -> new ScenarioBlock(0, 1, 1, 25), "cycle 1 or later");
        fails(() -> new ScenarioBlock(5, Double.NaN, Double.NaN, Double.NaN), "changes nothing");
        fails(() -> ScenarioBlock.rates(5, 7, 1), "charge C-rate of the scenario block at cycle 5");
        fails(() -> ScenarioBlock.temperature(5, -40), "temperature of the scenario block at cycle 5");
        fails(() -> SimulationSettings.builder()
                .scenario(List.of(ScenarioBlock.temperature(20, 30), ScenarioBlock.temperature(10, 40))).build(),
                "strictly increasing", "cycle 10");
        fails(() -> SimulationSettings.builder().scenario(List.of(ScenarioBlock.rates(20, 0.04, 1))).build(),
                "CV cut-off", "0.04C");
        // without a CV phase the cut-off rate still must be below the charge rates: it is simply unused
        assertFalse(SimulationSettings.builder().constantVoltagePhase(false).build().constantVoltagePhase());
    }

    @Test
    void conditionLabels() {
        assertEquals("T25-C0.5-D1", new OperatingCondition(0.5, 1, 25).label());
        assertEquals("T45-C0.25-D4", new OperatingCondition(0.25, 4.0, 45.0).label());
        assertEquals("T-5-C1.2-D2.4", new OperatingCondition(1.2, 2.4, -5).label());
        assertEquals("T0-C1-D1", new OperatingCondition(1, 1, -0.0).label());
    }
}
