// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Iterator;

import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;

public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    public CloseableRowIterator() {
    }

    @Override
    public abstract void close();

    public static CloseableRowIterator empty() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public static CloseableRowIterator from(final Iterator<? extends DataRow> iterator) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
