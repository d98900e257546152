// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

public class DefaultRow implements DataRow {

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
    }

    public DefaultRow(final String rowId, final DataCell... row) {
    }

    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
    }

    public DefaultRow(final String rowId, final List<DataCell> row) {
    }

    public DefaultRow(final RowKey rowKey, final DataRow row) {
    }

    public DefaultRow(final String rowId, final DataRow row) {
    }

    public DefaultRow(final RowKey rowKey, final double... values) {
    }

    public DefaultRow(final String rowId, final double... values) {
    }

    public DefaultRow(final RowKey rowKey, final int... values) {
    }

    public DefaultRow(final String rowId, final int... values) {
    }

    public DefaultRow(final RowKey rowKey, final String... values) {
    }

    public DefaultRow(final String rowId, final String... values) {
    }

    @Override
    public final int getNumCells() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public final RowKey getKey() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public final DataCell getCell(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public Iterator<DataCell> iterator() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
