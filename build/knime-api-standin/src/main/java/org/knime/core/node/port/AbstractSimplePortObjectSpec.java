// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    public AbstractSimplePortObjectSpec() {
    }

    protected abstract void save(ModelContentWO model);

    protected abstract void load(ModelContentRO model) throws InvalidSettingsException;

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public boolean equals(final Object ospec) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {

        public AbstractSimplePortObjectSpecSerializer() {
        }

        @Override
        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            throw new UnsupportedOperationException("compile-only KNIME API stand-in");
        }

        @Override
        public void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
            throws IOException {
            throw new UnsupportedOperationException("compile-only KNIME API stand-in");
        }
    }
}
