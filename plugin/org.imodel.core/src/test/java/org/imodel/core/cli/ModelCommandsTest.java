package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.imodel.core.artifact.ModelFile;
import org.imodel.core.artifact.ModelSpecCodec;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train}, {@code evaluate}, {@code import-reference} and {@code bench}, with few epochs. */
class ModelCommandsTest {

    @TempDir
    static Path dir;

    private static Path cycles;
    private static Path model;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void simulateAndTrain() throws Exception {
        cycles = dir.resolve("sim.csv");
        assertEquals(0, new CliRun().run("simulate", "--cells", "5", "--cycles", "60", "--seed", "7", "--out",
                cycles.toString()));
        model = dir.resolve("m.imodel");
        CliRun train = new CliRun();
        int status = train.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-002,SIM-003",
                "--val-cells", "SIM-004", "--horizon", "10", "--epochs", "3", "--recipe", "recommended", "--seed", "5",
                "--out", model.toString(), "--history", dir.resolve("history.csv").toString());
        assertEquals(0, status, train.err());
        String text = train.out();
        assertTrue(text.contains("epoch 1/3:") && text.contains("epoch 3/3:"), text);
        assertTrue(text.contains("Training on ") && !text.contains("Trained 3 epochs"), "notes once, summary once: "
                + text);
        assertTrue(text.contains("trained 3 epochs, kept epoch") && text.contains("validation (")
                && text.contains("MAPE")
                && text.contains("wall time"), text);
    }

    @Test
    void trainWritesAModelAndItsHistory() throws Exception {
        ModelFile file = ModelFile.read(model);
        assertEquals(10, file.spec().config().horizon());
        assertEquals("recommended", file.spec().provenance().recipe());
        assertEquals("3", file.spec().provenance().training().get("max_epochs"));
        assertEquals("0.003", file.spec().provenance().training().get("learning_rate"));
        assertEquals(5, file.spec().provenance().seed());
        List<String> history = Files.readAllLines(dir.resolve("history.csv"));
        assertEquals("epoch,train_loss,validation_loss,validation_mse,diversity,best,seconds,member", history.get(0));
        assertEquals(4, history.size());
        assertTrue(history.get(1).startsWith("1,") && history.get(1).contains(",true,"), history.get(1));
    }

    @Test
    void evaluateWritesPooledBatchAndPerCellMetrics() throws Exception {
        Path json = dir.resolve("metrics.json");
        assertEquals(0, cli.run("evaluate", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-005,SIM-004", "--out", json.toString()), cli.err());
        String text = Files.readString(json);
        for (String key : List.of("windows", "pooled_rmse", "pooled_mape", "pooled_mae", "batch_rmse", "batch_mape",
                "per_cell")) {
            assertTrue(text.contains("\"" + key + "\": "), key + " in " + text);
        }
        assertTrue(text.indexOf("\"SIM-005\"") < text.indexOf("\"SIM-004\""), "cells in the order given");
        assertTrue(text.contains("\"windows\": 102"), "2 cells x (60 - 10 + 1) windows: " + text);
        assertTrue(text.contains("\"members\": 1") && text.contains("\"coverage\": null")
                && text.contains("\"band_width\": null"), "a single model has no band: " + text);
        assertTrue(cli.out().contains("102 windows of 2 cells"), cli.out());
    }

    @Test
    void damagedAndIncompatibleModelFilesGiveOneClearLine() throws Exception {
        Path garbage = dir.resolve("garbage.imodel");
        Files.write(garbage, "this is not a model".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, evaluate(garbage));
        assertOneLine("is not an iMODEL model file");

        Path mismatch = dir.resolve("mismatch.imodel");
        ModelFile good = ModelFile.read(model);
        ByteArrayOutputStream params = new ByteArrayOutputStream();
        try (ImodelNetwork net = ImodelNetwork.create(good.spec().config().withHorizon(20), 3)) {
            net.saveParameters(params);
        }
        new ModelFile(good.spec(), params.toByteArray()).write(mismatch);
        assertEquals(1, evaluate(mismatch));
        assertOneLine("parameters do not fit its spec");

        Path truncated = dir.resolve("truncated.imodel");
        new ModelFile(good.spec(), java.util.Arrays.copyOf(good.parameters(), 1000)).write(truncated);
        assertEquals(1, evaluate(truncated));
        assertOneLine("damaged");

        Path noSpec = dir.resolve("nospec.imodel");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noSpec))) {
            zip.putNextEntry(new ZipEntry("parameters.bin"));
            zip.write(good.parameters());
        }
        assertEquals(1, evaluate(noSpec));
        assertOneLine("lacks spec.properties");

        Path badSpec = dir.resolve("badspec.imodel");
        java.util.Properties p = ModelSpecCodec.write(good.spec());
        p.remove("scaler.mean");
        try (OutputStream o = Files.newOutputStream(badSpec); ZipOutputStream zip = new ZipOutputStream(o)) {
            zip.putNextEntry(new ZipEntry("spec.properties"));
            p.store(zip, null);
            zip.putNextEntry(new ZipEntry("parameters.bin"));
            zip.write(good.parameters());
        }
        assertEquals(1, evaluate(badSpec));
        assertOneLine("scaler.mean");

        assertEquals(1, evaluate(dir.resolve("absent.imodel")));
        assertOneLine("does not exist");
    }

    @Test
    void wrongCommandLinesAndUnknownCells() throws Exception {
        assertUsageError("--horizon");
        assertUsageError("reference or recommended", "--horizon", "10", "--recipe", "fast");
        assertUsageError("learning rate", "--horizon", "10", "--lr", "-1");
        assertUsageError("diversity weight", "--horizon", "10", "--diversity", "-1");
        assertEquals(1, cli.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-099", "--val-cells",
                "SIM-004", "--horizon", "10", "--epochs", "1", "--out", dir.resolve("x.imodel").toString()));
        assertOneLine("SIM-099");
        assertEquals(1, cli.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001", "--val-cells",
                "SIM-004", "--horizon", "80", "--epochs", "1", "--out", dir.resolve("x.imodel").toString()));
        assertOneLine("too short");
    }

    @Test
    void importedReferenceReproducesThePublishedMetrics() throws Exception {
        Path reference = SharedData.require("reference");
        Path data = SharedData.require("data/UL-NCA");
        Path imported = dir.resolve("ref.imodel");
        assertEquals(0, cli.run("import-reference", "--npz",
                reference.resolve("UL-NCA_CY25-1_1_iMODEL_dsNCA_ex5_pl10_tk2_ep2000_dm0.npz").toString(), "--data",
                data.toString(), "--train-cells", "CY25-1_1-#1,CY25-1_1-#2,CY25-1_1-#3,CY25-1_1-#4,CY25-1_1-#5",
                "--val-cells", "CY25-1_1-#6", "--horizon", "10", "--out", imported.toString()), cli.err());
        assertEquals("imported-reference", ModelFile.read(imported).spec().provenance().recipe());
        Path json = dir.resolve("ref.json");
        assertEquals(0, cli.run("evaluate", "--model", imported.toString(), "--data", data.toString(), "--cells",
                "CY25-1_1-#7,CY25-1_1-#8,CY25-1_1-#9", "--out", json.toString()), cli.err());
        Map<String, Double> ours = topLevelNumbers(Files.readString(json));
        Map<String, Double> ref = new HashMap<>();
        for (String line : Files.readAllLines(reference.resolve("inference/metrics_CY25-1_1.txt"))) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                ref.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
            }
        }
        assertEquals(58, ours.get("windows"));
        assertEquals(ref.get("pooled_rmse"), ours.get("pooled_rmse"), 1e-6);
        assertEquals(ref.get("pooled_mae"), ours.get("pooled_mae"), 1e-6);
        assertEquals(ref.get("pooled_mape_percent"), ours.get("pooled_mape"), 1e-4);
        assertEquals(ref.get("batch32_avg_rmse"), ours.get("batch_rmse"), 1e-6);
        assertEquals(ref.get("batch32_avg_mape_percent"), ours.get("batch_mape"), 1e-4);

        assertEquals(1, cli.run("import-reference", "--npz",
                reference.resolve("UL-NCA_CY25-1_1_iMODEL_dsNCA_ex5_pl10_tk2_ep2000_dm0.npz").toString(), "--data",
                data.toString(), "--train-cells", "CY25-1_1-#1,CY25-1_1-#2", "--horizon", "5", "--out",
                dir.resolve("wrong.imodel").toString()));
        assertOneLine("horizon 10");
    }

    @Test
    void demoWritesTheReportFolderAndSaysWhere() throws Exception {
        Path report = dir.resolve("demo");
        assertEquals(0, cli.run("demo", "--out", report.toString(), "--epochs", "3"), cli.err());
        for (String name : List.of("metrics.json", "forecasts.csv", "history.csv", "trajectories.png",
                "model.imodel")) {
            assertTrue(Files.size(report.resolve(name)) > 0, name);
        }
        assertTrue(cli.out().contains("report written to " + report), cli.out());
        Map<String, Double> metrics = topLevelNumbers(Files.readString(report.resolve("metrics.json")));
        assertTrue(metrics.get("pooled_mape") > 0 && metrics.get("pooled_mape") < 100, metrics.toString());
        assertEquals(3, ModelFile.read(report.resolve("model.imodel")).spec().provenance().epochs());
    }

    @Test
    void benchEndsWithAMachineReadableLine() throws Exception {
        Path data = SharedData.require("data/UL-NCA");
        assertEquals(0, cli.run("bench", "--data", data.toString(), "--epochs", "1"), cli.err());
        String[] lines = cli.out().strip().split("\\R");
        String last = lines[lines.length - 1];
        assertTrue(last.matches("step_ms=[0-9.]+ epoch_s=[0-9.]+ infer_b1_ms=[0-9.]+ infer_b256_ms_per_window=[0-9.]+"
                + " peak_rss_mb=[0-9.]+ sweep_s=[0-9.]+ forecasts_per_s_1t=[0-9]+ forecasts_per_s_2t=[0-9]+"
                + " forecasts_per_s_1t_h32=[0-9]+ forecasts_per_s_2t_h32=[0-9]+ gemm_gflops=[0-9.]+"), last);
        assertTrue(cli.out().matches("(?s).*\\Rceiling: the engine's 1024x1024 matrix product runs at [0-9.]+ GFLOP/s"
                + " on one thread; a forecast costs 3\\.[0-9]+ MFLOP \\(hidden 32: 0\\.9[0-9]\\).*"), cli.out());
        assertTrue(cli.out().contains("scenario sweep (hidden 64, the published size): 1000 cells x 27 scenarios"
                + " = 27000 forecasts"), cli.out());
        assertTrue(cli.out().matches("(?s).*\\Rtraining: [^\\r\\n]*; [0-9]+ page faults per step\\R.*"), cli.out());
    }

    private static Map<String, Double> topLevelNumbers(String json) {
        Map<String, Double> values = new HashMap<>();
        for (String line : json.split("\\R")) {
            if (line.startsWith("  \"") && !line.startsWith("   ")) {
                String[] kv = line.strip().replace(",", "").split(": ");
                if (kv.length == 2 && kv[1].matches("[-0-9.eE]+")) {
                    values.put(kv[0].replace("\"", ""), Double.parseDouble(kv[1]));
                }
            }
        }
        return values;
    }

    private int evaluate(Path modelFile) {
        cli.reset();
        return cli.run("evaluate", "--model", modelFile.toString(), "--data", cycles.toString(), "--cells", "SIM-005",
                "--out", dir.resolve("e.json").toString());
    }

    /** {@code train} on SIM-001 with the given options ends with usage status 2 and a message containing part. */
    private void assertUsageError(String part, String... options) {
        List<String> args = new ArrayList<>(List.of("train", "--data", cycles.toString(), "--train-cells", "SIM-001",
                "--val-cells", "SIM-004", "--out", dir.resolve("x.imodel").toString()));
        args.addAll(List.of(options));
        assertEquals(2, cli.run(args.toArray(String[]::new)), String.join(" ", args));
        assertTrue(cli.err().contains(part), cli.err());
        cli.reset();
    }

    private void assertOneLine(String part) {
        String text = cli.err();
        assertEquals(1, text.strip().split("\\R").length, "one line: " + text);
        assertTrue(text.contains(part), text);
        cli.reset();
    }
}
