package org.imodel.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.imodel.core.table.ColumnDef;

/**
 * Writes a table as CSV: a header of column names, then one line per row. Lists are written as bracketed,
 * comma-separated numbers in a quoted field ({@code "[0.0, 0.1]"}), the form the readers accept; NaN is written
 * as {@code NaN}, a null value as an empty field.
 */
public final class TableCsvWriter implements Closeable {

    private final Writer out;
    private final int columns;
    private final StringBuilder line = new StringBuilder(1024);

    /**
     * @param out target (closed by {@link #close()})
     * @param columns the columns, in order
     * @throws IOException on write errors
     */
    public TableCsvWriter(Writer out, List<ColumnDef> columns) throws IOException {
        this.out = out;
        this.columns = columns.size();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            text(columns.get(i).name());
        }
        flushLine();
    }

    /**
     * @param values one value per column: String, Number, double[] or null
     * @throws IOException on write errors
     */
    public void write(Object[] values) throws IOException {
        if (values.length != columns) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object v = values[i];
            if (v instanceof double[]) {
                list((double[]) v);
            } else if (v instanceof Double) {
                line.append(format((Double) v));
            } else if (v instanceof Number) {
                line.append(v);
            } else if (v != null) {
                text(v.toString());
            }
        }
        flushLine();
    }

    /**
     * @param v a number
     * @return its shortest exact decimal form, {@code NaN}, {@code inf} or {@code -inf}
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    private void list(double[] values) {
        line.append("\"[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(", ");
            }
            line.append(format(values[i]));
        }
        line.append("]\"");
    }

    private void text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            line.append(s);
        } else {
            line.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
    }

    private void flushLine() throws IOException {
        line.append('\n');
        out.write(line.toString());
        line.setLength(0);
    }

    /** @throws IOException when flushing fails */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
