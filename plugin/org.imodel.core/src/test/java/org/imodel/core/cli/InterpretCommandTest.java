package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.imodel.core.interpret.ExpertInterpreter;
import org.imodel.core.interpret.Picture;
import org.imodel.core.testing.CentredQuadratic;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imodel interpret} end to end on simulated cells and a briefly trained model. */
class InterpretCommandTest {

    @TempDir
    static Path dir;

    private static Path cycles;
    private static Path model;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void data() {
        cycles = dir.resolve("sim.csv");
        model = dir.resolve("m.imodel");
        CliRun run = new CliRun();
        assertEquals(0, run.run("simulate", "--cells", "4", "--cycles", "40", "--seed", "3", "--out",
                cycles.toString()), run.err());
        assertEquals(0, run.run("train", "--data", cycles.toString(), "--train-cells", "SIM-001,SIM-002",
                "--val-cells", "SIM-003", "--horizon", "10", "--epochs", "2", "--out", model.toString()), run.err());
    }

    @Test
    void writesTheTablesPicturesAndModelCard() throws Exception {
        Path out = dir.resolve("why");
        assertEquals(0, cli.run("interpret", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-003,SIM-004", "--permutations", "49", "--seed", "3", "--out", out.toString()), cli.err());
        assertTrue(cli.out().contains("of 2 cell(s), 5 experts"), cli.out());
        List<String> windows = Files.readAllLines(out.resolve("windows.csv"));
        assertEquals("cell_id,start_cycle,gate_0,gate_1,gate_2,gate_3,gate_4,dominant_expert,entropy,life_position,"
                + "start_capacity_ah,true_slope,true_curvature,predicted_slope,predicted_curvature,map_x,map_y",
                windows.get(0));
        assertEquals(1 + 2 * 31, windows.size(), "40 rows, horizon 10: 31 windows per simulated cell");
        assertTrue(windows.get(1).startsWith("SIM-003,"), windows.get(1));
        List<String> association = Files.readAllLines(out.resolve("association.csv"));
        assertEquals(1 + ExpertInterpreter.TESTED.size(), association.size());
        assertTrue(association.get(1).startsWith("true_slope,62,") && association.get(1).endsWith(",49,3"),
                association.get(1));
        assertEquals(1 + 5 + 1, Files.readAllLines(out.resolve("geometry.csv")).size(), "5 experts and 'all'");
        assertEquals(1 + 5, Files.readAllLines(out.resolve("experts.csv")).size());
        String card = Files.readString(out.resolve("model-card.txt"));
        assertTrue(card.contains("train_cells") && card.contains("SIM-001, SIM-002"), card);
        assertTrue(Files.readAllLines(out.resolve("model-card.csv")).get(0).equals("section,property,value"));
        for (Picture p : Picture.values()) {
            BufferedImage image = ImageIO.read(out.resolve(p.fileName()).toFile());
            assertNotNull(image, p.fileName());
            assertTrue(image.getWidth() >= 900 && image.getHeight() >= 300, p.fileName());
        }
    }

    /**
     * The published CY25-05_1 checkpoint on its six test cells: the windows come in the reference's test-loader order,
     * their gates are the reference's (imodel-method.md &sect;8, the values of its weights.csv) and the shapes of the
     * true segments are the least-squares fits of the reference's targets.
     */
    @Test
    void publishedCheckpointGivesTheReferencesGatesAndShapes() throws Exception {
        Path reference = SharedData.require("reference");
        Path data = SharedData.require("data/UL-NCA");
        Path imported = dir.resolve("cy25-05.imodel");
        assertEquals(0, cli.run("import-reference", "--npz",
                reference.resolve("UL-NCA_CY25-05_1_iMODEL_dsNCA_ex5_pl50_tk2_ep3000_dm0.npz").toString(), "--data",
                data.toString(), "--train-cells", cells(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13), "--val-cells",
                cells(18, 19), "--horizon", "50", "--out", imported.toString()), cli.err());
        Path out = dir.resolve("cy25-05");
        assertEquals(0, cli.run("interpret", "--model", imported.toString(), "--data", data.toString(), "--cells",
                cells(1, 14, 15, 16, 17, 12), "--permutations", "99", "--out", out.toString()), cli.err());
        List<String> ours = Files.readAllLines(out.resolve("windows.csv"));
        List<String> ref = Files.readAllLines(reference.resolve("inference/test_CY25-05_1.csv"));
        assertEquals(731, ours.size(), "730 test windows (imodel-method.md 2.2)");
        assertEquals(ref.size(), ours.size());
        List<String> oursHeader = List.of(ours.get(0).split(","));
        List<String> refHeader = List.of(ref.get(0).split(","));
        int ties = 0;
        for (int i = 1; i < ours.size(); i++) {
            String[] o = ours.get(i).split(",");
            String[] r = ref.get(i).split(",");
            assertEquals(r[refHeader.indexOf("file")], o[0] + ".csv", "window " + i);
            float[] gates = new float[5];
            int best = 0;
            for (int e = 0; e < 5; e++) {
                gates[e] = Float.parseFloat(r[refHeader.indexOf("gate" + e)]);
                assertEquals(gates[e], Double.parseDouble(o[oursHeader.indexOf("gate_" + e)]), 1e-5,
                        "window " + i + " gate " + e);
                best = gates[e] > gates[best] ? e : best;
            }
            float second = 0;
            for (int e = 0; e < 5; e++) {
                second = e != best ? Math.max(second, gates[e]) : second;
            }
            if (gates[best] - second > 1e-4) {
                assertEquals(best, Integer.parseInt(o[oursHeader.indexOf("dominant_expert")]), "window " + i);
            } else {
                ties++;
            }
            float[] targets = new float[50];
            for (int t = 0; t < 50; t++) {
                targets[t] = Float.parseFloat(r[refHeader.indexOf("target" + t)]);
            }
            double[] shape = CentredQuadratic.slopeAndCurvature(targets);
            assertEquals(shape[0], Double.parseDouble(o[oursHeader.indexOf("true_slope")]), 1e-4, "window " + i);
            assertEquals(shape[1], Double.parseDouble(o[oursHeader.indexOf("true_curvature")]), 1e-5, "window " + i);
        }
        assertTrue(ties < 10, ties + " windows whose two largest reference gates are within 1e-4");
    }

    private static String cells(int... numbers) {
        StringBuilder b = new StringBuilder();
        for (int n : numbers) {
            b.append(b.length() == 0 ? "" : ",").append("CY25-05_1-#").append(n);
        }
        return b.toString();
    }

    @Test
    void refusesWrongUsageAndUnknownCellsInOneLine() {
        assertEquals(2, cli.run("interpret", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-003", "--permutations", "0", "--out", dir.resolve("x").toString()));
        assertTrue(cli.err().contains("permutations"), cli.err());
        cli.reset();
        assertEquals(1, cli.run("interpret", "--model", model.toString(), "--data", cycles.toString(), "--cells",
                "SIM-042", "--out", dir.resolve("y").toString()));
        assertEquals(1, cli.err().strip().split("\\R").length, cli.err());
        assertTrue(cli.err().contains("SIM-042"), cli.err());
        assertTrue(!Files.exists(dir.resolve("y")), "the created output folder is removed again");
        cli.reset();
        assertEquals(1, cli.run("interpret", "--model", dir.toString(), "--data", cycles.toString(), "--cells",
                "SIM-003", "--out", dir.resolve("z").toString()));
        assertTrue(cli.err().contains("is a folder, not a model file"), cli.err());
    }
}
