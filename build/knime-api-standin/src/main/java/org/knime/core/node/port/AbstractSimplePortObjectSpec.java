// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * A port object (spec) saved as model content: the serializer writes one zip entry "content.xml", a KNIME XML
 * config holding the class name and the sub-config "model" that save() fills (our reading of KNIME's format).
 */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    static final String CONTENT = "content.xml";

    static final String MODEL = "model";

    public AbstractSimplePortObjectSpec() {
    }

    protected abstract void save(ModelContentWO model);

    protected abstract void load(ModelContentRO model) throws InvalidSettingsException;

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object ospec) {
        if (ospec == null || ospec.getClass() != getClass()) {
            return false;
        }
        ModelContent mine = new ModelContent("model");
        save(mine);
        ModelContent theirs = new ModelContent("model");
        ((AbstractSimplePortObjectSpec) ospec).save(theirs);
        return mine.isIdentical(theirs);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {

        public AbstractSimplePortObjectSpecSerializer() {
        }

        @Override
        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            ZipEntry entry = in.getNextEntry();
        if (entry == null || !CONTENT.equals(entry.getName())) {
            throw new IOException("Expected zip entry " + CONTENT + ", found " + (entry == null ? "none" : entry.getName()));
        }
        ModelContentRO content = ModelContent.loadFromXML(NonClosing.of(in));
        try {
            T spec = SerializerTypes.newInstanceOfTypeArgument(getClass());
            spec.load(content.getModelContent(MODEL));
            return spec;
        } catch (InvalidSettingsException e) {
            throw new IOException("Unable to load port object spec: " + e.getMessage(), e);
        }
        }

        @Override
        public void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
            throws IOException {
            ModelContent content = new ModelContent(MODEL);
        content.addString("class_name", portObjectSpec.getClass().getName());
        portObjectSpec.save(content.addModelContent(MODEL));
        out.putNextEntry(new ZipEntry(CONTENT));
        content.saveToXML(NonClosing.of(out));
        out.closeEntry();
        }
    }
}
