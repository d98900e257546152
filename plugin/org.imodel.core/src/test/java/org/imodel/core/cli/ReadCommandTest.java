package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void readsAllSharedDataIntoOneTable() throws Exception {
        Path data = SharedData.require("data");
        Path target = dir.resolve("cycles.csv");
        assertEquals(0, run("read", data.toString(), "--out", target.toString()), err.toString());
        try (Stream<String> lines = Files.lines(target)) {
            assertEquals(58_504 + 1, lines.count(), "header + one line per cycle");
        }
        assertTrue(Files.exists(dir.resolve("cycles-qc.csv")));
        assertTrue(out.toString().startsWith("read 58504 rows of 143 cell(s)"), out.toString());
    }

    @Test
    void badInputGivesOneClearLineAndStatus1() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Cycle,Charge_Current\n1,2\n");
        assertEquals(1, run("read", bad.toString(), "--out", dir.resolve("o.csv").toString()));
        String message = err.toString();
        assertTrue(message.startsWith("imodel read: " + bad + ", line 1, column"), message);
        assertTrue(!message.contains("Exception") && !message.contains("\tat "), "no stack trace: " + message);
    }

    @Test
    void wrongUsageGivesStatus2() {
        assertEquals(2, run("read", "x", "--out", "y", "--format", "xls"));
        assertTrue(err.toString().contains("--format must be"), err.toString());
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("read", "x", "--out", "y", "--bogus", "1"));
        assertTrue(err.toString().contains("unknown option --bogus"), err.toString());
    }
}
