// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;

/** A RowInput reading a whole table; the row count is known for a BufferedDataTable (-1 otherwise), as in KNIME. */
public class DataTableRowInput extends RowInput {

    private final DataTableSpec spec;
    private final RowIterator iterator;
    private final long rowCount;

    public DataTableRowInput(final DataTable table) {
        spec = table.getDataTableSpec();
        iterator = table.iterator();
        rowCount = table instanceof BufferedDataTable ? ((BufferedDataTable) table).size() : -1;
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return spec;
    }

    public long getRowCount() {
        return rowCount;
    }

    @Override
    public DataRow poll() throws InterruptedException {
        return iterator.hasNext() ? iterator.next() : null;
    }

    @Override
    public void close() {
        if (iterator instanceof CloseableRowIterator) {
            ((CloseableRowIterator) iterator).close();
        }
    }
}
