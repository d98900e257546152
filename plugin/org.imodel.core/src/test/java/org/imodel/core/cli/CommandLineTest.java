package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's usage: help, version, option syntax, wrong usage (exit 2), several inputs, refusals. */
class CommandLineTest {

    /** Every command with the options it must keep (README "Command line"). */
    static final Map<String, List<String>> OPTIONS = Map.ofEntries(
            Map.entry("read", List.of("--format", "--ul-decoded-charge-rate", "--skip-bad-rows", "--out", "--qc")),
            Map.entry("convert", List.of("--window", "--points", "--relaxation-min", "--jump", "--rpt",
                    "--temperature", "--condition", "--skip-bad-rows", "--out", "--qc")),
            Map.entry("simulate", List.of("--example", "--cells", "--cycles", "--seed", "--capacity",
                    "--charge-rate", "--discharge-rate", "--temperature", "--out", "--time-series")),
            Map.entry("features", List.of("--soc", "--family", "--physical-grid", "--out")),
            Map.entry("train", List.of("--data", "--train-cells", "--val-cells", "--horizon", "--epochs",
                    "--patience", "--seed", "--lr", "--recipe", "--diversity", "--soc", "--feature-defaults",
                    "--physical-grid", "--out", "--history", "--members", "--calibration", "--hidden", "--batch",
                    "--threads")),
            Map.entry("evaluate", List.of("--model", "--data", "--cells", "--out", "--band", "--forecasts")),
            Map.entry("interpret", List.of("--model", "--data", "--cells", "--permutations", "--seed", "--out")),
            Map.entry("score", List.of("--forecasts", "--label", "--method-column", "--measured", "--out",
                    "--per-cell", "--crossings", "--metrics", "--chart", "--threshold")),
            Map.entry("baseline", List.of("--method", "--data", "--cells", "--train-cells", "--val-cells",
                    "--epochs", "--seed", "--history", "--horizon", "--out", "--metrics", "--forecasts")),
            Map.entry("scenarios", List.of("--grid", "--cycles", "--unit", "--schedule", "--out")),
            Map.entry("predict", List.of("--model", "--cells", "--scenarios", "--out", "--summary", "--at",
                    "--threshold", "--nominal", "--threads")),
            Map.entry("import-reference", List.of("--npz", "--data", "--train-cells", "--val-cells", "--horizon",
                    "--soc", "--out")),
            Map.entry("bench", List.of("--data", "--epochs", "--training", "--members", "--training-epochs", "--hidden")),
            Map.entry("demo", List.of("--out", "--epochs", "--horizon", "--seed")));

    @TempDir
    static Path dir;

    private static Path cycles;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void data() {
        cycles = dir.resolve("sim.csv");
        CliRun run = new CliRun();
        assertEquals(0, run.run("simulate", "--cells", "3", "--cycles", "30", "--out", cycles.toString()), run.err());
    }

    @Test
    void everyCommandPrintsItsHelpWithEveryOptionAndExits0() {
        OPTIONS.forEach((command, options) -> {
            cli.reset();
            assertEquals(0, cli.run(command, "--help"), command);
            String help = cli.out();
            assertTrue(help.startsWith("Usage: imodel " + command), help);
            for (String option : options) {
                assertTrue(help.contains(option + "=") || help.contains(option + " ") || help.contains(option + "\n"),
                        command + " help lists " + option + ":\n" + help);
            }
            assertTrue(help.contains("Exit status:"), help);
            assertEquals("", cli.err());
        });
        cli.reset();
        assertEquals(0, cli.run("demo", "--help"));
        assertTrue(cli.out().matches("(?s).*--epochs=N\\s+Training epochs\\.\\s+Default: 120.*"), cli.out());
    }

    @Test
    void topLevelHelpVersionAndHelpCommand() {
        assertEquals(0, cli.run("--help"));
        for (String command : OPTIONS.keySet()) {
            assertTrue(cli.out().contains("  " + command + " "), command + " in " + cli.out());
        }
        cli.reset();
        assertEquals(0, cli.run("help", "train"));
        assertTrue(cli.out().startsWith("Usage: imodel train"), cli.out());
        cli.reset();
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().startsWith("imodel 0."), cli.out());
        cli.reset();
        assertEquals(2, cli.run());
        assertTrue(cli.err().contains("missing command") && cli.err().contains("read, convert"), cli.err());
    }

    @Test
    void unknownCommandsOptionsAndExtraArgumentsAreNamedWithStatus2() {
        assertEquals(2, cli.run("frobnicate"));
        assertTrue(cli.err().startsWith("imodel: unknown command 'frobnicate'"), cli.err());
        for (String command : OPTIONS.keySet()) {
            cli.reset();
            assertEquals(2, cli.run(command, "--bogus", "1"), command);
            assertTrue(cli.err().contains("unknown option --bogus"), cli.err());
        }
        cli.reset();
        assertEquals(2, cli.run("train", "extra", "--data", "x", "--train-cells", "a", "--val-cells", "b",
                "--horizon", "5", "--out", "m"));
        assertTrue(cli.err().contains("unexpected argument 'extra'"), cli.err());
        cli.reset();
        assertEquals(2, cli.run("evaluate", "--model", "m", "--data", "d", "--cells", "a", "--out"));
        assertTrue(cli.err().contains("--out"), cli.err());
        cli.reset();
        assertEquals(2, cli.run("features", cycles.toString(), "--soc=35", "--out=" + dir.resolve("f.csv")));
        assertTrue(cli.err().contains("SOC must be") && !cli.err().contains("Exception"), cli.err());
        assertFalse(Files.exists(dir.resolve("f.csv")));
    }

    @Test
    void severalInputsAreAllRead() throws Exception {
        Path second = dir.resolve("sim2.csv");
        assertEquals(0, cli.run("simulate", "--cells", "2", "--cycles", "20", "--seed", "9", "--out",
                second.toString()), cli.err());
        Path both = dir.resolve("both.csv");
        cli.reset();
        assertEquals(0, cli.run("read", cycles.toString(), second.toString(), "--out=" + both), cli.err());
        assertEquals(1 + 90 + 40, Files.readAllLines(both).size());
        assertTrue(cli.out().startsWith("read 130 rows"), cli.out());
    }

    @Test
    void formatWithEqualsSignReadsLsd() throws Exception {
        Path lsd = SharedData.require("data/LSD/1.csv");
        Path out = dir.resolve("lsd.csv");
        assertEquals(0, cli.run("read", "--format=lsd", lsd.toString(), "--out=" + out), cli.err());
        assertEquals(Files.readAllLines(lsd).size(), Files.readAllLines(out).size(), "header + one row per cycle");
        cli.reset();
        assertEquals(0, cli.run("read", "--format=LSD", lsd.toString(), "--out", out.toString()), cli.err());
    }

    @Test
    void anUnexpectedErrorIsOneGenericLine() {
        String line = Failures.message(new NullPointerException("Cannot invoke \"x\" because y is null"));
        assertTrue(line.startsWith("unexpected error (NullPointerException)") && line.contains(Failures.DEBUG)
                && !line.contains("Cannot invoke"), line);
        String io = Failures.message(new java.nio.file.FileSystemException("/data/x", null, "Is a directory"));
        assertEquals("/data/x is a folder where a file is expected.", io);
        assertEquals("For input string", Failures.message(new IllegalStateException("For input string"))
                .substring(0, 16));
        assertTrue(Failures.message(new NumberFormatException("For input string: \"x\"")).startsWith("unexpected"));
        String huge = "x".repeat(100_000) + " Do this.";
        String cut = Failures.cut(Failures.message(new IllegalArgumentException(huge)));
        assertTrue(cut.length() <= Failures.MAX_LENGTH + 10 && cut.endsWith("Do this."), cut);
        CliRun run = new CliRun();
        char[] longText = new char[5000];
        Arrays.fill(longText, 'y');
        assertEquals(1, run.run("read", dir.resolve(new String(longText, 0, 200)).toString(), "--out",
                dir.resolve("o.csv").toString()));
        assertEquals(1, run.err().strip().split("\\R").length, run.err());
    }
}
