// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

import org.knime.core.node.ExecutionContext;

/**
 * The work of a node on one partition in streamed execution: runFinal reads its inputs (RowInput for streamable
 * ports, PortObjectInput otherwise) and writes its outputs (RowOutput for table ports, PortObjectOutput otherwise).
 */
public abstract class StreamableOperator {

    public StreamableOperator() {
    }

    public abstract void runFinal(PortInput[] inputs, PortOutput[] outputs, ExecutionContext exec) throws Exception;
}
