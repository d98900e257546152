// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;

/**
 * A streamed table output: the operator push()es rows in order and close()s the output when done (as KNIME's
 * StreamableFunction does at the end of runFinal).
 */
public abstract class RowOutput extends PortOutput {

    public RowOutput() {
    }

    public abstract void push(DataRow row) throws InterruptedException;

    /** KNIME: pushes all rows of the table and closes the output. */
    public void setFully(final BufferedDataTable table) throws InterruptedException {
        for (DataRow row : table) {
            push(row);
        }
        close();
    }

    public abstract void close() throws InterruptedException;
}
