package org.imodel.core.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens text input files as UTF-8 after a look at their first bytes, so that a file in another form gets a message
 * saying what it looks like and how to fix it, instead of a decoder's "Input length = 1": a UTF-16 file (byte
 * order mark or zero bytes between the characters), a ZIP container (an Excel .xlsx workbook) or other binary
 * content. A UTF-8 byte order mark is skipped.
 */
public final class TextFiles {

    /** Bytes looked at before reading. */
    static final int SNIFF_BYTES = 8192;

    private TextFiles() {
    }

    /**
     * @param file a text file
     * @param strict true: a byte sequence that is not UTF-8 stops the read (reported by {@link DelimitedRecords}
     *        as a {@link DataFormatException} naming the line); false: it is read as U+FFFD (for cycler exports,
     *        whose unit headers are sometimes Latin-1)
     * @return a buffered reader positioned after any UTF-8 byte order mark
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when the file is UTF-16 or binary
     */
    public static BufferedReader open(Path file, boolean strict) throws IOException, DataFormatException {
        check(file);
        return reader(Files.newInputStream(file), strict);
    }

    /**
     * @param file a file
     * @throws IOException when the file cannot be read (a folder included)
     * @throws DataFormatException when its first bytes show UTF-16 or binary content
     */
    public static void check(Path file) throws IOException, DataFormatException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a file. Choose a CSV file.");
        }
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String problem = problem(head, n);
        if (problem != null) {
            throw new DataFormatException(file, 0, null, problem);
        }
    }

    /**
     * @param head the first bytes of a file
     * @param n how many of them are valid
     * @return what is wrong with the file as UTF-8 text, or null when it looks like text
     */
    static String problem(byte[] head, int n) {
        if (n >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF || head[0] == (byte) 0xFF
                && head[1] == (byte) 0xFE)) {
            return utf16();
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "the file is a ZIP container (an Excel .xlsx workbook?), not text. Open it in its program and"
                    + " save or export it as CSV (UTF-8).";
        }
        int zerosEven = 0;
        int zerosOdd = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                if ((i & 1) == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        int zeros = zerosEven + zerosOdd;
        if (zeros > 0 && Math.max(zerosEven, zerosOdd) >= n / 4 && Math.min(zerosEven, zerosOdd) <= zeros / 10) {
            return utf16();
        }
        if (zeros > 0 || control > n / 100) {
            return "the file looks like a binary file, not delimited text (it holds zero or control bytes). Choose"
                    + " the CSV export of the data, saved as UTF-8 text.";
        }
        return null;
    }

    private static String utf16() {
        return "the file looks like UTF-16 text (zero bytes between the characters or a UTF-16 byte order mark)."
                + " Save it as UTF-8 (e.g. 'CSV UTF-8' in Excel, or 'Save with encoding: UTF-8' in an editor).";
    }

    /**
     * @param in a byte stream (closed with the reader)
     * @param strict see {@link #open(Path, boolean)}
     * @return a buffered UTF-8 reader positioned after any byte order mark
     * @throws IOException on read errors
     */
    public static BufferedReader reader(InputStream in, boolean strict) throws IOException {
        CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(action)
                .onUnmappableCharacter(action);
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        bytes.mark(3);
        byte[] bom = bytes.readNBytes(3);
        if (bom.length < 3 || bom[0] != (byte) 0xEF || bom[1] != (byte) 0xBB || bom[2] != (byte) 0xBF) {
            bytes.reset();
        }
        return new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16);
    }
}
