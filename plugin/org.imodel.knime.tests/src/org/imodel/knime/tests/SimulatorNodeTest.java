package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.sim.TimeSeriesTable;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.simulator.SimulatorNodeFactory;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** Battery Cell Simulator node, run through the KNIME stand-in and compared with the engine's simulator. */
class SimulatorNodeTest {

    private static final SimulatorNodeFactory FACTORY = new SimulatorNodeFactory();

    private static NodeHarness<?> small(boolean timeSeries) throws Exception {
        return node(FACTORY, s -> {
            s.addBoolean("use_example_set", false);
            s.addInt("cells", 2);
            s.addInt("cycles_per_cell", 12);
            s.addInt("seed", 5);
            s.addBoolean("output_time_series", timeSeries);
        });
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        settingsRoundTrip(FACTORY);
    }

    @Test
    void configureGivesTheDocumentedSpecs() throws Exception {
        PortObjectSpec[] specs = NodeHarness.of(FACTORY).configure();
        assertEquals(TableSpecs.toSpec(CycleColumns.ALL), specs[0]);
        assertEquals(TableSpecs.toSpec(TimeSeriesTable.COLUMNS), specs[1]);
    }

    @Test
    void outOfRangeSettingsAreRejectedNamingTheSetting() {
        invalid(() -> NodeHarness.of(FACTORY).loadSettings(settings(FACTORY, s -> s.addInt("cells", 0))), "cells");
        invalid(() -> NodeHarness.of(FACTORY).loadSettings(settings(FACTORY, s -> s.addString("seed", "x"))),
                "seed");
    }

    @Test
    void executeGivesTheEngineSimulation() throws Exception {
        NodeHarness<?> node = small(true);
        PortObject[] out = node.execute();
        CellSimulator engine = new CellSimulator(SimulationSettings.defaults().toBuilder().cells(2).cyclesPerCell(12)
                .seed(5).build());
        assertTable(CycleColumns.ALL, cycleValues(engine.simulate()), out[0]);
        List<Object[]> series = new ArrayList<>();
        for (int cell = 0; cell < 2; cell++) {
            String id = CellSimulator.cellId(cell);
            engine.timeSeries(cell, s -> series.add(TimeSeriesTable.values(id, s)), r -> { });
        }
        assertTable(TimeSeriesTable.COLUMNS, series, out[1]);
        assertNull(node.warning());
    }

    @Test
    void warnsWhenCellsStopAfterTheFirstCycle() throws Exception {
        NodeHarness<?> node = node(FACTORY, s -> {
            s.addBoolean("use_example_set", false);
            s.addInt("cells", 1);
            s.addInt("cycles_per_cell", 3);
            s.addDouble("charge_c_rate", 3.0);
            s.addDouble("discharge_c_rate", 3.0);
            s.addDouble("temperature_celsius", -20.0);
        });
        node.execute();
        assertNotNull(node.warning(), "no warning for cells that end after one cycle");
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(small(false));
    }
}
