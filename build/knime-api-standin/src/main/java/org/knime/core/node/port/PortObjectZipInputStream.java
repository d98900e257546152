// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.port;

import java.util.zip.ZipInputStream;

public class PortObjectZipInputStream extends ZipInputStream {

    private PortObjectZipInputStream() {
        super((java.io.InputStream) null);
    }
}
