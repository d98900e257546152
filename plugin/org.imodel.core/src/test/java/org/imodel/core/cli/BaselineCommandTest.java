package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.baseline.BaselineMethod;
import org.imodel.core.baseline.BaselineResult;
import org.imodel.core.baseline.BaselineSettings;
import org.imodel.core.baseline.Baselines;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code imodel baseline}: outputs, cell selection, bad input, output safety and help. */
class BaselineCommandTest {

    @TempDir
    static Path dir;

    private static Path cycles;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void data() {
        cycles = dir.resolve("sim.csv");
        CliRun run = new CliRun();
        assertEquals(0, run.run("simulate", "--cells", "3", "--cycles", "130", "--seed", "5", "--out",
                cycles.toString()), run.err());
    }

    @Test
    void writesPerCellMetricsAndForecastsOfSimulatedCells() throws Exception {
        Path perCell = dir.resolve("cells.csv");
        Path metrics = dir.resolve("m.json");
        Path forecasts = dir.resolve("f.csv");
        assertEquals(0, cli.run("baseline", "--method", "polynomial", "--data", cycles.toString(), "--out",
                perCell.toString(), "--metrics", metrics.toString(), "--forecasts", forecasts.toString()), cli.err());
        assertTrue(cli.out().startsWith("polynomial baseline: 93 windows of 3 cell(s)"), cli.out());
        List<String> cells = Files.readAllLines(perCell);
        assertEquals("cell_id,dataset,rows,windows,mape_pct,rmse_ah,note", cells.get(0));
        assertEquals(4, cells.size());
        assertTrue(cells.get(1).startsWith("SIM-001,SIMULATED,130,31,"), cells.get(1));
        List<String> windows = Files.readAllLines(forecasts);
        assertEquals("cell_id,start_row,cycle_count,predicted_capacity_ah,target_capacity_ah,mape_percent",
                windows.get(0));
        assertEquals(1 + 93, windows.size());
        assertTrue(windows.get(1).startsWith("SIM-001,50,51,\"["), windows.get(1));
        JsonObject json = JsonParser.parseString(Files.readString(metrics)).getAsJsonObject();
        assertEquals("polynomial", json.get("method").getAsString());
        assertEquals(93, json.get("windows").getAsInt());
        assertEquals(3, json.getAsJsonObject("per_cell").size());
    }

    @Test
    void selectsCellsListsShortOnesAndTellsSameIdsOfDifferentDatasetsApart() throws Exception {
        Path data = SharedData.require("data");
        Path perCell = dir.resolve("shared.csv");
        assertEquals(0, cli.run("baseline", "--method", "POLYNOMIAL", "--data", data.toString(), "--cells",
                "CY25-05_1-#1,CY25-1_1-#3", "--out", perCell.toString()), cli.err());
        List<String> cells = Files.readAllLines(perCell);
        assertEquals(5, cells.size(), String.join("\n", cells));
        assertTrue(cells.get(1).startsWith("UL-NCA/CY25-05_1-#1,UL-NCA,145,46,"), cells.get(1));
        assertTrue(cells.get(2).startsWith("UL-NCM/CY25-05_1-#1,UL-NCM,192,93,"), cells.get(2));
        assertTrue(cells.get(3).startsWith("UL-NCMNCA/CY25-05_1-#1,UL-NCMNCA,922,823,"), cells.get(3));
        assertEquals("CY25-1_1-#3,UL-NCA,26,0,,,\"skipped: 26 rows, fewer than the 100 (50 fitted + 50 predicted)"
                + " one window needs\"", cells.get(4));
        assertTrue(cli.out().contains("skipped 1 cell(s) too short for one window (see the note column): CY25-1_1-#3"
                + " (26 rows)"), cli.out());
    }

    @Test
    void badInputIsOneLineNamingFileLineAndColumnAndKeepsEarlierOutputs() throws Exception {
        Path out = Files.createDirectory(dir.resolve("bad"));
        Path target = out.resolve("cells.csv");
        Path json = out.resolve("m.json");
        assertEquals(0, cli.run("baseline", "--method", "polynomial", "--data", cycles.toString(), "--out",
                target.toString(), "--metrics", json.toString()), cli.err());
        byte[] before = Files.readAllBytes(target);
        byte[] beforeJson = Files.readAllBytes(json);
        Path bad = dir.resolve("CY25-05_1-#9.csv");
        StringBuilder text = new StringBuilder("Cycle,Charge_Current,Discharge_Current,Temperature,"
                + "Capacity_Increment,Relaxation_Voltage,Discharge_Capacity\n");
        for (int i = 0; i < 120; i++) {
            text.append(i + 2).append(",0.5,1,25,\"[0.0, 1.0, 2.0]\",\"[4.1, 4.0]\",")
                    .append(i == 3 ? "3.1.4" : Double.toString(3300 - i)).append('\n');
        }
        Files.writeString(bad, text);
        cli.reset();
        assertEquals(1, cli.run("baseline", "--method", "polynomial", "--data", bad.toString(), "--out",
                target.toString(), "--metrics", json.toString()));
        String err = cli.err().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.startsWith("imodel baseline: ") && err.contains(bad.toString()) && err.contains("line 5")
                && err.contains("Discharge_Capacity"), err);
        assertArrayEquals(before, Files.readAllBytes(target));
        assertArrayEquals(beforeJson, Files.readAllBytes(json));
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void mlpTrainsOnTheTrainingCellsAndForecastsTheTestCell() throws Exception {
        Path perCell = dir.resolve("mlp.csv");
        Path metrics = dir.resolve("mlp.json");
        Path forecasts = dir.resolve("mlp-f.csv");
        assertEquals(0, cli.run("baseline", "--method", "mlp", "--data", cycles.toString(), "--train-cells",
                "SIM-001", "--val-cells", "SIM-002", "--cells", "SIM-003", "--epochs", "3", "--out",
                perCell.toString(), "--metrics", metrics.toString(), "--forecasts", forecasts.toString()), cli.err());
        assertTrue(cli.out().startsWith("mlp baseline: 21 windows of 1 cell(s)"), cli.out());
        List<String> windows = Files.readAllLines(forecasts);
        assertEquals(1 + 21, windows.size(), "130 rows: starts 0..20, 10 read and 100 predicted");
        assertTrue(windows.get(1).startsWith("SIM-003,10,11,\"["), windows.get(1));
        JsonObject json = JsonParser.parseString(Files.readString(metrics)).getAsJsonObject();
        assertEquals(3, json.get("epochs").getAsInt());
        assertEquals(42, json.get("seed").getAsInt());
        assertEquals("SIM-001", json.getAsJsonArray("train_cells").get(0).getAsString());
        assertEquals(2, Files.readAllLines(perCell).size());
        cli.reset();
        assertEquals(2, cli.run("baseline", "--method", "mlp", "--data", cycles.toString(), "--cells", "SIM-003",
                "--out", perCell.toString()));
        assertTrue(cli.err().contains("--method mlp needs --train-cells, --val-cells and --cells"), cli.err());
        cli.reset();
        assertEquals(2, cli.run("baseline", "--method", "polynomial", "--data", cycles.toString(), "--train-cells",
                "SIM-001", "--out", perCell.toString()));
        assertTrue(cli.err().contains("are for --method mlp"), cli.err());
    }

    /** --training-data: the MLP trains on another file's cells although --data has cells of the same ids. */
    @Test
    void mlpTrainsOnTheCellsOfTrainingDataWhenGiven() throws Exception {
        Path other = dir.resolve("other.csv");
        assertEquals(0, cli.run("simulate", "--cells", "3", "--cycles", "130", "--seed", "11", "--out",
                other.toString()), cli.err());
        Path fromOther = dir.resolve("mlp-other.csv");
        Path fromOwn = dir.resolve("mlp-own.csv");
        for (Path out : List.of(fromOther, fromOwn)) {
            cli.reset();
            List<String> args = new ArrayList<>(List.of("baseline", "--method", "mlp", "--data", cycles.toString(),
                    "--train-cells", "SIM-001,SIM-003", "--val-cells", "SIM-002", "--cells", "SIM-003", "--epochs",
                    "2", "--out", out.toString()));
            if (out == fromOther) {
                args.addAll(List.of("--training-data", other.toString()));
            }
            assertEquals(out == fromOther ? 0 : 1, cli.run(args.toArray(String[]::new)), cli.err());
        }
        assertTrue(cli.err().contains("SIM-003 is both a test cell and a training or validation cell"), cli.err());
        List<CycleRecord> rows = new ArrayList<>();
        List<CycleRecord> training = new ArrayList<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(cycles, new QcReport(), rows::add, Progress.NONE);
        new DatasetReader(ReadOptions.DEFAULTS).read(other, new QcReport(), training::add, Progress.NONE);
        BaselineResult engine = Baselines.run(rows, training, BaselineSettings.defaults(BaselineMethod.MLP)
                .withCells(List.of("SIM-003")).withSplit(List.of("SIM-001", "SIM-003"), List.of("SIM-002"))
                .withTraining(2, 42), Progress.NONE);
        String line = Files.readAllLines(fromOther).get(1);
        assertTrue(line.startsWith("SIM-003,SIMULATED,130,21,"), line);
        assertEquals(engine.cells().get(0).mapePct(), Double.parseDouble(line.split(",")[4]), 1e-12);
        cli.reset();
        assertEquals(2, cli.run("baseline", "--method", "polynomial", "--data", cycles.toString(),
                "--training-data", other.toString(), "--out", dir.resolve("x.csv").toString()));
        assertTrue(cli.err().contains("--training-data is for --method mlp"), cli.err());
    }

    @Test
    void wrongUsageAndRefusedOutputs() throws Exception {
        assertEquals(2, cli.run("baseline", "--method", "spline", "--data", cycles.toString(), "--out",
                dir.resolve("x.csv").toString()));
        assertTrue(cli.err().contains("unknown baseline method 'spline'; choose one of [polynomial"), cli.err());
        cli.reset();
        assertEquals(2, cli.run("baseline", "--method", "polynomial", "--history", "3", "--data", cycles.toString(),
                "--out", dir.resolve("x.csv").toString()));
        assertTrue(cli.err().contains("history of at least 4 capacities"), cli.err());
        cli.reset();
        assertEquals(1, cli.run("baseline", "--method", "polynomial", "--data", cycles.toString(), "--out",
                cycles.toString()));
        assertTrue(cli.err().startsWith("imodel baseline: "), cli.err());
        cli.reset();
        assertEquals(1, cli.run("baseline", "--method", "polynomial", "--data", cycles.toString(), "--cells",
                "SIM-009", "--out", dir.resolve("x.csv").toString()));
        assertTrue(cli.err().contains("cell(s) [SIM-009] are not in the data"), cli.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
        cli.reset();
        assertEquals(0, cli.run("baseline", "--help"));
        for (String option : List.of("--method", "--data", "--cells", "--train-cells", "--val-cells", "--epochs",
                "--seed", "--history", "--horizon", "--out", "--metrics", "--forecasts", "--training-data")) {
            assertTrue(cli.out().contains(option), option + " in\n" + cli.out());
        }
    }
}
