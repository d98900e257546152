package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();


    @Test
    void simulatedTimeSeriesConvertBackToTheSimulatorsCycles() throws Exception {
        Path truth = dir.resolve("truth.csv");
        Path series = dir.resolve("series");
        assertEquals(0, cli.run("simulate", "--cells", "2", "--cycles", "12", "--seed", "3", "--out", truth.toString(),
                "--time-series", series.toString()), cli.err());
        Path converted = dir.resolve("converted.csv");
        assertEquals(0, cli.run("convert", series.toString(), "--temperature", "25", "--out", converted.toString()),
                cli.err());
        List<String> expected = Files.readAllLines(truth);
        List<String> actual = Files.readAllLines(converted);
        assertEquals(expected.size(), actual.size());
        for (int i = 1; i < expected.size(); i++) {
            String[] e = expected.get(i).split(",");
            String[] a = actual.get(i).split(",");
            assertEquals(e[0], a[0], "cell");
            assertEquals(e[1], a[1], "cycle");
            assertEquals(Double.parseDouble(e[6]), Double.parseDouble(a[6]), 1e-9, "discharge capacity, line " + i);
        }
    }

    /**
     * A raw file of our simulator, corrupted: a current that is not a number (in cycle 3) and a discharge counter
     * that stays at 0 through cycle 5 (a computed capacity of 0 Ah). Strict stops at the first with file, line and
     * column; skip mode drops the bad sample and the bad cycle, counts both in the QC table with their reasons and
     * prints a warning naming them; every other cycle equals the simulator's.
     */
    @Test
    void skipBadRowsDropsAndCountsWhatStrictModeStopsAt() throws Exception {
        Path truth = dir.resolve("truth.csv");
        Path series = dir.resolve("series");
        assertEquals(0, cli.run("simulate", "--cells", "1", "--cycles", "8", "--seed", "5", "--out", truth.toString(),
                "--time-series", series.toString()), cli.err());
        Path raw = series.resolve("SIM-001.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(raw));
        List<String> header = List.of(lines.get(0).split(","));
        int current = header.indexOf("current_ampere");
        int cycle = header.indexOf("cycle_count");
        int discharge = header.indexOf("discharging_capacity_ah");
        int badLine = 0;
        int cycleFiveLine = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f[cycle].equals("3") && badLine == 0 && i > 1 && lines.get(i - 1).split(",")[cycle].equals("3")) {
                badLine = i + 1;
                f[current] = "1.5x";
            }
            if (f[cycle].equals("5")) {
                cycleFiveLine = cycleFiveLine == 0 ? i + 1 : cycleFiveLine;
                f[discharge] = "0.0";
            }
            lines.set(i, String.join(",", f));
        }
        Files.write(raw, lines);
        Path target = dir.resolve("converted.csv");

        cli.reset();
        assertEquals(1, cli.run("convert", raw.toString(), "--temperature", "25", "--out", target.toString()));
        assertEquals(raw + ", line " + badLine + ", column 'current_ampere': '1.5x' is not a number.",
                cli.err().strip().split("\\R")[0].replaceFirst("^imodel convert: ", "").replaceFirst("(not a number\\.).*",
                        "$1"));
        assertFalse(Files.exists(target));

        Files.write(raw, lines.stream().map(l -> l.replace("1.5x", "1.5")).toList());
        cli.reset();
        assertEquals(1, cli.run("convert", raw.toString(), "--temperature", "25", "--out", target.toString()));
        assertTrue(cli.err().contains(raw + ", line " + cycleFiveLine + ", column 'discharging_capacity_ah': cycle 5")
                && cli.err().contains("0 Ah is not positive"), cli.err());
        assertFalse(Files.exists(target));

        Files.write(raw, lines);
        cli.reset();
        assertEquals(0, cli.run("convert", raw.toString(), "--temperature", "25", "--skip-bad-rows", "--out",
                target.toString()), cli.err());
        String warning = cli.out().lines().filter(l -> l.startsWith("warning: SIM-001: 2 row(s) with bad values"))
                .findFirst().orElse("no warning in " + cli.out());
        assertTrue(warning.contains("implausible capacity; malformed value") && warning.contains("line " + badLine)
                && warning.contains("line " + cycleFiveLine), warning);
        List<String> qc = Files.readAllLines(dir.resolve("converted-qc.csv"));
        assertEquals(2, qc.size());
        assertTrue(qc.get(1).contains("implausible capacity: 1") && qc.get(1).contains("malformed value: 1"),
                qc.get(1));
        List<String> expected = Files.readAllLines(truth);
        List<String> actual = Files.readAllLines(target);
        assertEquals(expected.size() - 1, actual.size(), "cycle 5 left out");
        int a = 1;
        for (int i = 1; i < expected.size(); i++) {
            String[] e = expected.get(i).split(",");
            if (e[1].equals("5")) {
                continue;
            }
            String[] r = actual.get(a++).split(",");
            assertEquals(e[1], r[1], "cycle");
            assertEquals(Double.parseDouble(e[6]), Double.parseDouble(r[6]), 1e-9, "discharge capacity, cycle " + e[1]);
        }
    }

    @Test
    void realExportAndBadOptions() throws Exception {
        Path maccor = SharedData.require("cycler-exports/maccor_one.txt");
        Path target = dir.resolve("m.csv");
        assertEquals(0, cli.run("convert", maccor.toString(), "--out", target.toString()), cli.err());
        assertEquals(3, Files.readAllLines(target).size(), "header + cycles 2 and 3");
        assertTrue(Files.readString(dir.resolve("m-qc.csv")).contains("no charge"));
        assertEquals(2, cli.run("convert", maccor.toString(), "--window", "4.1", "--out", target.toString()));
        assertEquals(2, cli.run("convert", maccor.toString(), "--window", "4.1:3.6", "--out", target.toString()));
    }
}
