// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;

/** A RowOutput into a data container; its table exists after close(), as in KNIME. */
public class BufferedDataTableRowOutput extends RowOutput {

    private final BufferedDataContainer container;
    private BufferedDataTable table;

    public BufferedDataTableRowOutput(final BufferedDataContainer container) {
        this.container = container;
    }

    @Override
    public void push(final DataRow row) throws InterruptedException {
        container.addRowToTable(row);
    }

    @Override
    public void close() {
        if (table == null) {
            container.close();
            table = container.getTable();
        }
    }

    public BufferedDataTable getDataTable() {
        if (table == null) {
            throw new IllegalStateException("The output has not been closed yet");
        }
        return table;
    }
}
