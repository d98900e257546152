// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/**
 * A streamed table input: poll() returns the next row, blocking until one is available, and null once the input is
 * exhausted; close() tells the producer that no more rows are wanted.
 */
public abstract class RowInput extends PortInput {

    public RowInput() {
    }

    public abstract DataTableSpec getDataTableSpec();

    public abstract DataRow poll() throws InterruptedException;

    public abstract void close();
}
