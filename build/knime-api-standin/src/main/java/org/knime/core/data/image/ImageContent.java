// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.image;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;

import org.knime.core.data.DataCell;

/** The content of an image port or cell (KNIME: paintable, savable in its format, convertible to a cell). */
public interface ImageContent {

    void paint(Graphics2D g, int width, int height);

    Dimension getPreferredSize();

    DataCell toImageCell();

    void save(OutputStream out) throws IOException;

    String getSummary();
}
