package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} refuses data the model cannot use, with one line naming the cell and the reason (exit 1). */
class EvaluateRefusalTest {

    @TempDir
    static Path dir;

    private static Path cycles;
    private static Path model;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void trainTiny() {
        cycles = dir.resolve("sim.csv");
        CliRun run = new CliRun();
        assertEquals(0, run.run("simulate", "--cells", "4", "--cycles", "30", "--seed", "3", "--out",
                cycles.toString()), run.err());
        model = dir.resolve("m.imodel");
        assertEquals(0, run.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-002",
                "--val-cells", "SIM-003", "--horizon", "10", "--epochs", "1", "--out", model.toString()), run.err());
    }

    @Test
    void aCellTooShortForOneWindowIsNamedWithItsRowCount() {
        Path shortCells = dir.resolve("short.csv");
        assertEquals(0, cli.run("simulate", "--cells", "1", "--cycles", "7", "--out", shortCells.toString()));
        cli.reset();
        assertEquals(1, evaluate(shortCells, "SIM-001"));
        assertOneLine("Cell SIM-001 has 7 rows", "needs at least 10 rows");
    }

    @Test
    void aModelNeedingRelaxationRefusesTpslCells() throws Exception {
        Path tpsl = SharedData.require("data/TPSL-Fixed/#6");
        Path read = dir.resolve("tpsl.csv");
        assertEquals(0, cli.run("read", tpsl.toString(), "--out", read.toString()), cli.err());
        List<String> lines = Files.readAllLines(read);
        int cellColumn = Arrays.asList(lines.get(0).split(",")).indexOf("cell_id");
        String cell = lines.get(1).split(",")[cellColumn];
        cli.reset();
        assertEquals(1, evaluate(read, cell));
        assertOneLine("Cell " + cell + " has no relaxation voltages", "TPSL");
    }

    @Test
    void aNonPositiveOrMissingCapacityIsRefused() throws Exception {
        Path broken = dir.resolve("broken.csv");
        List<String> lines = Files.readAllLines(cycles);
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("discharge_capacity_ah");
        String[] row = lines.get(35).split(",", -1);
        row[column] = "0.0";
        lines.set(35, String.join(",", row));
        Files.write(broken, lines);
        assertEquals(1, evaluate(broken, "SIM-002"));
        // the reader's value policy stops first, naming file, line and column
        assertOneLine("broken.csv, line 36", "discharge_capacity_ah", "is not positive");
    }

    @Test
    void aTruncatedModelFileSaysSo() throws Exception {
        byte[] bytes = Files.readAllBytes(model);
        Path cut = dir.resolve("cut.imodel");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        cli.reset();
        assertEquals(1, cli.run("evaluate", "--model", cut.toString(), "--data", cycles.toString(), "--cells",
                "SIM-004", "--out", dir.resolve("e.json").toString()));
        assertOneLine("truncated", cut.toString());
        assertFalse(cli.err().contains("ZLIB"), cli.err());
    }

    private int evaluate(Path data, String cell) {
        cli.reset();
        return cli.run("evaluate", "--model", model.toString(), "--data", data.toString(), "--cells", cell, "--out",
                dir.resolve("e.json").toString());
    }

    private void assertOneLine(String... parts) {
        String text = cli.err();
        assertEquals(1, text.strip().split("\\R").length, "one line: " + text);
        for (String part : parts) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        assertFalse(Files.exists(dir.resolve("e.json")));
    }
}
