package org.imodel.knime.node.scorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.imodel.core.eval.TableRows;
import org.imodel.core.io.DataFormatException;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;

/**
 * A KNIME table read by the engine's scorer as {@link TableRows}: numbers from numeric cells, lists from list cells
 * of numbers, missing cells as NaN or null. Errors name the input, the row key and the column.
 */
final class KnimeTableRows implements TableRows, AutoCloseable {

    private final String name;
    private final List<String> columns = new ArrayList<>();
    private final CloseableRowIterator rows;
    private DataRow row;

    /**
     * @param name the input's name for messages, e.g. "Forecasts (input 1)"
     * @param spec the table's spec
     * @param table the table, or null to check the spec only (no rows)
     */
    KnimeTableRows(String name, DataTableSpec spec, BufferedDataTable table) {
        this.name = name;
        for (DataColumnSpec c : spec) {
            columns.add(c.getName());
        }
        this.rows = table == null ? null : table.iterator();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> columns() {
        return Collections.unmodifiableList(columns);
    }

    @Override
    public boolean next() {
        row = rows != null && rows.hasNext() ? rows.next() : null;
        return row != null;
    }

    @Override
    public String text(int column) {
        DataCell cell = row.getCell(column);
        if (cell.isMissing()) {
            return null;
        }
        return cell instanceof StringValue s ? s.getStringValue() : cell.toString();
    }

    @Override
    public double number(int column) throws DataFormatException {
        DataCell cell = row.getCell(column);
        if (cell.isMissing()) {
            return Double.NaN;
        }
        if (!(cell instanceof DoubleValue d)) {
            throw error(columns.get(column), "'" + DataFormatException.echo(cell.toString()) + "' is not a number."
                    + " Give a numeric column of that name.");
        }
        return d.getDoubleValue();
    }

    @Override
    public double[] list(int column) throws DataFormatException {
        DataCell cell = row.getCell(column);
        if (cell.isMissing()) {
            return null;
        }
        if (!(cell instanceof ListDataValue list)) {
            throw error(columns.get(column), "the value is not a list. Give a list column of numbers (Ah), as the"
                    + " iMODEL Predictor writes it.");
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            DataCell element = list.get(i);
            if (element.isMissing()) {
                out[i] = Double.NaN;
            } else if (element instanceof DoubleValue d) {
                out[i] = d.getDoubleValue();
            } else {
                throw error(columns.get(column), "element " + (i + 1) + " is not a number. Give a list of numbers.");
            }
        }
        return out;
    }

    @Override
    public DataFormatException error(String column, String problem) {
        String where = row == null ? name : name + ", row '" + row.getKey().getString() + "'";
        return new DataFormatException(where, 0, column, problem);
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }
}
