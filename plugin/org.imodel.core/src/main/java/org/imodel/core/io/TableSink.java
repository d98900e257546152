package org.imodel.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A consumer that writes each item it receives as one table row (e.g. a CSV line from
 * {@link TableCsvWriter#sink}); write errors surface as {@link UncheckedIOException}.
 *
 * @param <T> item type
 */
public interface TableSink<T> extends Consumer<T>, Closeable {

    /** @throws IOException when flushing fails */
    void flush() throws IOException;
}
