// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.collection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/**
 * A list of cells. As in KNIME, its element type is the common type of its non-missing elements (created by
 * {@link CollectionCellFactory#createListCell(Collection)}); elements may be missing cells.
 */
public class ListCell extends DataCell implements ListDataValue {

    private static final long serialVersionUID = 1L;

    private final List<DataCell> cells;
    private final DataType elementType;

    ListCell(final Collection<? extends DataCell> cells) {
        this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
        DataType common = null;
        for (DataCell cell : this.cells) {
            if (!cell.isMissing()) {
                DataType t = cell.getType();
                common = common == null || common.equals(t) ? t : DataType.getType(DataCell.class);
            }
        }
        elementType = common == null ? DataType.getMissingCell().getType() : common;
    }

    public static final DataType getCollectionType(final DataType elementType) {
        return DataType.getType(ListCell.class, elementType);
    }

    @Override
    public DataCell get(final int index) {
        return cells.get(index);
    }

    @Override
    public int size() {
        return cells.size();
    }

    @Override
    public DataType getElementType() {
        return elementType;
    }

    @Override
    public Iterator<DataCell> iterator() {
        return cells.iterator();
    }

    @Override
    public boolean containsBlobWrapperCells() {
        return false;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return cells.equals(((ListCell) dc).cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    @Override
    public String toString() {
        return cells.toString();
    }
}
