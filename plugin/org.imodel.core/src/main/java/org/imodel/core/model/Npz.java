package org.imodel.core.model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes NumPy {@code .npz} archives: a zip of {@code .npy} arrays (stored or deflated), as written by
 * {@code numpy.savez} / {@code savez_compressed}. Entry {@code name.npy} becomes the array {@code name}; the map
 * keeps the archive order. Each array goes through {@link NpyCodec}, so only float32/float64 C-order arrays are
 * accepted.
 */
public final class Npz {

    private static final String SUFFIX = ".npy";
    private static final long MAX_ENTRY_BYTES = Integer.MAX_VALUE - 64;

    private Npz() {
    }

    /**
     * @param file an {@code .npz} file
     * @return arrays by name, in archive order
     * @throws IOException when the file cannot be read; a {@link ParameterFileException} names the file and entry
     *         when the content is not a supported archive
     */
    public static Map<String, NamedArray> read(Path file) throws IOException {
        String source = file.toString();
        Map<String, NamedArray> arrays = new LinkedHashMap<>();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ParameterFileException(source + " is not a readable .npz (zip) archive: " + e.getMessage(), e);
        }
        try (zip) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    add(arrays, source, entry, in);
                } catch (ZipException e) {
                    throw new ParameterFileException(source + ", entry " + entry.getName() + ": corrupt zip data: "
                            + e.getMessage(), e);
                }
            }
        }
        if (arrays.isEmpty()) {
            throw new ParameterFileException(source + ": the .npz archive holds no arrays");
        }
        return arrays;
    }

    /**
     * @param in an {@code .npz} stream (not closed)
     * @param source name for messages
     * @return arrays by name, in archive order
     * @throws IOException when the stream cannot be read or is not a supported archive
     */
    public static Map<String, NamedArray> read(InputStream in, String source) throws IOException {
        Map<String, NamedArray> arrays = new LinkedHashMap<>();
        ZipInputStream zip = new ZipInputStream(in);
        try {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    add(arrays, source, entry, zip);
                }
            }
        } catch (ZipException e) {
            throw new ParameterFileException(source + " is not a readable .npz (zip) archive: " + e.getMessage(), e);
        }
        if (arrays.isEmpty()) {
            throw new ParameterFileException(source + ": not an .npz archive, or it holds no arrays");
        }
        return arrays;
    }

    /**
     * Writes the arrays as an uncompressed {@code .npz} (like {@code numpy.savez}), in map order.
     *
     * @param out the stream (not closed; the zip is finished)
     * @param arrays arrays by name
     * @throws IOException when writing fails
     */
    public static void write(OutputStream out, Map<String, NamedArray> arrays) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, NamedArray> e : arrays.entrySet()) {
            byte[] bytes = NpyCodec.encode(e.getValue());
            ZipEntry entry = new ZipEntry(e.getKey() + SUFFIX);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
            entry.setTime(315532800000L);
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /**
     * @param file target file (replaced)
     * @param arrays arrays by name
     * @throws IOException when writing fails
     */
    public static void write(Path file, Map<String, NamedArray> arrays) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, arrays);
        }
    }

    private static void add(Map<String, NamedArray> arrays, String source, ZipEntry entry, InputStream in)
            throws IOException {
        String entryName = entry.getName();
        String where = source + ", entry " + entryName;
        if (!entryName.endsWith(SUFFIX)) {
            throw new ParameterFileException(where + ": not a .npy array; an .npz archive must hold only .npy"
                    + " entries");
        }
        if (entry.getSize() > MAX_ENTRY_BYTES) {
            throw new ParameterFileException(where + ": too large (" + entry.getSize() + " bytes)");
        }
        String name = entryName.substring(0, entryName.length() - SUFFIX.length());
        if (arrays.containsKey(name)) {
            throw new ParameterFileException(where + ": the array '" + name + "' appears twice");
        }
        arrays.put(name, NpyCodec.decode(name, where, in.readAllBytes()));
    }
}
