// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.def;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** A row holding its cells in an array; KNIME rejects null keys and null cells, and so do we. */
public class DefaultRow implements DataRow {

    private final RowKey key;
    private final DataCell[] cells;

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        key = Objects.requireNonNull(rowKey, "row key");
        cells = row.clone();
        for (int i = 0; i < cells.length; i++) {
            Objects.requireNonNull(cells[i], () -> "cell at index " + Arrays.asList(cells).indexOf(null));
        }
    }

    public DefaultRow(final String rowId, final DataCell... row) {
        this(new RowKey(rowId), row);
    }

    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        this(rowKey, row.toArray(new DataCell[0]));
    }

    public DefaultRow(final String rowId, final List<DataCell> row) {
        this(new RowKey(rowId), row);
    }

    public DefaultRow(final RowKey rowKey, final DataRow row) {
        this(rowKey, row.stream().toArray(DataCell[]::new));
    }

    public DefaultRow(final String rowId, final DataRow row) {
        this(new RowKey(rowId), row);
    }

    public DefaultRow(final RowKey rowKey, final double... values) {
        this(rowKey, Arrays.stream(values).mapToObj(DoubleCell::new).toArray(DataCell[]::new));
    }

    public DefaultRow(final String rowId, final double... values) {
        this(new RowKey(rowId), values);
    }

    public DefaultRow(final RowKey rowKey, final int... values) {
        this(rowKey, Arrays.stream(values).mapToObj(IntCell::new).toArray(DataCell[]::new));
    }

    public DefaultRow(final String rowId, final int... values) {
        this(new RowKey(rowId), values);
    }

    public DefaultRow(final RowKey rowKey, final String... values) {
        this(rowKey, Arrays.stream(values).map(StringCell::new).toArray(DataCell[]::new));
    }

    public DefaultRow(final String rowId, final String... values) {
        this(new RowKey(rowId), values);
    }

    @Override
    public final int getNumCells() {
        return cells.length;
    }

    @Override
    public final RowKey getKey() {
        return key;
    }

    @Override
    public final DataCell getCell(final int index) {
        return cells[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return Arrays.asList(cells).iterator();
    }

    @Override
    public String toString() {
        return key + ": " + Arrays.toString(cells);
    }
}
