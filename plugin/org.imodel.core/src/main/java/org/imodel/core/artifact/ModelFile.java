package org.imodel.core.artifact;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The standalone model file ({@code .imodel}) of the command line: a zip holding {@code spec.properties} (see
 * {@link ModelSpecCodec}) and {@code parameters.bin} (the network parameters as DJL writes them). A damaged or
 * foreign file gives an {@link IOException} that says so.
 *
 * @param spec the model spec
 * @param parameters the network parameters
 */
public record ModelFile(ModelSpec spec, byte[] parameters) {

    private static final String SPEC = "spec.properties";
    private static final String PARAMETERS = "parameters.bin";

    /**
     * @param target the file to write
     * @throws IOException on write errors
     */
    public void write(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            write(out);
        }
    }

    /**
     * @param out where to write the zip (closed)
     * @throws IOException on write errors
     */
    public void write(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(SPEC));
            ModelSpecCodec.write(spec).store(zip, "iMODEL model spec, format " + ModelSpecCodec.FORMAT_VERSION);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(PARAMETERS));
            zip.write(parameters);
            zip.closeEntry();
        }
    }

    /**
     * @param file a model file
     * @return its content
     * @throws IOException when the file cannot be read or is not a (complete) iMODEL model file
     */
    public static ModelFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * @param in the zip
     * @param name name for messages
     * @return its content
     * @throws IOException when the stream is not a (complete) iMODEL model file
     */
    public static ModelFile read(InputStream in, String name) throws IOException {
        Properties spec = null;
        byte[] parameters = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(SPEC)) {
                    spec = new Properties();
                    spec.load(new InputStreamReader(new ByteArrayInputStream(zip.readAllBytes()),
                            StandardCharsets.ISO_8859_1));
                } else if (entry.getName().equals(PARAMETERS)) {
                    parameters = zip.readAllBytes();
                }
            }
        } catch (EOFException e) {
            throw new IOException(name + " is truncated: it ends before the model is complete (an interrupted copy"
                    + " or download?). Copy it again, or train or export the model again.", e);
        } catch (ZipException e) {
            throw new IOException(name + " is not an iMODEL model file (not a readable zip archive). Choose a file"
                    + " written by imodel train or import-reference.", e);
        }
        if (spec == null || parameters == null) {
            throw new IOException(name + " is not an iMODEL model file or is damaged: it lacks "
                    + (spec == null ? SPEC : PARAMETERS) + ". Train or export the model again.");
        }
        try {
            return new ModelFile(ModelSpecCodec.read(spec), parameters);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the file as bytes (for ports and tests)
     * @throws IOException never in practice
     */
    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(parameters.length + 4096);
        write(out);
        return out.toByteArray();
    }
}
