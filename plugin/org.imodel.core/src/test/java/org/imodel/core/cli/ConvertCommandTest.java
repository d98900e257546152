package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
