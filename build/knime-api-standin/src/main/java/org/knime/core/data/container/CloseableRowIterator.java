// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Collections;
import java.util.Iterator;

import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;

/** A row iterator that must be closed (try-with-resources). */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    public CloseableRowIterator() {
    }

    @Override
    public abstract void close();

    public static CloseableRowIterator empty() {
        return from(Collections.emptyIterator());
    }

    public static CloseableRowIterator from(final Iterator<? extends DataRow> iterator) {
        return new CloseableRowIterator() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public DataRow next() {
                return iterator.next();
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
