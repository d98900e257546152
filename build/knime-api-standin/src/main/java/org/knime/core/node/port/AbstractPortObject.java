// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.port;

import java.io.IOException;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** A port object that saves itself into the port's zip stream (KNIME: its serializer calls save and load). */
public abstract class AbstractPortObject implements PortObject {

    public AbstractPortObject() {
    }

    protected abstract void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void load(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;
}
