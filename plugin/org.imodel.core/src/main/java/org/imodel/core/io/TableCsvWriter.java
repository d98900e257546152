package org.imodel.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.imodel.core.table.ColumnDef;

/**
 * Writes a table as CSV on Apache Commons CSV: a header of column names, then one line per row ('\n' line ends,
 * fields quoted only when they need it). Lists are written as bracketed, comma-separated numbers
 * ({@code "[0.0, 0.1]"}, quoted because of their commas), the form the readers accept; NaN is written as
 * {@code NaN}, infinities as {@code inf}/{@code -inf}, a null value as an empty field.
 */
public final class TableCsvWriter implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL).get();

    private final CSVPrinter printer;
    private final int columns;
    private final StringBuilder list = new StringBuilder(1024);

    /**
     * @param out target (closed by {@link #close()})
     * @param columns the columns, in order
     * @throws IOException on write errors
     */
    public TableCsvWriter(Writer out, List<ColumnDef> columns) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        this.columns = columns.size();
        for (ColumnDef c : columns) {
            printer.print(c.name());
        }
        printer.println();
    }

    /**
     * @param values one value per column: String, Number, double[] or null
     * @throws IOException on write errors
     */
    public void write(Object[] values) throws IOException {
        if (values.length != columns) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + columns + " columns");
        }
        for (Object v : values) {
            if (v instanceof double[]) {
                printer.print(list((double[]) v));
            } else if (v instanceof Double) {
                printer.print(format((Double) v));
            } else {
                printer.print(v);
            }
        }
        printer.println();
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

    private String list(double[] values) {
        list.setLength(0);
        list.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                list.append(", ");
            }
            list.append(format(values[i]));
        }
        return list.append(']').toString();
    }

    /** @throws IOException when flushing fails */
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /**
     * A sink that writes each item it receives as one row, so that engine producers can stream straight into a
     * file; write errors are rethrown as {@link UncheckedIOException}.
     *
     * @param <T> item type
     * @param out where to write (closed by the sink's {@code close()}); the header is written at once
     * @param columns the columns
     * @param values the row of an item, in column order
     * @return the sink
     */
    public static <T> TableSink<T> sink(Writer out, List<ColumnDef> columns, Function<? super T, Object[]> values) {
        TableCsvWriter writer;
        try {
            writer = new TableCsvWriter(out, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TableSink<>() {
            @Override
            public void accept(T item) {
                try {
                    writer.write(values.apply(item));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void flush() throws IOException {
                writer.flush();
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }
}
