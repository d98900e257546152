// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.knime.core.data.collection.CollectionDataValue;

/**
 * Type of a column: the cell class and, for collection cells, the element type. As in KNIME, a type is compatible
 * with a value class when its cell class implements it; the missing cell is compatible with every column.
 */
public final class DataType {

    private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();

    private final Class<? extends DataCell> cellClass;
    private final DataType elementType;

    private DataType(final Class<? extends DataCell> cellClass, final DataType elementType) {
        this.cellClass = cellClass;
        this.elementType = elementType;
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        return TYPES.computeIfAbsent(Objects.requireNonNull(cell, "cell class"), c -> new DataType(c, null));
    }

    public static DataType getType(final Class<? extends DataCell> cell, final DataType collectionElementType) {
        if (collectionElementType == null) {
            return getType(cell);
        }
        if (!CollectionDataValue.class.isAssignableFrom(cell)) {
            throw new IllegalArgumentException(cell.getName() + " is not a collection cell");
        }
        return new DataType(cell, collectionElementType);
    }

    public static DataCell getMissingCell() {
        return MissingCell.INSTANCE;
    }

    static DataType typeOf(final DataCell cell) {
        if (cell instanceof CollectionDataValue) {
            return getType(cell.getClass(), ((CollectionDataValue) cell).getElementType());
        }
        return getType(cell.getClass());
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return valueClass.isAssignableFrom(cellClass);
    }

    public boolean isCollectionType() {
        return elementType != null;
    }

    public boolean isMissingValueType() {
        return cellClass == MissingCell.class;
    }

    public boolean isASuperTypeOf(final DataType type) {
        if (equals(type)) {
            return true;
        }
        for (Class<? extends DataValue> v : getValueClasses()) {
            if (!type.isCompatible(v)) {
                return false;
            }
        }
        return elementType == null || type.elementType != null && elementType.isASuperTypeOf(type.elementType);
    }

    public List<Class<? extends DataValue>> getValueClasses() {
        List<Class<? extends DataValue>> values = new ArrayList<>();
        collect(cellClass, values);
        return Collections.unmodifiableList(values);
    }

    @SuppressWarnings("unchecked")
    private static void collect(final Class<?> c, final List<Class<? extends DataValue>> values) {
        if (c == null) {
            return;
        }
        for (Class<?> i : c.getInterfaces()) {
            if (DataValue.class.isAssignableFrom(i) && !values.contains(i)) {
                values.add((Class<? extends DataValue>) i);
            }
        }
        collect(c.getSuperclass(), values);
    }

    public Class<? extends DataCell> getCellClass() {
        return cellClass;
    }

    public String getName() {
        String simple = cellClass.getSimpleName();
        String base = simple.endsWith("Cell") ? simple.substring(0, simple.length() - 4) : simple;
        return elementType == null ? base : "Collection of: " + elementType.getName();
    }

    public DataType getCollectionElementType() {
        return elementType;
    }

    @Override
    public boolean equals(final Object other) {
        if (!(other instanceof DataType)) {
            return false;
        }
        DataType o = (DataType) other;
        return cellClass == o.cellClass && Objects.equals(elementType, o.elementType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cellClass, elementType);
    }

    @Override
    public String toString() {
        return getName();
    }
}
