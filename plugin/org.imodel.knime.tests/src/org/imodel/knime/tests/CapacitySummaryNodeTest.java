package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.summary.CapacitySummarizer;
import org.imodel.core.summary.CellCapacitySummary;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.summary.CapacitySummaryNodeFactory;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;

/** Capacity Fade Summary node on simulated cells, compared with the engine's summarizer. */
class CapacitySummaryNodeTest {

    private static final CapacitySummaryNodeFactory FACTORY = new CapacitySummaryNodeFactory();

    private static final List<CycleRecord> CELLS = simulated(3, 40, 9);

    private static NodeHarness<?> chosen() throws Exception {
        return node(FACTORY, s -> {
            s.addString("cell_column", CycleColumns.CELL_ID);
            s.addString("cycle_column", CycleColumns.CYCLE);
            s.addString("capacity_column", CycleColumns.DISCHARGE_CAPACITY);
        });
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        settingsRoundTrip(FACTORY);
    }

    @Test
    void configureGivesTheDocumentedSpec() throws Exception {
        assertEquals(TableSpecs.toSpec(CapacitySummarizer.COLUMNS),
                chosen().configure(TableSpecs.toSpec(CycleColumns.ALL))[0]);
    }

    @Test
    void wrongInputIsRejectedNamingTheColumnAndTheFix() throws Exception {
        DataTableSpec in = TableSpecs.toSpec(CycleColumns.ALL);
        invalid(() -> chosen().configure(without(in, CycleColumns.DISCHARGE_CAPACITY)),
                "'" + CycleColumns.DISCHARGE_CAPACITY + "' is not in the input table", "Choose an existing column");
        NodeHarness<?> textCapacity = node(FACTORY, s -> s.addString("capacity_column", CycleColumns.CELL_ID));
        invalid(() -> textCapacity.configure(in), "'" + CycleColumns.CELL_ID + "' must be numeric", "String to Number");
        DataTableSpec nothing = new DataTableSpec(in.getColumnSpec(CycleColumns.CURRENT_UNIT));
        invalid(() -> NodeHarness.of(FACTORY).configure(nothing), "No cell id column chosen", "in the dialog");
    }

    @Test
    void executeGivesTheEngineSummary() throws Exception {
        NodeHarness<?> node = NodeHarness.of(FACTORY);
        PortObject[] out = node.execute(cycleTable(CELLS));
        CapacitySummarizer engine = new CapacitySummarizer(0.8);
        CELLS.forEach(r -> engine.add(r.cellId(), (double) r.cycle(), r.dischargeCapacity()));
        List<Object[]> expected = new ArrayList<>();
        for (CellCapacitySummary s : engine.summaries()) {
            expected.add(new Object[] {s.cell(), s.cycles(), s.firstCycle(), s.lastCycle(), s.initialCapacity(),
                s.finalCapacity(), s.retention(), s.fadePer100Cycles(), s.endOfLifeCycle(), s.invalidRows(),
                s.duplicateCycles()});
        }
        assertTable(CapacitySummarizer.COLUMNS, expected, out[0]);
        // columns were picked by name: KNIME users see a warning asking to confirm them
        assertTrue(node.warning().startsWith("Columns chosen by name"), node.warning());
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(chosen(), cycleTable(CELLS));
    }
}
