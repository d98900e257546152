package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.knime.node.summary.CapacitySummaryNodeFactory;
import org.imodel.knime.testing.Execution;
import org.imodel.knime.testing.NodeHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;

/**
 * A node without streaming of its own in KNIME's streaming executor, per KNIME's documented defaults (as the
 * stand-in implements them): its inputs are neither distributed nor streamed, its outputs not distributed, and the
 * default operator runs execute() on the whole inputs.
 */
class StreamingDefaultsTest {

    @Test
    void aNodeWithoutStreamingRunsExecuteOnItsWholeInputs() throws Exception {
        List<CycleRecord> cells = simulated(2, 30, 4);
        NodeHarness<?> node = node(new CapacitySummaryNodeFactory(), s -> {
            s.addString("cell_column", CycleColumns.CELL_ID);
            s.addString("cycle_column", CycleColumns.CYCLE);
            s.addString("capacity_column", CycleColumns.DISCHARGE_CAPACITY);
        });
        assertArrayEquals(new InputPortRole[] {InputPortRole.NONDISTRIBUTED_NONSTREAMABLE},
                node.model().getInputPortRoles());
        assertArrayEquals(new OutputPortRole[] {OutputPortRole.NONDISTRIBUTED}, node.model().getOutputPortRoles());
        BufferedDataTable in = cycleTable(cells);
        PortObject whole = node.execute(in)[0];
        assertSameTable(whole, node.executeStreaming(new Execution(), new long[0], in)[0]);
    }
}
