package org.imodel.core.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes single NumPy {@code .npy} arrays (format versions 1.0, 2.0 and 3.0). Reading accepts
 * little-endian float32 ({@code <f4}) and float64 ({@code <f8}, converted to float32) in C order; anything else
 * (other types, big-endian, Fortran order, object arrays, truncated data) is rejected with a message naming the
 * source. Writing produces version 1.0, {@code <f4}, C order, as {@code numpy.save} does.
 */
public final class NpyCodec {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyCodec() {
    }

    /**
     * Decodes one {@code .npy} file image.
     *
     * @param name name of the array
     * @param source where the bytes came from, for messages (e.g. {@code model.npz, entry w_noise.npy})
     * @param bytes the whole {@code .npy} content
     * @return the array
     * @throws ParameterFileException when the content is not a supported {@code .npy} array
     */
    public static NamedArray decode(String name, String source, byte[] bytes) throws ParameterFileException {
        if (bytes.length < MAGIC.length + 4) {
            throw new ParameterFileException(source + ": not a .npy array (only " + bytes.length + " bytes)");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new ParameterFileException(source + ": not a .npy array (the \\x93NUMPY signature is missing)");
            }
        }
        int major = bytes[6] & 0xff;
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = buffer.getShort(8) & 0xffff;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new ParameterFileException(source + ": truncated .npy header");
            }
            headerLength = buffer.getInt(8) & 0xffffffffL;
            headerStart = 12;
        } else {
            throw new ParameterFileException(source + ": unsupported .npy format version " + major + "."
                    + (bytes[7] & 0xff) + " (supported: 1.0, 2.0, 3.0)");
        }
        if (headerStart + headerLength > bytes.length) {
            throw new ParameterFileException(source + ": truncated .npy header (declares " + headerLength
                    + " bytes, the entry has " + (bytes.length - headerStart) + ")");
        }
        String header = new String(bytes, headerStart, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = find(DESCR, header, "descr", source);
        if (!"False".equals(find(FORTRAN, header, "fortran_order", source))) {
            throw new ParameterFileException(source + ": Fortran-ordered arrays are not supported; save the array"
                    + " in C order (numpy.ascontiguousarray)");
        }
        int[] shape = parseShape(find(SHAPE, header, "shape", source), source);
        int itemSize;
        if ("<f4".equals(descr)) {
            itemSize = Float.BYTES;
        } else if ("<f8".equals(descr)) {
            itemSize = Double.BYTES;
        } else {
            throw new ParameterFileException(source + ": data type '" + descr + "' is not supported; expected"
                    + " little-endian float32 ('<f4') or float64 ('<f8')");
        }
        long count = 1;
        for (int d : shape) {
            count *= d;
        }
        int dataStart = (int) (headerStart + headerLength);
        long expectedBytes = count * itemSize;
        long actualBytes = bytes.length - (long) dataStart;
        if (expectedBytes != actualBytes || count > Integer.MAX_VALUE) {
            throw new ParameterFileException(source + ": shape " + java.util.Arrays.toString(shape) + " of " + descr
                    + " needs " + expectedBytes + " data bytes, the entry has " + actualBytes
                    + (actualBytes < expectedBytes ? " (truncated)" : " (trailing bytes)"));
        }
        float[] values = new float[(int) count];
        buffer.position(dataStart);
        if (itemSize == Float.BYTES) {
            buffer.asFloatBuffer().get(values);
        } else {
            java.nio.DoubleBuffer doubles = buffer.asDoubleBuffer();
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) doubles.get(i);
            }
        }
        return new NamedArray(name, shape, values);
    }

    /**
     * Encodes an array as a version 1.0 {@code .npy} image ({@code <f4}, C order).
     *
     * @param array the array
     * @return the bytes
     */
    public static byte[] encode(NamedArray array) {
        int[] dims = array.shape();
        String shape = dims.length == 1 ? "(" + dims[0] + ",)"
                : java.util.Arrays.stream(dims).mapToObj(Integer::toString)
                        .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int padding = (ALIGN - unpadded % ALIGN) % ALIGN;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + array.size() * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        out.put(header.getBytes(StandardCharsets.ISO_8859_1));
        out.asFloatBuffer().put(array.values());
        return out.array();
    }

    private static String find(Pattern pattern, String header, String key, String source)
            throws ParameterFileException {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new ParameterFileException(source + ": the .npy header has no valid '" + key + "' entry: "
                    + header.strip());
        }
        return m.group(1);
    }

    private static int[] parseShape(String text, String source) throws ParameterFileException {
        List<Integer> dims = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                int d = Integer.parseInt(p.endsWith("L") ? p.substring(0, p.length() - 1) : p);
                if (d < 0) {
                    throw new NumberFormatException();
                }
                dims.add(d);
            } catch (NumberFormatException e) {
                throw new ParameterFileException(source + ": invalid .npy shape (" + text + ")");
            }
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }
}
