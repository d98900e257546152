// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

/**
 * Role of an input port: distributed (the node can work on any partition of the rows) and/or streamable (the node
 * reads the rows one by one as a RowInput); a non-streamable input arrives whole as a PortObjectInput.
 */
public final class InputPortRole extends PortRole {

    public static final InputPortRole DISTRIBUTED_STREAMABLE = new InputPortRole(true, true);

    public static final InputPortRole DISTRIBUTED_NONSTREAMABLE = new InputPortRole(true, false);

    public static final InputPortRole NONDISTRIBUTED_STREAMABLE = new InputPortRole(false, true);

    public static final InputPortRole NONDISTRIBUTED_NONSTREAMABLE = new InputPortRole(false, false);

    private final boolean streamable;

    private InputPortRole(final boolean distributable, final boolean streamable) {
        super(distributable);
        this.streamable = streamable;
    }

    public static InputPortRole get(final boolean isDistributable, final boolean isStreamable) {
        if (isDistributable) {
            return isStreamable ? DISTRIBUTED_STREAMABLE : DISTRIBUTED_NONSTREAMABLE;
        }
        return isStreamable ? NONDISTRIBUTED_STREAMABLE : NONDISTRIBUTED_NONSTREAMABLE;
    }

    public boolean isStreamable() {
        return streamable;
    }
}
