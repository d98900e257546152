package org.imodel.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedRecordsTest {

    @Test
    void recordLinesCountQuotedLineBreaksAndEmptyLines() throws Exception {
        String text = "a,b\n1,\"x\ny\"\n\n2,\"q \"\"w\"\"\"\r\n3,z";
        try (DelimitedRecords in = new DelimitedRecords(new StringReader(text), ',', "f.csv", 4)) {
            assertArrayEquals(new String[] {"a", "b"}, in.next());
            assertEquals(4, in.recordLine());
            assertArrayEquals(new String[] {"1", "x\ny"}, in.next());
            assertEquals(5, in.recordLine());
            assertArrayEquals(new String[] {""}, in.next(), "an empty line is one empty field");
            assertEquals(7, in.recordLine());
            assertArrayEquals(new String[] {"2", "q \"w\""}, in.next());
            assertEquals(8, in.recordLine());
            assertArrayEquals(new String[] {"3", "z"}, in.next());
            assertEquals(9, in.recordLine());
            assertNull(in.next());
        }
    }

    @Test
    void unclosedQuoteAndTextAfterAQuoteNameTheLine() throws Exception {
        try (DelimitedRecords in = new DelimitedRecords(new StringReader("a,b\n1,2\n3,\"[0.1, 0.2\n4,5\n"), ',',
                "f.csv")) {
            in.next();
            in.next();
            DataFormatException e = assertThrows(DataFormatException.class, in::next);
            assertEquals(3, e.line());
            assertTrue(e.getMessage().startsWith("f.csv, line 3: a quoted field is not closed"), e.getMessage());
        }
        try (DelimitedRecords in = new DelimitedRecords(new StringReader("a,b\n\"1\"x,2\n"), ',', "g.csv")) {
            in.next();
            DataFormatException e = assertThrows(DataFormatException.class, in::next);
            assertTrue(e.getMessage().startsWith("g.csv, line 2: text follows a closing double quote"), e.getMessage());
        }
    }

    @Test
    void textThatIsNotUtf8IsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "a,b\n1,2\n3,25 \u00b0C\n".getBytes(StandardCharsets.ISO_8859_1));
        try (DelimitedRecords in = new DelimitedRecords(TextFiles.open(file, true), ',', file.toString())) {
            DataFormatException e = assertThrows(DataFormatException.class, () -> {
                while (in.next() != null) {
                    continue;
                }
            });
            assertTrue(e.getMessage().contains("is not UTF-8") && e.getMessage().contains("Save the file as UTF-8"),
                    e.getMessage());
            assertTrue(e.line() >= 1 && e.line() <= 3, "line " + e.line());
        }
        try (DelimitedRecords in = new DelimitedRecords(TextFiles.open(file, false), ',', file.toString())) {
            in.next();
            in.next();
            assertEquals("25 \uFFFDC", in.next()[1], "lenient reading replaces the byte");
        }
    }
}
