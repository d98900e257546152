// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/**
 * PNG image content: the PNG bytes as given (KNIME documents that the bytes are kept and written unchanged by save,
 * the image is decoded from them, and the preferred size is the image's size).
 */
public class PNGImageContent implements ImageContent {

    /** The type of a PNG image cell (KNIME: DataType of PNGImageCell). */
    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private final byte[] bytes;

    /** Empty content (KNIME: for serialization only). */
    public PNGImageContent() {
        bytes = new byte[0];
    }

    /** @param imageBytes PNG bytes (kept, not copied, as in KNIME) */
    public PNGImageContent(final byte[] imageBytes) {
        if (imageBytes == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        bytes = imageBytes;
    }

    /** @param in PNG bytes, read to the end */
    public PNGImageContent(final InputStream in) throws IOException {
        bytes = in.readAllBytes();
    }

    public Image getImage() {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalStateException("The bytes are not a PNG image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] getByteArray() {
        return bytes.clone();
    }

    public byte[] getByteArrayReference() {
        return bytes;
    }

    @Override
    public void paint(final Graphics2D g, final int width, final int height) {
        g.drawImage(getImage(), 0, 0, width, height, null);
    }

    @Override
    public Dimension getPreferredSize() {
        Image image = getImage();
        return new Dimension(image.getWidth(null), image.getHeight(null));
    }

    @Override
    public DataCell toImageCell() {
        return new PNGImageCell(this);
    }

    @Override
    public void save(final OutputStream out) throws IOException {
        out.write(bytes);
    }

    @Override
    public String getSummary() {
        Dimension d = getPreferredSize();
        return "PNG image " + d.width + "x" + d.height;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof PNGImageContent && Arrays.equals(bytes, ((PNGImageContent) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
