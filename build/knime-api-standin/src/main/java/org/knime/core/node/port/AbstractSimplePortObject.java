// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * A port object (spec) saved as model content: the serializer writes one zip entry "content.xml", a KNIME XML
 * config holding the class name and the sub-config "model" that save() fills (our reading of KNIME's format).
 */
public abstract class AbstractSimplePortObject implements PortObject {

    static final String CONTENT = "content.xml";

    static final String MODEL = "model";

    public AbstractSimplePortObject() {
    }

    protected abstract void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException;

    protected abstract void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException;

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object obj) {
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        try {
            ModelContent mine = new ModelContent("model");
            save(mine, new ExecutionMonitor());
            ModelContent theirs = new ModelContent("model");
            ((AbstractSimplePortObject) obj).save(theirs, new ExecutionMonitor());
            return mine.isIdentical(theirs);
        } catch (CanceledExecutionException e) {
            return false;
        }
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    public abstract static class AbstractSimplePortObjectSerializer<T extends AbstractSimplePortObject>
        extends PortObjectSerializer<T> {

        public AbstractSimplePortObjectSerializer() {
        }

        @Override
        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry entry = in.getNextEntry();
        if (entry == null || !CONTENT.equals(entry.getName())) {
            throw new IOException("Expected zip entry " + CONTENT + ", found " + (entry == null ? "none" : entry.getName()));
        }
        ModelContentRO content = ModelContent.loadFromXML(NonClosing.of(in));
        try {
            T object = SerializerTypes.newInstanceOfTypeArgument(getClass());
            object.load(content.getModelContent(MODEL), spec, exec);
            return object;
        } catch (InvalidSettingsException e) {
            throw new IOException("Unable to load port object: " + e.getMessage(), e);
        }
        }

        @Override
        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ModelContent content = new ModelContent(MODEL);
        content.addString("class_name", portObject.getClass().getName());
        portObject.save(content.addModelContent(MODEL), exec);
        out.putNextEntry(new ZipEntry(CONTENT));
        content.saveToXML(NonClosing.of(out));
        out.closeEntry();
        }
    }
}
