// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.port.image;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.data.DataCell;
import org.knime.core.data.image.ImageContent;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * An image at a port: its content and spec (KNIME: the content's cell type must be the spec's type; saved as one
 * zip entry holding the image bytes). The stand-in loads PNG content only.
 */
public class ImagePortObject extends AbstractPortObject {

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImagePortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(ImagePortObject.class, true);

    private static final String ENTRY = "image";

    private ImageContent content;

    private ImagePortObjectSpec spec;

    /** For loading only (KNIME). */
    public ImagePortObject() {
    }

    /**
     * @param content the image
     * @param spec its spec
     * @throws IllegalArgumentException when the content's cell type is not the spec's (as KNIME)
     */
    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
        if (content == null || spec == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        if (!spec.getDataType().equals(content.toImageCell().getType())) {
            throw new IllegalArgumentException("Image content's cell type " + content.toImageCell().getType()
                + " does not match the spec's " + spec.getDataType());
        }
        this.content = content;
        this.spec = spec;
    }

    @Override
    public ImagePortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return content.getSummary();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    /** @return the image as a cell of the spec's type */
    public DataCell toDataCell() {
        return content.toImageCell();
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        out.putNextEntry(new ZipEntry(ENTRY));
        content.save(out);
        out.closeEntry();
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec portSpec, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        in.getNextEntry();
        content = new PNGImageContent(in);
        spec = (ImagePortObjectSpec) portSpec;
    }
}
