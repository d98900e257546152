// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.collection;

import java.util.Iterator;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

public class ListCell extends DataCell implements ListDataValue {

    private static final long serialVersionUID = 1L;

    private ListCell() {
    }

    public static final DataType getCollectionType(final DataType elementType) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public DataCell get(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public DataType getElementType() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public Iterator<DataCell> iterator() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public boolean containsBlobWrapperCells() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
