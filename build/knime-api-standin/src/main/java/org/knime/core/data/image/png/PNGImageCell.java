// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;

/** A cell holding PNG content (KNIME's PNGImageCell; not public API here, so package-private). */
final class PNGImageCell extends DataCell {

    private static final long serialVersionUID = 1L;

    private final PNGImageContent content;

    PNGImageCell(final PNGImageContent content) {
        this.content = content;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return content.equals(((PNGImageCell) dc).content);
    }

    @Override
    public int hashCode() {
        return content.hashCode();
    }

    @Override
    public String toString() {
        return content.getSummary();
    }
}
