package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.imodel.core.scenario.ScenarioGrid;
import org.imodel.core.scenario.ScenarioTable;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.scenario.ScheduleText;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.scenario.ScenarioBuilderNodeFactory;
import org.imodel.knime.testing.Execution;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/** Scenario Builder node: grids and schedules as the engine builds them, streamed or not. */
class ScenarioBuilderNodeTest {

    private static final ScenarioBuilderNodeFactory FACTORY = new ScenarioBuilderNodeFactory();

    private static final String SCHEDULES = "mild: 5 cycles at 0.5C/1C 25 °C, then 10 at 1C/2C 35 °C"
            + " | 15 at 2A/3A 45 degC";

    /** Grid of 3 charge × 2 discharge × 2 temperatures, 12 cycles, C-rates. */
    static void grid(NodeSettings s) {
        s.addString("mode", "grid");
        s.addString("current_unit", "C");
        s.addString("charge_currents", "0.3, 0.5;1");
        s.addString("discharge_currents", "0.5 1");
        s.addString("temperatures_celsius", "25, 35");
        s.addInt("cycles", 12);
    }

    /** The engine's scenarios for {@link #grid}. */
    static List<org.imodel.core.scenario.Scenario> engineGrid() {
        return ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.3, 0.5, 1.0), List.of(0.5, 1.0), List.of(25.0, 35.0),
                12);
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        NodeSettings saved = settingsRoundTrip(FACTORY);
        assertEquals("grid", saved.getString("mode"));
        assertEquals(100, saved.getInt("cycles"));
    }

    @Test
    void configureGivesTheScenarioTableSpec() throws Exception {
        assertEquals(TableSpecs.toSpec(ScenarioTable.COLUMNS), NodeHarness.of(FACTORY).configure()[0]);
        assertEquals(TableSpecs.toSpec(ScenarioTable.COLUMNS), node(FACTORY, s -> s.addString("mode", "schedules"))
                .configure()[0]);
    }

    @Test
    void gridGivesTheEngineGridRows() throws Exception {
        NodeHarness<?> node = node(FACTORY, ScenarioBuilderNodeTest::grid);
        PortObject[] out = node.execute();
        List<Object[]> expected = ScenarioTable.rows(engineGrid());
        assertEquals(12 * 12, expected.size());
        assertTable(ScenarioTable.COLUMNS, expected, out[0]);
        assertNull(node.warning());
    }

    @Test
    void schedulesGiveTheEngineScheduleRows() throws Exception {
        NodeHarness<?> node = node(FACTORY, s -> {
            s.addString("mode", "schedules");
            s.addString("schedules", SCHEDULES);
        });
        List<Object[]> expected = ScenarioTable.rows(List.of(
                ScheduleText.parse("mild", "5 cycles at 0.5C/1C 25 °C, then 10 at 1C/2C 35 °C"),
                ScheduleText.parse("schedule 2", "15 at 2A/3A 45 degC")));
        assertEquals(30, expected.size());
        assertTable(ScenarioTable.COLUMNS, expected, node.execute()[0]);
    }

    @Test
    void streamingGivesTheSameTableAsExecute() throws Exception {
        for (NodeHarness<?> node : List.of(node(FACTORY, ScenarioBuilderNodeTest::grid), node(FACTORY, s -> {
            s.addString("mode", "schedules");
            s.addString("schedules", SCHEDULES);
        }))) {
            PortObject whole = node.execute()[0];
            PortObject streamed = node.executeStreaming(new Execution(), new long[0])[0];
            assertSameTable(whole, streamed);
        }
    }

    @Test
    void wrongSettingsNameTheSettingAndTheFix() throws Exception {
        invalid(() -> node(FACTORY, s -> s.addString("charge_currents", "0.5, x")).configure(), "'x' is not a number",
                "charge_currents", "separated by commas");
        invalid(() -> NodeHarness.of(FACTORY).validateSettings(settings(FACTORY, s -> {
            s.addString("mode", "schedules");
            s.addString("schedules", "a: 5 at 0.5C/1C 25 | a: 5 at 1C/1C 25");
        })), "'a' is used twice");
        invalid(() -> node(FACTORY, s -> s.addString("discharge_currents", "1, 1")).configure(), "discharge",
                "repeat a value", "give each value once");
        invalid(() -> node(FACTORY, s -> s.addString("current_unit", "mA")).configure(), "'mA'",
                "use A (amperes) or C");
        invalid(() -> node(FACTORY, s -> {
            s.addString("mode", "schedules");
            s.addString("schedules", "a: 5 cycles at 0.5C");
        }).configure(), "Scenario 'a', segment 1", "expected '<cycles> cycles at");
        invalid(() -> node(FACTORY, s -> {
            s.addString("mode", "schedules");
            s.addString("schedules", "a: 5 at 0.5C/1C 25 | a: 5 at 1C/1C 25");
        }).configure(), "entry 2", "'a' is used twice", "its own name");
        NodeHarness<?> unchanged = node(FACTORY, ScenarioBuilderNodeTest::grid);
        invalid(() -> unchanged.loadSettings(settings(FACTORY, s -> s.addString("temperatures_celsius", "hot"))),
                "'hot' is not a number");
        assertEquals("25, 35", unchanged.saveSettings().getString("temperatures_celsius"),
                "rejected settings are not loaded");
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(node(FACTORY, ScenarioBuilderNodeTest::grid));
        Execution execution = new Execution().cancelAtCheck(3);
        invalidCancel(() -> node(FACTORY, ScenarioBuilderNodeTest::grid).executeStreaming(execution, new long[0]));
        assertEquals(3, execution.cancelChecks(), "stopped at the third scenario");
    }
}
