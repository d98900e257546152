// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.port;

import java.util.zip.ZipOutputStream;

public class PortObjectSpecZipOutputStream extends ZipOutputStream {

    private PortObjectSpecZipOutputStream() {
        super((java.io.OutputStream) null);
    }
}
