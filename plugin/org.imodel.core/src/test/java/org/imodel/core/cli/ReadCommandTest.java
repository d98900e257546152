package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();


    @Test
    void readsAllSharedDataIntoOneTable() throws Exception {
        Path data = SharedData.require("data");
        Path target = dir.resolve("cycles.csv");
        assertEquals(0, cli.run("read", data.toString(), "--out", target.toString()), cli.err());
        try (Stream<String> lines = Files.lines(target)) {
            assertEquals(58_504 + 1, lines.count(), "header + one line per cycle");
        }
        assertTrue(Files.exists(dir.resolve("cycles-qc.csv")));
        assertTrue(cli.out().startsWith("read 58504 rows of 143 cell(s)"), cli.out());
    }

    @Test
    void badInputGivesOneClearLineAndStatus1() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Cycle,Charge_Current\n1,2\n");
        assertEquals(1, cli.run("read", bad.toString(), "--out", dir.resolve("o.csv").toString()));
        String message = cli.err();
        assertTrue(message.startsWith("imodel read: " + bad + ", line 1, column"), message);
        assertTrue(!message.contains("Exception") && !message.contains("\tat "), "no stack trace: " + message);
    }

    @Test
    void wrongUsageGivesStatus2() {
        assertEquals(2, cli.run("read", "x", "--out", "y", "--format", "xls"));
        assertTrue(cli.err().contains("--format") && cli.err().contains("xls"), cli.err());
        assertEquals(2, cli.run("frobnicate"));
        assertEquals(2, cli.run("read", "x", "--out", "y", "--bogus", "1"));
        assertTrue(cli.err().contains("unknown option --bogus"), cli.err());
    }
}
