// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

public abstract class AbstractSimplePortObject implements PortObject {

    public AbstractSimplePortObject() {
    }

    protected abstract void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException;

    protected abstract void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException;

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public boolean equals(final Object obj) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public abstract static class AbstractSimplePortObjectSerializer<T extends AbstractSimplePortObject>
        extends PortObjectSerializer<T> {

        public AbstractSimplePortObjectSerializer() {
        }

        @Override
        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            throw new UnsupportedOperationException("compile-only KNIME API stand-in");
        }

        @Override
        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            throw new UnsupportedOperationException("compile-only KNIME API stand-in");
        }
    }
}
