package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output safety of every writing command: a failed run leaves the previous outputs (and QC files) byte-identical
 * and no temporary file; an output that is an input, lies inside a folder being read, or whose folder is missing
 * is refused before any work. Small simulated data, one-epoch trainings.
 */
class OutputSafetyTest {

    @TempDir
    static Path dir;

    private static Path cycles;
    private static Path series;
    private static Path model;
    private static Path bad;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void data() throws Exception {
        cycles = dir.resolve("sim.csv");
        series = dir.resolve("series");
        CliRun run = new CliRun();
        assertEquals(0, run.run("simulate", "--cells", "5", "--cycles", "40", "--seed", "7", "--out",
                cycles.toString(), "--time-series", series.toString()), run.err());
        model = dir.resolve("m.imodel");
        assertEquals(0, run.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-002",
                "--val-cells", "SIM-003", "--horizon", "10", "--epochs", "1", "--out", model.toString()), run.err());
        bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Cycle,Charge_Current\n1,2\n");
    }

    @Test
    void readFailureKeepsTableAndQcByteIdentical() throws Exception {
        Path out = Files.createDirectory(dir.resolve("read"));
        Path target = out.resolve("cycles.csv");
        assertEquals(0, cli.run("read", cycles.toString(), "--out", target.toString()), cli.err());
        Map<Path, byte[]> before = snapshot(out);
        assertEquals(2, before.size(), "cycles.csv and cycles-qc.csv");
        assertFailsKeeping(1, out, before, "read", cycles.toString(), bad.toString(), "--out", target.toString());
        assertTrue(cli.err().contains(bad.toString()), cli.err());
    }

    @Test
    void convertFailureKeepsTableAndQcByteIdentical() throws Exception {
        Path out = Files.createDirectory(dir.resolve("convert"));
        Path target = out.resolve("c.csv");
        assertEquals(0, cli.run("convert", series.toString(), "--out", target.toString()), cli.err());
        Map<Path, byte[]> before = snapshot(out);
        assertEquals(2, before.size());
        Path garbage = dir.resolve("garbage.txt");
        Files.writeString(garbage, "this is not a cycler export\nat all\n");
        assertFailsKeeping(1, out, before, "convert", series.toString(), garbage.toString(), "--out",
                target.toString());
    }

    @Test
    void featuresFailureKeepsTheTableByteIdentical() throws Exception {
        Path out = Files.createDirectory(dir.resolve("features"));
        Path target = out.resolve("f.csv");
        assertEquals(0, cli.run("features", cycles.toString(), "--out", target.toString()), cli.err());
        Map<Path, byte[]> before = snapshot(out);
        assertFailsKeeping(1, out, before, "features", cycles.toString(), bad.toString(), "--out",
                target.toString());
    }

    @Test
    void simulateFailingInTheMiddleKeepsTheTableByteIdentical() throws Exception {
        Path out = Files.createDirectory(dir.resolve("simulate"));
        Path target = out.resolve("s.csv");
        Path ts = out.resolve("ts");
        assertEquals(0, cli.run("simulate", "--cells", "2", "--cycles", "10", "--out", target.toString(),
                "--time-series", ts.toString()), cli.err());
        Files.delete(ts.resolve("SIM-002.csv"));
        Files.createDirectory(ts.resolve("SIM-002.csv"));
        Map<Path, byte[]> before = snapshot(out);
        // the table is written, then the second cell's time series cannot be: nothing is replaced
        assertFailsKeeping(1, out, before, "simulate", "--cells", "2", "--cycles", "12", "--out", target.toString(),
                "--time-series", ts.toString());
        assertTrue(cli.err().contains("SIM-002.csv is a folder"), cli.err());
        assertFailsKeeping(2, out, before, "simulate", "--capacity", "-1", "--out", target.toString());
    }

    @Test
    void simulateCreatesNoTimeSeriesFolderWhenItFails() {
        Path ts = dir.resolve("never");
        assertEquals(2, cli.run("simulate", "--cells", "0", "--out", dir.resolve("never.csv").toString(),
                "--time-series", ts.toString()));
        assertFalse(Files.exists(ts));
        assertFalse(Files.exists(dir.resolve("never.csv")));
    }

    @Test
    void trainFailureKeepsModelAndHistoryByteIdentical() throws Exception {
        Path out = Files.createDirectory(dir.resolve("train"));
        Files.copy(model, out.resolve("m.imodel"));
        Files.writeString(out.resolve("h.csv"), "previous history\n");
        Map<Path, byte[]> before = snapshot(out);
        assertFailsKeeping(1, out, before, "train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-099",
                "--val-cells", "SIM-003", "--horizon", "10", "--epochs", "1", "--out",
                out.resolve("m.imodel").toString(), "--history", out.resolve("h.csv").toString());
        assertTrue(cli.err().contains("SIM-099"), cli.err());
        assertFailsKeeping(1, out, before, "train", "--data", cycles.toString(), "--train-cells", "SIM-001",
                "--val-cells", "SIM-003", "--horizon", "80", "--epochs", "1", "--out",
                out.resolve("m.imodel").toString(), "--history", out.resolve("h.csv").toString());
    }

    @Test
    void evaluateFailureKeepsMetricsByteIdentical() throws Exception {
        Path out = Files.createDirectory(dir.resolve("evaluate"));
        Path target = out.resolve("metrics.json");
        assertEquals(0, cli.run("evaluate", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-004", "--out", target.toString()), cli.err());
        Map<Path, byte[]> before = snapshot(out);
        assertFailsKeeping(1, out, before, "evaluate", "--model", model.toString(), "--data", cycles.toString(),
                "--cells", "SIM-004,SIM-042", "--out", target.toString());
    }

    @Test
    void scenariosFailureKeepsTheTableByteIdentical() throws Exception {
        Path out = Files.createDirectory(dir.resolve("scenarios"));
        Path target = out.resolve("sc.csv");
        assertEquals(0, cli.run("scenarios", "--grid", "charge=0.5;discharge=1;temperature=25,35", "--cycles", "12",
                "--out", target.toString()), cli.err());
        Map<Path, byte[]> before = snapshot(out);
        assertFailsKeeping(2, out, before, "scenarios", "--grid", "charge=0.5;discharge=1;temperature=25,25",
                "--cycles", "12", "--out", target.toString());
        assertFailsKeeping(2, out, before, "scenarios", "--schedule", "12 cycles at 0.5C/1C", "--out",
                target.toString());
    }

    @Test
    void predictFailureKeepsForecastsAndSummaryByteIdentical() throws Exception {
        Path out = Files.createDirectory(dir.resolve("predict"));
        Path scenarios = dir.resolve("predict-scenarios.csv");
        assertEquals(0, cli.run("scenarios", "--grid", "charge=0.5;discharge=1;temperature=25,35", "--cycles", "12",
                "--out", scenarios.toString()), cli.err());
        Path shortOnes = dir.resolve("predict-short.csv");
        assertEquals(0, cli.run("scenarios", "--grid", "charge=0.5;discharge=1;temperature=25,35", "--cycles", "9",
                "--out", shortOnes.toString()), cli.err());
        Path target = out.resolve("f.csv");
        Path summary = out.resolve("s.csv");
        assertEquals(0, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(), "--scenarios",
                scenarios.toString(), "--out", target.toString(), "--summary", summary.toString()), cli.err());
        Map<Path, byte[]> before = snapshot(out);
        assertEquals(2, before.size());
        assertFailsKeeping(1, out, before, "predict", "--model", model.toString(), "--cells", cycles.toString(),
                "--scenarios", shortOnes.toString(), "--out", target.toString(), "--summary", summary.toString());
        assertTrue(cli.err().contains("covers 9 cycles"), cli.err());
        assertFailsKeeping(1, out, before, "predict", "--model", model.toString(), "--cells", cycles.toString(),
                "--scenarios", scenarios.toString(), "--at", "99", "--out", target.toString(), "--summary",
                summary.toString());
        assertFailsKeeping(1, out, before, "predict", "--model", model.toString(), "--cells", bad.toString(),
                "--scenarios", scenarios.toString(), "--out", target.toString(), "--summary", summary.toString());
        assertRefused("also an input", "predict", "--model", model.toString(), "--cells", cycles.toString(),
                "--scenarios", scenarios.toString(), "--out", scenarios.toString());
        assertRefused("also an input", "predict", "--model", model.toString(), "--cells", cycles.toString(),
                "--scenarios", scenarios.toString(), "--out", target.toString(), "--summary", cycles.toString());
        assertRefused("does not exist", "predict", "--model", model.toString(), "--cells", cycles.toString(),
                "--scenarios", scenarios.toString(), "--out", dir.resolve("no-such-folder/f.csv").toString());
        assertRefused("does not exist", "scenarios", "--grid", "charge=0.5;discharge=1;temperature=25", "--cycles",
                "12", "--out", dir.resolve("no-such-folder/sc.csv").toString());
        assertEquals(before.keySet(), snapshot(out).keySet());
        assertFalse(Files.exists(dir.resolve("no-such-folder")));
    }

    @Test
    void interpretFailureKeepsThePreviousFolderByteIdentical() throws Exception {
        Path out = dir.resolve("interpret");
        assertEquals(0, cli.run("interpret", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-004", "--permutations", "9", "--out", out.toString()), cli.err());
        Map<Path, byte[]> before = snapshot(out);
        assertEquals(InterpretCommand.TABLES.size() + 5, before.size(), before.keySet().toString());
        assertFailsKeeping(1, out, before, "interpret", "--model", model.toString(), "--data", cycles.toString(),
                "--cells", "SIM-004,SIM-042", "--permutations", "9", "--out", out.toString());
    }

    @Test
    void importReferenceFailureKeepsTheModelByteIdentical() throws Exception {
        Path out = Files.createDirectory(dir.resolve("import"));
        Files.copy(model, out.resolve("ref.imodel"));
        Map<Path, byte[]> before = snapshot(out);
        Path npz = dir.resolve("broken.npz");
        Files.writeString(npz, "not a numpy archive");
        assertFailsKeeping(1, out, before, "import-reference", "--npz", npz.toString(), "--data", cycles.toString(),
                "--train-cells", "SIM-001", "--horizon", "10", "--out", out.resolve("ref.imodel").toString());
    }

    @Test
    void demoFailureKeepsThePreviousReportByteIdentical() throws Exception {
        Path report = dir.resolve("demo");
        assertEquals(0, cli.run("demo", "--out", report.toString(), "--epochs", "1", "--horizon", "10"), cli.err());
        Map<Path, byte[]> before = snapshot(report);
        assertEquals(7, before.size(), before.keySet().toString());
        // 240 simulated cycles cannot give windows of 300: training fails after the folder was checked
        assertFailsKeeping(1, report, before, "demo", "--out", report.toString(), "--epochs", "1", "--horizon",
                "300");
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws Exception {
        byte[] data = Files.readAllBytes(cycles);
        byte[] m = Files.readAllBytes(model);
        assertRefused("also an input", "read", cycles.toString(), "--out", cycles.toString());
        assertRefused("also an input", "features", cycles.toString(), "--out", cycles.toString());
        assertRefused("also an input", "read", cycles.toString(), "--out", dir.resolve("x.csv").toString(), "--qc",
                cycles.toString());
        assertRefused("also an input", "train", "--data", cycles.toString(), "--train-cells", "SIM-001",
                "--val-cells", "SIM-002", "--horizon", "10", "--out", cycles.toString());
        assertRefused("also an input", "evaluate", "--model", model.toString(), "--data", cycles.toString(),
                "--cells", "SIM-001", "--out", model.toString());
        assertRefused("also an input", "interpret", "--model", model.toString(), "--data", dir.toString(),
                "--cells", "SIM-001", "--out", dir.toString());
        assertRefused("also an input", "import-reference", "--npz", model.toString(), "--data", cycles.toString(),
                "--train-cells", "SIM-001", "--horizon", "10", "--out", model.toString());
        Path one = series.resolve("SIM-001.csv");
        byte[] raw = Files.readAllBytes(one);
        assertRefused("also an input", "convert", one.toString(), "--out", one.toString());
        assertArrayEquals(data, Files.readAllBytes(cycles));
        assertArrayEquals(m, Files.readAllBytes(model));
        assertArrayEquals(raw, Files.readAllBytes(one));
    }

    @Test
    void anOutputInsideTheFolderBeingReadIsRefused() throws Exception {
        List<String> before = names(series);
        assertRefused("inside the folder", "convert", series.toString(), "--out",
                series.resolve("cycles.csv").toString());
        assertRefused("inside the folder", "read", dir.toString(), "--out", dir.resolve("all.csv").toString());
        assertRefused("inside the folder", "features", dir.toString(), "--out",
                dir.resolve("sub/../f.csv").toString());
        assertRefused("inside the folder", "train", "--data", series.toString(), "--train-cells", "SIM-001",
                "--val-cells", "SIM-002", "--horizon", "10", "--out", series.resolve("m.imodel").toString());
        assertEquals(before, names(series));
    }

    @Test
    void aMissingOutputFolderIsRefusedBeforeAnyWork() {
        Path missing = dir.resolve("no-such-folder");
        long start = System.nanoTime();
        assertRefused("does not exist", "train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-002",
                "--val-cells", "SIM-003", "--horizon", "10", "--epochs", "50", "--out",
                missing.resolve("m.imodel").toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 0.5, "train refused in " + seconds + " s");
        assertRefused("does not exist", "read", cycles.toString(), "--out", missing.resolve("c.csv").toString());
        assertRefused("does not exist", "read", cycles.toString(), "--out", dir.resolve("c.csv").toString(), "--qc",
                missing.resolve("qc.csv").toString());
        assertRefused("does not exist", "evaluate", "--model", model.toString(), "--data", cycles.toString(),
                "--cells", "SIM-001", "--out", missing.resolve("e.json").toString());
        assertRefused("does not exist", "demo", "--out", missing.resolve("report").toString());
        assertRefused("does not exist", "interpret", "--model", model.toString(), "--data", cycles.toString(),
                "--cells", "SIM-001", "--out", missing.resolve("why").toString());
        assertRefused("does not exist", "simulate", "--out", dir.resolve("s2.csv").toString(), "--time-series",
                missing.resolve("ts").toString());
        assertRefused("is a folder", "simulate", "--out", dir.toString());
        assertFalse(Files.exists(missing));
        assertFalse(Files.exists(dir.resolve("c.csv")));
    }

    /** Runs a failing command and checks the exit status, the folder's bytes and that no temporary file is left. */
    private void assertFailsKeeping(int status, Path folder, Map<Path, byte[]> before, String... args)
            throws IOException {
        cli.reset();
        assertEquals(status, cli.run(args), cli.out() + cli.err());
        assertEquals(1, cli.err().strip().split("\\R").length + (status == 2 ? -1 : 0), "one line: " + cli.err());
        Map<Path, byte[]> after = snapshot(folder);
        assertEquals(before.keySet(), after.keySet(), "no file added or removed, no temporary file left");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " changed"));
    }

    private void assertRefused(String reason, String... args) {
        cli.reset();
        assertEquals(1, cli.run(args), String.join(" ", args) + "\n" + cli.err());
        assertTrue(cli.err().contains(reason), cli.err());
        assertEquals(1, cli.err().strip().split("\\R").length, "one line: " + cli.err());
    }

    private static Map<Path, byte[]> snapshot(Path folder) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(p -> !p.equals(folder)).sorted().toList()) {
                files.put(folder.relativize(p), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
