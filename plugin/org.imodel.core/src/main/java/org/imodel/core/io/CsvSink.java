package org.imodel.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.imodel.core.table.ColumnDef;

/**
 * A {@link Consumer} that writes each item it receives as one CSV row (through {@link TableCsvWriter}), so that
 * engine producers can stream straight into a file. Write errors are rethrown as {@link UncheckedIOException}.
 *
 * @param <T> item type
 */
public class CsvSink<T> implements Consumer<T>, Closeable {

    private final TableCsvWriter writer;
    private final Function<? super T, Object[]> values;

    /**
     * @param out where to write (closed by {@link #close()}); the header is written at once
     * @param columns the columns
     * @param values the row of an item, in column order
     */
    public CsvSink(Writer out, List<ColumnDef> columns, Function<? super T, Object[]> values) {
        try {
            this.writer = new TableCsvWriter(out, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.values = values;
    }

    @Override
    public void accept(T item) {
        try {
            writer.write(values.apply(item));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IOException when flushing fails
     */
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
