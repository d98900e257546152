package org.imodel.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/** Maps the engine's column definitions and values onto KNIME specs and cells. */
public final class TableSpecs {

    private TableSpecs() {
    }

    /**
     * @param columns engine column definitions, in output order
     * @return the KNIME table spec with the same names and matching cell types
     */
    public static DataTableSpec toSpec(List<ColumnDef> columns) {
        return new DataTableSpec(toColumnSpecs(columns));
    }

    /**
     * @param columns engine column definitions, in order
     * @return the KNIME column specs (e.g. for a cell factory that appends these columns)
     */
    public static DataColumnSpec[] toColumnSpecs(List<ColumnDef> columns) {
        DataColumnSpec[] specs = new DataColumnSpec[columns.size()];
        for (int i = 0; i < specs.length; i++) {
            ColumnDef column = columns.get(i);
            specs[i] = new DataColumnSpecCreator(column.name(), cellType(column.type())).createSpec();
        }
        return specs;
    }

    /**
     * @param index row index, used for the row key "Row<index>"
     * @param columns column definitions, in order
     * @param values one value per column (String, Number, double[] or null)
     * @return the KNIME row
     */
    public static DataRow toRow(long index, List<ColumnDef> columns, Object[] values) {
        return toRow(RowKey.createRowKey(index), columns, values);
    }

    /**
     * @param key the row key (unique in the table; derive it from the input where partitions of a distributed
     *        execution write parts of one table)
     * @param columns column definitions, in order
     * @param values one value per column (String, Number, double[] or null)
     * @return the KNIME row
     */
    public static DataRow toRow(RowKey key, List<ColumnDef> columns, Object[] values) {
        DataCell[] cells = new DataCell[values.length];
        for (int c = 0; c < values.length; c++) {
            cells[c] = toCell(columns.get(c).type(), values[c]);
        }
        return new DefaultRow(key, cells);
    }

    /**
     * @param type engine value type
     * @param value the value (String, Number, double[] or null)
     * @return the cell; null, NaN and infinite numbers become missing cells
     */
    public static DataCell toCell(ColumnType type, Object value) {
        if (value == null) {
            return DataType.getMissingCell();
        }
        switch (type) {
            case STRING:
                return new StringCell(value.toString());
            case INT:
                return new IntCell(((Number) value).intValue());
            case DOUBLE_LIST:
                return listCell((double[]) value);
            default:
                double d = ((Number) value).doubleValue();
                return Double.isFinite(d) ? new DoubleCell(d) : DataType.getMissingCell();
        }
    }

    private static DataCell listCell(double[] values) {
        List<DataCell> cells = new ArrayList<>(values.length);
        for (double v : values) {
            cells.add(Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v));
        }
        return CollectionCellFactory.createListCell(cells);
    }

    private static DataType cellType(ColumnType type) {
        switch (type) {
            case STRING:
                return StringCell.TYPE;
            case INT:
                return IntCell.TYPE;
            case DOUBLE_LIST:
                return ListCell.getCollectionType(DoubleCell.TYPE);
            default:
                return DoubleCell.TYPE;
        }
    }
}
