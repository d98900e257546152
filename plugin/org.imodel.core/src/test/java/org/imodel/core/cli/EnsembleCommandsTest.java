package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.artifact.ModelFile;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.BandMetrics;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.TrainedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** {@code train --members}, and what evaluate, predict and interpret do with an ensemble. */
class EnsembleCommandsTest {

    @TempDir
    static Path dir;

    private static Path cycles;
    private static Path model;
    private static String trainOut;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void simulateAndTrain() {
        cycles = dir.resolve("sim.csv");
        CliRun run = new CliRun();
        assertEquals(0, run.run("simulate", "--cells", "5", "--cycles", "40", "--seed", "7", "--out",
                cycles.toString()), run.err());
        model = dir.resolve("e.imodel");
        run.reset();
        assertEquals(0, run.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-002",
                "--val-cells", "SIM-003", "--horizon", "10", "--epochs", "2", "--seed", "4", "--members", "3",
                "--out", model.toString(), "--history", dir.resolve("history.csv").toString()), run.err());
        trainOut = run.out();
    }

    @Test
    void trainWritesThreeMembersAndTheirHistories() throws Exception {
        ModelFile file = ModelFile.read(model);
        assertEquals(3, file.members().size());
        assertEquals(3, file.spec().ensemble().members());
        assertEquals(4, file.spec().provenance().seed());
        assertTrue(trainOut.contains("3 members") && trainOut.contains("member 2, epoch 2/2")
                && trainOut.contains("band covers"), trainOut);
        // the growth beyond the horizon is named exactly when the model has one
        assertEquals(file.spec().ensemble().calibratedBeyondHorizon(),
                trainOut.contains("beyond the horizon the band widens by ["), trainOut);
        List<String> history = Files.readAllLines(dir.resolve("history.csv"));
        assertEquals(1 + 3 * 2, history.size());
        assertTrue(history.get(1).endsWith(",0") && history.get(6).endsWith(",2"), history.toString());
        cli.reset();
        assertEquals(2, cli.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001", "--val-cells",
                "SIM-003", "--horizon", "10", "--members", "0", "--out", dir.resolve("x.imodel").toString()));
        assertTrue(cli.err().contains("ensemble members must be between 1"), cli.err());
    }

    @Test
    void calibrationIsCrossByDefaultValidationOnRequestAndBadValuesAreRefused() throws Exception {
        // two training cells leave each of three members one cell: cross-fitting falls back
        assertEquals(BandCalibration.VALIDATION, ModelFile.read(model).spec().ensemble().calibration());
        assertTrue(trainOut.contains("validation calibration on"), trainOut);
        for (String c : new String[] {null, "validation"}) {
            Path out = dir.resolve("c-" + c + ".imodel");
            List<String> args = new java.util.ArrayList<>(List.of("train", "--data", cycles.toString(),
                    "--train-cells", "SIM-001,SIM-002,SIM-004", "--val-cells", "SIM-003", "--horizon", "10",
                    "--epochs", "1", "--members", "3", "--out", out.toString()));
            if (c != null) {
                args.addAll(List.of("--calibration", c));
            }
            cli.reset();
            assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
            BandCalibration expected = c == null ? BandCalibration.CROSS : BandCalibration.VALIDATION;
            assertEquals(expected, ModelFile.read(out).spec().ensemble().calibration());
            assertTrue(cli.out().contains(expected.label() + " calibration on"), cli.out());
        }
        cli.reset();
        assertEquals(2, cli.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-002",
                "--val-cells", "SIM-003", "--horizon", "10", "--members", "3", "--calibration", "folds", "--out",
                dir.resolve("y.imodel").toString()));
        assertTrue(cli.err().contains("--calibration") && cli.err().contains("'folds'")
                && cli.err().contains("cross, validation"), cli.err());
    }

    @Test
    void evaluateAddsCoverageAndBandWidthOfTheEnsemble() throws Exception {
        Path json = dir.resolve("metrics.json");
        assertEquals(0, cli.run("evaluate", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-004,SIM-005", "--out", json.toString()), cli.err());
        Map<?, ?> m = new Gson().fromJson(Files.readString(json), Map.class);
        assertEquals(3.0, m.get("members"));
        assertEquals(0.9, m.get("band_level"));
        List<CycleRecord> rows = CliData.read(cycles, List.of("SIM-004", "SIM-005"));
        try (TrainedModel engine = TrainedModel.load(ModelFile.read(model))) {
            List<Forecast> forecasts = ImodelPredictor.predict(engine, rows, Progress.NONE);
            BandMetrics band = ImodelPredictor.bandMetrics(forecasts);
            assertEquals(band.coverage(), (Double) m.get("coverage"), 1e-12);
            assertEquals(band.bandWidth(), (Double) m.get("band_width"), 1e-12);
            assertEquals(ImodelPredictor.metrics(forecasts).pooledMape(), (Double) m.get("pooled_mape"), 1e-12);
        }
        Map<?, ?> cell = (Map<?, ?>) ((Map<?, ?>) m.get("per_cell")).get("SIM-005");
        assertTrue(cell.containsKey("coverage") && cell.containsKey("band_width"), cell.toString());
        assertTrue(cli.out().contains("ensemble of 3: the 90 % band covers"), cli.out());

        cli.reset();
        assertEquals(0, cli.run("evaluate", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-005", "--band", "50", "--out", json.toString()), cli.err());
        Map<?, ?> narrow = new Gson().fromJson(Files.readString(json), Map.class);
        assertTrue((Double) narrow.get("band_width") < (Double) cell.get("band_width"), "a 50 % band is narrower");
        cli.reset();
        assertEquals(2, cli.run("evaluate", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-005", "--band", "100", "--out", json.toString()));
        assertTrue(cli.err().contains("--band") && cli.err().contains("between 0 and 100"), cli.err());
    }

    @Test
    void evaluateWritesTheWindowForecastsThatScoreReadsBack() throws Exception {
        Path json = dir.resolve("metrics-windows.json");
        Path windows = dir.resolve("windows.csv");
        assertEquals(0, cli.run("evaluate", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-004,SIM-005", "--out", json.toString(), "--forecasts", windows.toString()), cli.err());
        Map<?, ?> m = new Gson().fromJson(Files.readString(json), Map.class);
        List<String> lines = Files.readAllLines(windows);
        assertEquals(((Double) m.get("windows")).intValue() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("cell_id,start_row,cycle_count,predicted_capacity_ah,band_low_ah,"
                + "band_high_ah,target_capacity_ah"), lines.get(0));
        Path scored = dir.resolve("scored.json");
        cli.reset();
        assertEquals(0, cli.run("score", "--forecasts", windows.toString(), "--label", "ensemble", "--metrics",
                scored.toString()), cli.err());
        Map<?, ?> s = (Map<?, ?>) ((Map<?, ?>) new Gson().fromJson(Files.readString(scored), Map.class)
                .get("methods")).get("ensemble");
        assertEquals((Double) m.get("pooled_mape"), (Double) s.get("pooled_mape"), 1e-9);
        assertEquals((Double) m.get("pooled_rmse"), (Double) s.get("pooled_rmse"), 1e-9);
        assertEquals((Double) m.get("coverage"), (Double) s.get("band_coverage"), 1e-12);
    }

    @Test
    void predictWritesTheBandColumns() throws Exception {
        Path scenarios = dir.resolve("scenarios.csv");
        assertEquals(0, cli.run("scenarios", "--grid", "charge=0.5;discharge=1;temperature=25", "--cycles", "10",
                "--out", scenarios.toString()), cli.err());
        Path out = dir.resolve("forecasts.csv");
        cli.reset();
        assertEquals(0, cli.run("predict", "--model", model.toString(), "--cells", cycles.toString(), "--scenarios",
                scenarios.toString(), "--out", out.toString()), cli.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("cell_id,scenario,cycle_count,step,predicted_capacity_ah,band_low_ah,band_high_ah,soh,"
                + "applicability,rolled_out", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",");
            double mean = Double.parseDouble(v[4]);
            assertTrue(Double.parseDouble(v[5]) <= mean && mean <= Double.parseDouble(v[6]), line);
        }
    }

    @Test
    void interpretWorksOnAChosenMember() throws Exception {
        Path first = dir.resolve("i0");
        Path third = dir.resolve("i2");
        assertEquals(0, cli.run("interpret", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-004", "--permutations", "9", "--out", first.toString()), cli.err());
        cli.reset();
        assertEquals(0, cli.run("interpret", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-004", "--permutations", "9", "--member", "2", "--out", third.toString()), cli.err());
        assertFalse(Files.readString(first.resolve("windows.csv")).equals(Files.readString(third.resolve(
                "windows.csv"))), "another member, other gates");
        assertTrue(Files.readString(third.resolve("model-card.txt")).contains("members"), "the ensemble's card");
        cli.reset();
        assertEquals(1, cli.run("interpret", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-004", "--member", "3", "--out", dir.resolve("i3").toString()));
        assertTrue(cli.err().contains("3 member(s) (0 to 2)"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }
}
