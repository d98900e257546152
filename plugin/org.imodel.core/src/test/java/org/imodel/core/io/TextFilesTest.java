package org.imodel.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    private static final String CSV = "Cycle,Discharge_Capacity\n1,1.1\n2,1.09\n";

    @Test
    void utf16WithAndWithoutByteOrderMarkIsNamed(@TempDir Path dir) throws Exception {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE}) {
            Path file = dir.resolve(charset.name() + ".csv");
            Files.write(file, CSV.getBytes(charset));
            DataFormatException e = assertThrows(DataFormatException.class, () -> TextFiles.open(file, true));
            assertTrue(e.getMessage().contains("looks like UTF-16") && e.getMessage().contains("Save it as UTF-8"),
                    e.getMessage());
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        }
    }

    @Test
    void binaryAndZipContentIsNamed(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("model.csv");
        byte[] bytes = new byte[4000];
        new Random(7).nextBytes(bytes);
        Files.write(bin, bytes);
        DataFormatException e = assertThrows(DataFormatException.class, () -> TextFiles.open(bin, true));
        assertTrue(e.getMessage().contains("looks like a binary file"), e.getMessage());
        Path zip = dir.resolve("book.csv");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        e = assertThrows(DataFormatException.class, () -> TextFiles.open(zip, true));
        assertTrue(e.getMessage().contains("Excel .xlsx"), e.getMessage());
    }

    @Test
    void utf8ByteOrderMarkIsSkippedAndFoldersAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));
        try (BufferedReader in = TextFiles.open(file, true)) {
            assertEquals("Cycle,Discharge_Capacity", in.readLine());
        }
        IOException e = assertThrows(IOException.class, () -> TextFiles.open(dir, true));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void echoedContentIsCut() {
        String longText = "x".repeat(50_000_000);
        DataFormatException e = new DataFormatException("f.csv", 2, "c", "'" + DataFormatException.echo(longText)
                + "' is not a number. Fix it.");
        assertTrue(e.getMessage().length() < 300, "length " + e.getMessage().length());
        assertTrue(e.getMessage().contains("(50000000 characters)"), e.getMessage().substring(0, 100));
        DataFormatException raw = new DataFormatException("f.csv", 2, null, longText + " Fix it.");
        assertTrue(raw.getMessage().length() < 2100 && raw.getMessage().endsWith("Fix it."));
    }
}
