// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.port;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Keeps XML readers and writers from closing the zip stream they work on. */
final class NonClosing {

    private NonClosing() {
    }

    static InputStream of(final InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the zip entry stays open for the caller
            }
        };
    }

    static OutputStream of(final OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(final byte[] b, final int off, final int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
