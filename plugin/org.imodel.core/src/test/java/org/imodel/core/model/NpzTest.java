package org.imodel.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our .npy/.npz reader and writer. */
class NpzTest {

    @TempDir
    Path dir;

    @Test
    void writeThenReadGivesTheSameArrays() throws Exception {
        Map<String, NamedArray> arrays = new LinkedHashMap<>();
        arrays.put("scalar", NamedArray.of("scalar", new float[] {3.5f}));
        arrays.put("vector", NamedArray.of("vector", new float[] {1, -2, Float.MIN_VALUE}, 3));
        arrays.put("lstm.weight_ih_l0", NamedArray.of("lstm.weight_ih_l0", new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
        arrays.put("empty", NamedArray.of("empty", new float[0], 0, 4));
        Path file = dir.resolve("a.npz");
        Npz.write(file, arrays);
        Map<String, NamedArray> back = Npz.read(file);
        assertEquals(List.copyOf(arrays.keySet()), List.copyOf(back.keySet()), "order kept");
        assertEquals(arrays, back);
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(arrays, Npz.read(in, "a.npz"));
        }
        byte[] npy = NpyCodec.encode(arrays.get("vector"));
        assertEquals(0, (npy.length - 3 * 4) % 64, "header aligned to 64 bytes like numpy");
        assertTrue(new String(npy, 0, 80, StandardCharsets.ISO_8859_1).contains("'shape': (3,), }"));
    }

    @Test
    void readsTheNumpyWrittenReferenceCheckpoint() throws Exception {
        Path npz = SharedData.require("reference/UL-NCA_CY25-1_1_iMODEL_dsNCA_ex5_pl10_tk2_ep2000_dm0.npz");
        Map<String, NamedArray> arrays = Npz.read(npz);
        assertEquals(23, arrays.size());
        assertEquals("w_noise", arrays.keySet().iterator().next());
        assertArrayEquals(new int[] {256, 64}, arrays.get("lstm.weight_hh_l0").shape());
        assertArrayEquals(new int[] {10}, arrays.get("capacity_fc.4.bias").shape());
        try (InputStream in = Files.newInputStream(npz)) {
            assertEquals(arrays, Npz.read(in, npz.toString()), "stream and file readers agree");
        }
        // our writer reproduces numpy's .npy bytes exactly
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        Npz.write(ours, arrays);
        Map<String, NamedArray> again = Npz.read(new ByteArrayInputStream(ours.toByteArray()), "ours");
        assertEquals(arrays, again);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(npz.toFile())) {
            for (NamedArray a : arrays.values()) {
                assertArrayEquals(zip.getInputStream(zip.getEntry(a.name() + ".npy")).readAllBytes(),
                        NpyCodec.encode(a), a.name());
            }
        }
    }

    @Test
    void float64IsReadAsFloat32AndOtherTypesAreRejected() throws Exception {
        byte[] f8 = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", doubles(0.1, -2.5));
        NamedArray a = NpyCodec.decode("x", "x.npy", f8);
        assertArrayEquals(new float[] {0.1f, -2.5f}, a.values());
        assertMessage(() -> NpyCodec.decode("x", "m.npz, entry x.npy",
                npy("{'descr': '>f4', 'fortran_order': False, 'shape': (1,), }", new byte[4])),
                "m.npz, entry x.npy", "'>f4'", "little-endian");
        assertMessage(() -> NpyCodec.decode("x", "x.npy",
                npy("{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }", new byte[8])), "'<i8'");
        assertMessage(() -> NpyCodec.decode("x", "x.npy",
                npy("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", new byte[16])), "Fortran");
        assertMessage(() -> NpyCodec.decode("x", "x.npy",
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", new byte[20])),
                "[2, 3]", "24", "20", "truncated");
        assertMessage(() -> NpyCodec.decode("x", "x.npy", "not numpy at all".getBytes(StandardCharsets.US_ASCII)),
                "not a .npy");
    }

    @Test
    void corruptArchivesGiveAClearError() throws Exception {
        Path garbage = dir.resolve("garbage.npz");
        Files.write(garbage, "this is not a zip file".getBytes(StandardCharsets.US_ASCII));
        assertMessage(() -> Npz.read(garbage), "garbage.npz", "not a readable .npz");
        assertMessage(() -> Npz.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "s.npz"), "s.npz");

        Path truncated = dir.resolve("truncated.npz");
        byte[] whole = zip(Map.of("w.npy", NpyCodec.encode(NamedArray.of("w", new float[100], 10, 10))));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThrows(ParameterFileException.class, () -> Npz.read(truncated));

        Path odd = dir.resolve("odd.npz");
        Files.write(odd, zip(Map.of("readme.txt", new byte[] {1})));
        assertMessage(() -> Npz.read(odd), "odd.npz", "readme.txt", "not a .npy");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String... parts) {
        Exception e = assertThrows(ParameterFileException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
        }
    }

    private static byte[] npy(String dict, byte[] data) {
        String header = dict + " ".repeat(63 - (10 + dict.length()) % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        return b.array();
    }

    private static byte[] doubles(double... v) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double d : v) {
            b.putDouble(d);
        }
        return b.array();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
