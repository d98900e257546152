// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;

/**
 * Collects rows in memory. Follows KNIME's documented contract: a row must have as many cells as the spec has
 * columns, each non-missing cell's type must fit its column's type, and row keys must be unique in a table
 * (KNIME reports a duplicate row ID as an error); rows can only be added while the container is open, and the
 * table exists only after close().
 */
public class DataContainer {

    private final DataTableSpec spec;
    private final List<DataRow> rows = new ArrayList<>();
    private final Set<RowKey> keys = new HashSet<>();
    private boolean closed;

    public DataContainer(final DataTableSpec spec) {
        this(spec, false);
    }

    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
        if (spec == null) {
            throw new NullPointerException("Spec must not be null!");
        }
        this.spec = spec;
    }

    @Deprecated
    public DataContainer(final DataTableSpec spec, final boolean initDomain, final int maxCellsInMemory) {
        this(spec, initDomain);
    }

    public void addRowToTable(final DataRow row) {
        if (closed) {
            throw new IllegalStateException("Cannot add row: container has been closed.");
        }
        if (row.getNumCells() != spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + row.getKey() + "\" is not equal to length of"
                + " column names array: " + row.getNumCells() + " vs. " + spec.getNumColumns());
        }
        for (int c = 0; c < row.getNumCells(); c++) {
            DataCell cell = row.getCell(c);
            DataType expected = spec.getColumnSpec(c).getType();
            if (!cell.isMissing() && !expected.isASuperTypeOf(cell.getType())) {
                throw new IllegalArgumentException("Runtime class of object \"" + cell + "\" (index " + c + ") in row"
                    + " \"" + row.getKey() + "\" is " + cell.getType() + " and does not comply with its supposed"
                    + " superclass " + expected);
            }
        }
        if (!keys.add(row.getKey())) {
            throw new IllegalArgumentException("Encountered duplicate row ID \"" + row.getKey() + "\"");
        }
        rows.add(row);
    }

    public void flushRows() {
        // rows are held in memory
    }

    public void close() {
        closed = true;
    }

    public boolean isOpen() {
        return !closed;
    }

    public boolean isClosed() {
        return closed;
    }

    public long size() {
        return rows.size();
    }

    public DataTableSpec getTableSpec() {
        return spec;
    }

    public DataTable getTable() {
        if (!closed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        List<DataRow> content = Collections.unmodifiableList(rows);
        return new DataTable() {
            @Override
            public DataTableSpec getDataTableSpec() {
                return spec;
            }

            @Override
            public CloseableRowIterator iterator() {
                return CloseableRowIterator.from(content.iterator());
            }
        };
    }
}
