package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.artifact.ModelFile;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.forecast.CellState;
import org.imodel.core.forecast.CellStates;
import org.imodel.core.forecast.ForecastJob;
import org.imodel.core.forecast.Forecaster;
import org.imodel.core.forecast.Rollout;
import org.imodel.core.forecast.Trajectory;
import org.imodel.core.forecast.TrajectoryTable;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioGrid;
import org.imodel.core.scenario.ScenarioTable;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.scenario.ScheduleText;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.training.TrainedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imodel scenarios} and {@code imodel predict} on simulated cells and a one-epoch model (horizon 10, currents
 * in A): the files equal the engine's tables computed directly, byte for byte; 2 threads give the same bytes as 1;
 * bad input is one line naming file, line and column, and writes nothing.
 */
class PredictCommandTest {

    private static final String GRID = "charge=0.5,1;discharge=1,2;temperature=25,35";
    private static final String SCHEDULE = "4 cycles at 0.5C/1C 25 °C, then 8 at 1C/2C 35 °C";

    @TempDir
    static Path dir;

    private static Path cycles;
    private static Path model;
    private static Path scenarios;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void simulateTrainAndBuildScenarios() {
        cycles = dir.resolve("sim.csv");
        CliRun run = new CliRun();
        assertEquals(0, run.run("simulate", "--cells", "5", "--cycles", "40", "--seed", "7", "--out",
                cycles.toString()), run.err());
        model = dir.resolve("m.imodel");
        assertEquals(0, run.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-002",
                "--val-cells", "SIM-003", "--horizon", "10", "--epochs", "1", "--out", model.toString()), run.err());
        scenarios = dir.resolve("scenarios.csv");
        assertEquals(0, run.run("scenarios", "--grid", GRID, "--cycles", "12", "--schedule", SCHEDULE, "--schedule",
                "grid storage=12 cycles at 1.5A/3A 30 degC", "--out", scenarios.toString()), run.err());
    }

    /** The engine's scenarios of the command line above. */
    private static List<Scenario> engineScenarios() {
        List<Scenario> expected = new ArrayList<>(ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.5, 1.0),
                List.of(1.0, 2.0), List.of(25.0, 35.0), 12));
        Scenario schedule = ScheduleText.parse("x", SCHEDULE);
        expected.add(ScheduleText.parse(ScheduleText.format(schedule), SCHEDULE));
        expected.add(ScheduleText.parse("grid storage", "12 cycles at 1.5A/3A 30 degC"));
        return expected;
    }

    private static String csv(List<ColumnDef> columns, List<Object[]> rows) throws Exception {
        StringWriter w = new StringWriter();
        try (TableCsvWriter t = new TableCsvWriter(w, columns)) {
            for (Object[] r : rows) {
                t.write(r);
            }
        }
        return w.toString();
    }

    @Test
    void scenariosWritesTheEnginesScenarioTable() throws Exception {
        List<Scenario> expected = engineScenarios();
        assertEquals(csv(ScenarioTable.COLUMNS, ScenarioTable.rows(expected)), Files.readString(scenarios));
        assertEquals(10, expected.size());
        assertEquals("4 cycles at 0.5C/1C 25 degC, then 8 cycles at 1C/2C 35 degC", expected.get(8).name(),
                "an unnamed schedule is named by its text");
        List<Scenario> back = ScenarioFile.read(scenarios).scenarios();
        assertEquals(expected.size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            assertEquals(expected.get(i).name(), back.get(i).name());
            assertEquals(expected.get(i).unit(), back.get(i).unit());
            for (int k = 0; k < back.get(i).cycles(); k++) {
                assertEquals(expected.get(i).charge(k), back.get(i).charge(k));
                assertEquals(expected.get(i).discharge(k), back.get(i).discharge(k));
                assertEquals(expected.get(i).temperature(k), back.get(i).temperature(k));
            }
        }
    }

    @Test
    void scenariosUsageErrorsExit2AndWriteNothing() {
        Path out = dir.resolve("never.csv");
        for (String[] args : new String[][] {{"--out", out.toString()},
            {"--grid", "charge=0.5;discharge=1", "--cycles", "10", "--out", out.toString()},
            {"--grid", "charge=0.5;discharge=1x;temperature=25", "--cycles", "10", "--out", out.toString()},
            {"--grid", GRID, "--out", out.toString()},
            {"--grid", GRID, "--cycles", "10", "--unit", "mA", "--out", out.toString()},
            {"--schedule", "100 cycles at 0.5C/1A 25", "--out", out.toString()},
            {"--schedule", "a=10 cycles at 0.5C/1C 25", "--schedule", "a=10 cycles at 1C/1C 25", "--out",
                out.toString()}}) {
            cli.reset();
            List<String> line = new ArrayList<>(List.of("scenarios"));
            line.addAll(List.of(args));
            assertEquals(2, cli.run(line.toArray(String[]::new)), String.join(" ", args) + ": " + cli.err());
            assertTrue(cli.err().startsWith("imodel scenarios: "), cli.err());
            assertFalse(cli.err().contains("Exception"), cli.err());
        }
        assertTrue(cli.err().contains("two scenarios are named 'a'"), cli.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void predictEqualsTheEngineCalledDirectly() throws Exception {
        Path forecasts = dir.resolve("forecasts.csv");
        Path summary = dir.resolve("summary.csv");
        assertEquals(0, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(), "--scenarios",
                scenarios.toString(), "--out", forecasts.toString(), "--summary", summary.toString(), "--threshold",
                "0.99", "--threshold", "0.9,0.5"), cli.err());
        assertTrue(cli.out().startsWith("forecast 5 cell(s) x 10 scenario(s) = 50 trajectories of 10 cycles"),
                cli.out());

        List<CycleRecord> rows = new ArrayList<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(cycles, new QcReport(), rows::add, Progress.NONE);
        try (TrainedModel m = TrainedModel.load(ModelFile.read(model))) {
            List<CellState> states = CellStates.of(rows, m.spec(), CellStates.LATEST, Double.NaN);
            List<Trajectory> t = new Forecaster(m, 1, Forecaster.DEFAULT_BATCH).forecast(
                    ForecastJob.grid(states, engineScenarios()), Progress.NONE);
            List<Object[]> perCycle = new ArrayList<>();
            List<Object[]> sums = new ArrayList<>();
            for (Trajectory x : t) {
                perCycle.addAll(TrajectoryTable.rows(x));
                for (double threshold : new double[] {0.99, 0.9, 0.5}) {
                    sums.add(TrajectoryTable.summary(x, threshold));
                }
            }
            assertEquals(5 * 10 * 10, perCycle.size(), "cells x scenarios x horizon");
            assertEquals(csv(TrajectoryTable.COLUMNS, perCycle), Files.readString(forecasts));
            assertEquals(csv(TrajectoryTable.SUMMARY_COLUMNS, sums), Files.readString(summary));
            assertEquals(40, t.get(0).startCycle(), "the latest cycle");
            assertEquals(rows.get(0).dischargeCapacity(), t.get(0).nominalAh(), "SOH of the first cycle's capacity");
        }
        List<String> lines = Files.readAllLines(forecasts);
        assertTrue(lines.get(0).startsWith("cell_id,scenario,cycle_count,step,predicted_capacity_ah,soh"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("SIM-001,0.5C/1C/25degC,40,0,"), lines.get(1));
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOneAndAsOneEngineCallOverAllJobs() throws Exception {
        List<Double> charge = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
        List<Double> discharge = List.of(0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 3.0);
        List<Double> temperature = List.of(5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0);
        Path many = dir.resolve("many.csv");
        assertEquals(0, cli.run("scenarios", "--grid", "charge=" + join(charge) + ";discharge=" + join(discharge)
                + ";temperature=" + join(temperature), "--cycles", "10", "--out", many.toString()), cli.err());
        int jobs = 5 * 900;
        assertTrue(jobs > PredictCommand.BLOCK && PredictCommand.BLOCK % Forecaster.CHUNK == 0,
                "several blocks of whole chunks");
        byte[][] out = new byte[2][];
        byte[][] sum = new byte[2][];
        for (int threads = 1; threads <= 2; threads++) {
            Path f = dir.resolve("f" + threads + ".csv");
            Path s = dir.resolve("s" + threads + ".csv");
            cli.reset();
            assertEquals(0, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(),
                    "--scenarios", many.toString(), "--at", "20", "--nominal", "3.0", "--threads",
                    String.valueOf(threads), "--out", f.toString(), "--summary", s.toString()), cli.err());
            out[threads - 1] = Files.readAllBytes(f);
            sum[threads - 1] = Files.readAllBytes(s);
        }
        assertArrayEquals(out[0], out[1]);
        assertArrayEquals(sum[0], sum[1]);
        String first = Files.readAllLines(dir.resolve("s1.csv")).get(1);
        assertTrue(first.startsWith("SIM-001,0.1C/0.5C/5degC,20,29,3.0,"), first);

        List<CycleRecord> rows = new ArrayList<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(cycles, new QcReport(), rows::add, Progress.NONE);
        try (TrainedModel m = TrainedModel.load(ModelFile.read(model))) {
            List<Trajectory> t = new Forecaster(m, 1, Forecaster.DEFAULT_BATCH).forecast(ForecastJob.grid(
                    CellStates.of(rows, m.spec(), 20, 3.0), ScenarioGrid.of(ScenarioUnit.C_RATE, charge, discharge,
                            temperature, 10)), Progress.NONE);
            assertEquals(jobs, t.size());
            List<Object[]> perCycle = new ArrayList<>();
            for (Trajectory x : t) {
                perCycle.addAll(TrajectoryTable.rows(x));
            }
            assertEquals(csv(TrajectoryTable.COLUMNS, perCycle), new String(out[0], StandardCharsets.UTF_8));
        }
    }

    private static String join(List<Double> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    @Test
    void aModelOfFormatOneOnUlUnitsRefusesAmperesWithoutCodeAndPredictsWithApplicabilityUnknown() throws Exception {
        Path old = dir.resolve("format1.imodel");
        try (InputStream in = getClass().getResourceAsStream("/org/imodel/core/artifact/format1.imodel")) {
            Files.copy(in, old);
        }
        Path forecasts = dir.resolve("old-forecasts.csv");
        Path summary = dir.resolve("old-summary.csv");
        // a model trained on UL files takes the UL charge code: amperes that give no such code are refused
        assertEquals(1, cli.run("predict", "--model", old.toString(), "--cells", cycles.toString(), "--scenarios",
                scenarios.toString(), "--out", forecasts.toString()));
        assertTrue(cli.err().startsWith("imodel predict: " + scenarios + ", line 110, column 'current_unit':"
                + " Scenario 'grid storage': the model was trained on UL files"), cli.err());
        assertFalse(Files.exists(forecasts));
        Path rates = dir.resolve("rates.csv");
        assertEquals(0, cli.run("scenarios", "--grid", GRID, "--cycles", "5", "--out", rates.toString()), cli.err());
        cli.reset();
        assertEquals(0, cli.run("predict", "--model", old.toString(), "--cells", cycles.toString(), "--scenarios",
                rates.toString(), "--out", forecasts.toString(), "--summary", summary.toString()), cli.err());
        assertTrue(cli.out().contains("= 40 trajectories of 5 cycles"), cli.out());
        assertTrue(cli.out().contains("warning: the model file predates the training envelope"), cli.out());
        List<String> lines = Files.readAllLines(summary);
        assertEquals(1 + 40, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.contains(",UNKNOWN,"), line);
        }
        assertEquals(1 + 40 * 5, Files.readAllLines(forecasts).size());
    }

    @Test
    void horizonBeyondTheModelsRollsOutAndEqualsTheEngine() throws Exception {
        Path long30 = dir.resolve("long30.csv");
        assertEquals(0, cli.run("scenarios", "--grid", GRID, "--cycles", "30", "--out", long30.toString()), cli.err());
        Path forecasts = dir.resolve("rolled.csv");
        Path summary = dir.resolve("rolled-summary.csv");
        cli.reset();
        assertEquals(0, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(), "--scenarios",
                long30.toString(), "--out", forecasts.toString(), "--summary", summary.toString(), "--horizon", "25",
                "--threshold", "0.999"), cli.err());
        assertTrue(cli.out().startsWith("forecast 5 cell(s) x 8 scenario(s) = 40 trajectories of 25 cycles (beyond the"
                + " model's horizon of 10 by rollout)"), cli.out());
        List<CycleRecord> rows = new ArrayList<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(cycles, new QcReport(), rows::add, Progress.NONE);
        List<Scenario> grid = ScenarioGrid.of(ScenarioUnit.C_RATE, List.of(0.5, 1.0), List.of(1.0, 2.0),
                List.of(25.0, 35.0), 30);
        try (TrainedModel m = TrainedModel.load(ModelFile.read(model))) {
            List<CellState> states = CellStates.of(rows, m.spec(), CellStates.LATEST, Double.NaN);
            List<Trajectory> t = new Rollout(m, 1, Forecaster.DEFAULT_BATCH).forecast(ForecastJob.grid(states, grid),
                    25, Progress.NONE);
            List<Object[]> perCycle = new ArrayList<>();
            List<Object[]> sums = new ArrayList<>();
            for (Trajectory x : t) {
                perCycle.addAll(TrajectoryTable.rows(x));
                sums.add(TrajectoryTable.summary(x, 0.999));
            }
            assertEquals(csv(TrajectoryTable.COLUMNS, perCycle), Files.readString(forecasts));
            assertEquals(csv(TrajectoryTable.SUMMARY_COLUMNS, sums), Files.readString(summary));
        }
        List<String> lines = Files.readAllLines(forecasts);
        assertEquals(1 + 40 * 25, lines.size());
        assertTrue(lines.get(0).endsWith(",applicability,rolled_out"), lines.get(0));
        assertTrue(lines.get(10).startsWith("SIM-001,0.5C/1C/25degC,49,9,") && lines.get(10).endsWith(",0"),
                lines.get(10));
        assertTrue(lines.get(11).startsWith("SIM-001,0.5C/1C/25degC,50,10,") && lines.get(11).endsWith(",1"),
                lines.get(11));

        Path cut = dir.resolve("cut.csv");
        cli.reset();
        assertEquals(0, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(), "--scenarios",
                scenarios.toString(), "--out", cut.toString(), "--horizon", "4"), cli.err());
        assertTrue(cli.out().contains("= 50 trajectories of 4 cycles with"), cli.out());
        Path full = dir.resolve("full.csv");
        assertEquals(0, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(), "--scenarios",
                scenarios.toString(), "--out", full.toString()), cli.err());
        List<String> first4 = new ArrayList<>();
        List<String> all = Files.readAllLines(full);
        for (int i = 1; i < all.size(); i++) {
            if ((i - 1) % 10 < 4) {
                first4.add(all.get(i));
            }
        }
        assertEquals(first4, Files.readAllLines(cut).subList(1, 1 + 50 * 4), "--horizon 4: the first 4 steps");
    }

    @Test
    void badHorizonsAreRefusedClearly() throws Exception {
        for (String bad : new String[] {"0", "-3"}) {
            cli.reset();
            assertEquals(2, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(),
                    "--scenarios", scenarios.toString(), "--out", dir.resolve("x.csv").toString(), "--horizon", bad));
            assertTrue(cli.err().contains("--horizon must be at least 1 cycle; got " + bad), cli.err());
        }
        cli.reset();
        assertEquals(2, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(), "--scenarios",
                scenarios.toString(), "--out", dir.resolve("x.csv").toString(), "--horizon", "ten"));
        assertTrue(cli.err().contains("ten"), cli.err());
        assertRefused(scenarios, cycles, List.of("--horizon", "13"), scenarios + ", line 13, column 'future_cycle':"
                + " Scenario '0.5C/1C/25degC' covers 12 cycles but --horizon asks for 13: extend the scenario");
        Path old = dir.resolve("format1-h.imodel");
        try (InputStream in = getClass().getResourceAsStream("/org/imodel/core/artifact/format1.imodel")) {
            Files.copy(in, old);
        }
        cli.reset();
        assertEquals(1, cli.run("predict", "--model", old.toString(), "--cells", cycles.toString(), "--scenarios",
                scenarios.toString(), "--out", dir.resolve("x.csv").toString(), "--horizon", "6"));
        assertTrue(cli.err().startsWith("imodel predict: " + old + ": --horizon 6: The model forecasts 5 cycles and"
                + " carries no rollout map"), cli.err());
        assertEquals(1, cli.err().strip().split("\\R").length, cli.err());
    }

    @Test
    void badInputIsOneLineNamingFileLineAndColumn() throws Exception {
        Path shortOne = dir.resolve("short.csv");
        assertEquals(0, cli.run("scenarios", "--grid", "charge=0.5;discharge=1;temperature=25", "--cycles", "8",
                "--out", shortOne.toString()), cli.err());
        assertRefused(shortOne, cycles, List.of(), shortOne + ", line 9, column 'future_cycle': Scenario"
                + " '0.5C/1C/25degC' covers 8 cycles but the model forecasts 10 cycles");

        Path milli = dir.resolve("milli.csv");
        Files.writeString(milli, Files.readString(scenarios).replace(",C\n", ",mA\n"));
        assertRefused(milli, cycles, List.of(), milli + ", line 2, column 'current_unit': 'mA' is not a scenario"
                + " current unit");

        Path text = dir.resolve("text.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(scenarios));
        lines.set(4, lines.get(4).replace(",1.0,25.0,", ",1.0x,25.0,"));
        Files.write(text, lines);
        assertRefused(text, cycles, List.of(), text + ", line 5, column 'discharge_current': '1.0x' is not a number");

        assertRefused(scenarios, cycles, List.of("--at", "500"), cycles + ", column 'cycle_count': --at 500: Cell"
                + " SIM-001 has no cycle 500 (its rows run from cycle 1 to 40)");

        Path noRelaxation = dir.resolve("no-relaxation.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(cycles));
        int column = Arrays.asList(rows.get(0).split(",")).indexOf("relaxation_voltage_volt");
        int last = 2 * 40; // the last row of SIM-002 (line 81)
        rows.set(last, rows.get(last).replaceAll("\"\\[[^\\]]*\\]\",(\\w+,[^,]*,[^,]*,\\d+)$", "\"[]\",$1"));
        assertTrue(rows.get(last).contains("\"[]\""), "the last list (relaxation, column " + column + ") emptied: "
                + rows.get(last).substring(rows.get(last).length() - 60));
        Files.write(noRelaxation, rows);
        assertRefused(scenarios, noRelaxation, List.of(), noRelaxation + ", line 81: Cell SIM-002, cycle 40 has no"
                + " relaxation voltage trace (relaxation_voltage_volt)");

        cli.reset();
        assertEquals(2, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(), "--scenarios",
                scenarios.toString(), "--threshold", "80", "--out", dir.resolve("x.csv").toString()));
        assertTrue(cli.err().contains("--threshold 80.0 is not an SOH fraction"), cli.err());
    }

    private void assertRefused(Path scenarioFile, Path cells, List<String> more, String start) {
        Path out = dir.resolve("refused.csv");
        List<String> args = new ArrayList<>(List.of("predict", "--model", model.toString(), "--cells",
                cells.toString(), "--scenarios", scenarioFile.toString(), "--out", out.toString()));
        args.addAll(more);
        cli.reset();
        assertEquals(1, cli.run(args.toArray(String[]::new)), cli.out() + cli.err());
        String err = cli.err();
        assertEquals(1, err.strip().split("\\R").length, "one line: " + err);
        assertTrue(err.startsWith("imodel predict: " + start), err);
        assertFalse(Files.exists(out));
    }
}
