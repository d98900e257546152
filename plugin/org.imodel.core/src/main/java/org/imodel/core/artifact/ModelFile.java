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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The standalone model file ({@code .imodel}) of the command line: a zip holding {@code spec.properties} (see
 * {@link ModelSpecCodec}) and {@code parameters.bin} (the network parameters as DJL writes them); an ensemble's
 * further members follow as {@code parameters-1.bin}, {@code parameters-2.bin}, ... (files written before ensembles
 * existed hold one network and load as such). A damaged or foreign file gives an {@link IOException} that says so.
 *
 * @param spec the model spec
 * @param members the parameters of each network, as many as the spec's ensemble has members
 */
public record ModelFile(ModelSpec spec, List<byte[]> members) {

    private static final String SPEC = "spec.properties";
    private static final String PARAMETERS = "parameters.bin";

    /** Checks that there are as many parameter sets as the spec has members. */
    public ModelFile {
        members = List.copyOf(members);
        if (members.size() != spec.ensemble().members()) {
            throw new IllegalArgumentException("the model spec describes " + spec.ensemble().members()
                    + " network(s) but " + members.size() + " parameter set(s) are given");
        }
    }

    /**
     * A single network's file.
     *
     * @param spec the model spec (one member)
     * @param parameters the network parameters
     */
    public ModelFile(ModelSpec spec, byte[] parameters) {
        this(spec, List.of(parameters));
    }

    /** @return the parameters of the first (for a single model: the only) network */
    public byte[] parameters() {
        return members.get(0);
    }

    /**
     * @param member 0-based member
     * @return the name of that member's parameters entry in the zip
     */
    static String entryName(int member) {
        return member == 0 ? PARAMETERS : "parameters-" + member + ".bin";
    }

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
            for (int i = 0; i < members.size(); i++) {
                zip.putNextEntry(new ZipEntry(entryName(i)));
                zip.write(members.get(i));
                zip.closeEntry();
            }
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
        Map<String, byte[]> parameters = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(SPEC)) {
                    spec = new Properties();
                    spec.load(new InputStreamReader(new ByteArrayInputStream(zip.readAllBytes()),
                            StandardCharsets.ISO_8859_1));
                } else if (entry.getName().startsWith("parameters")) {
                    parameters.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (EOFException e) {
            throw new IOException(name + " is truncated: it ends before the model is complete (an interrupted copy"
                    + " or download?). Copy it again, or train or export the model again.", e);
        } catch (ZipException e) {
            throw new IOException(name + " is not an iMODEL model file (not a readable zip archive). Choose a file"
                    + " written by imodel train or import-reference.", e);
        }
        if (spec == null || !parameters.containsKey(PARAMETERS)) {
            throw new IOException(name + " is not an iMODEL model file or is damaged: it lacks "
                    + (spec == null ? SPEC : PARAMETERS) + ". Train or export the model again.");
        }
        ModelSpec read;
        try {
            read = ModelSpecCodec.read(spec);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
        List<byte[]> members = new ArrayList<>();
        for (int i = 0; i < read.ensemble().members(); i++) {
            byte[] member = parameters.get(entryName(i));
            if (member == null) {
                throw new IOException(name + " is damaged: its spec describes an ensemble of "
                        + read.ensemble().members() + " networks but it lacks " + entryName(i)
                        + ". Copy it again, or train the model again.");
            }
            members.add(member);
        }
        return new ModelFile(read, members);
    }

    /**
     * @return the file as bytes (for ports and tests)
     * @throws IOException never in practice
     */
    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(members.size() * members.get(0).length + 4096);
        write(out);
        return out.toByteArray();
    }
}
