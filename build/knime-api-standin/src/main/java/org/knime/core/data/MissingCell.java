// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data;

/** The missing cell (KNIME: one singleton, toString "?"). It implements no value interface but DataValue. */
final class MissingCell extends DataCell {

    private static final long serialVersionUID = 1L;

    static final MissingCell INSTANCE = new MissingCell();

    private MissingCell() {
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return dc.isMissing();
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "?";
    }
}
