package org.imodel.knime.common;

import java.util.List;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
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
        DataColumnSpec[] specs = new DataColumnSpec[columns.size()];
        for (int i = 0; i < specs.length; i++) {
            ColumnDef column = columns.get(i);
            specs[i] = new DataColumnSpecCreator(column.name(), cellType(column.type())).createSpec();
        }
        return new DataTableSpec(specs);
    }

    /**
     * @param type engine value type
     * @param value the value (String, Number or null)
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
            default:
                double d = ((Number) value).doubleValue();
                return Double.isFinite(d) ? new DoubleCell(d) : DataType.getMissingCell();
        }
    }

    private static DataType cellType(ColumnType type) {
        switch (type) {
            case STRING:
                return StringCell.TYPE;
            case INT:
                return IntCell.TYPE;
            default:
                return DoubleCell.TYPE;
        }
    }
}
