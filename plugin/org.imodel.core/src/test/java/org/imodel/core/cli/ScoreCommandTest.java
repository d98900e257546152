package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.imodel.core.eval.CsvTableRows;
import org.imodel.core.eval.ForecastReader;
import org.imodel.core.eval.ForecastScorer;
import org.imodel.core.eval.ScoreTables;
import org.imodel.core.eval.ScoredForecast;
import org.imodel.core.eval.Scores;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.progress.Progress;
import org.imodel.core.table.ColumnDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code imodel score}: outputs equal the engine's, bad input is one line and leaves outputs untouched. */
class ScoreCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private static final String IMODEL = "cell_id,start_row,cycle_count,predicted_capacity_ah,target_capacity_ah\n"
            + "a,0,10,\"[1.0, 0.9, 0.8]\",\"[1.0, 0.95, 0.7]\"\n"
            + "a,1,11,\"[0.95, 0.85, 0.76]\",\"[0.95, 0.7, NaN]\"\n"
            + "b,0,1,\"[2.0, 1.5, 1.4]\",\"[2.0, 1.8, 1.7]\"\n";
    private static final String POLY = IMODEL.replace("[1.0, 0.9, 0.8]", "[1.0, 0.96, 0.72]")
            .replace("[0.95, 0.85, 0.76]", "[0.95, 0.72, 0.69]");

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void twoMethodsSideBySide() throws Exception {
        Path a = write("imodel.csv", IMODEL);
        Path b = write("poly.csv", POLY);
        Path steps = dir.resolve("steps.csv");
        Path cells = dir.resolve("cells.csv");
        Path crossings = dir.resolve("crossings.csv");
        Path metrics = dir.resolve("m.json");
        Path chart = dir.resolve("error.png");
        assertEquals(0, cli.run("score", "--forecasts", a.toString(), "--forecasts", b.toString(), "--label",
                "iMODEL,polynomial", "--out", steps.toString(), "--per-cell", cells.toString(), "--crossings",
                crossings.toString(), "--metrics", metrics.toString(), "--chart", chart.toString()), cli.err());
        List<ScoredForecast> fs = new ArrayList<>();
        try (CsvTableRows rows = new CsvTableRows(a)) {
            fs.addAll(ForecastReader.read(rows, "iMODEL", null, null));
        }
        try (CsvTableRows rows = new CsvTableRows(b)) {
            fs.addAll(ForecastReader.read(rows, "polynomial", null, null));
        }
        Scores s = ForecastScorer.score(fs, ForecastScorer.DEFAULT_THRESHOLDS, Progress.NONE);
        assertEquals(csv(ScoreTables.STEP_COLUMNS, ScoreTables.stepRows(s)), Files.readString(steps));
        assertEquals(csv(ScoreTables.CELL_COLUMNS, ScoreTables.cellRows(s)), Files.readString(cells));
        assertEquals(csv(ScoreTables.CROSSING_COLUMNS, ScoreTables.crossingRows(s)), Files.readString(crossings));
        JsonObject json = JsonParser.parseString(Files.readString(metrics)).getAsJsonObject();
        JsonObject poly = json.getAsJsonObject("methods").getAsJsonObject("polynomial");
        // polynomial errors: a 0, 0.01, 0.02 | 0, 0.02 | b 0, -0.3, -0.3 (hand computed)
        assertEquals(Math.sqrt((0.0001 + 0.0004 + 0.0004 + 0.09 + 0.09) / 8), poly.get("pooled_rmse").getAsDouble(),
                1e-12);
        assertTrue(poly.get("band_coverage").isJsonNull(), "no band columns");
        // nominal: the cells' earliest targets 1.0 and 2.0 Ah; at 0.8 both windows of a cross at their true cycle
        // and b's forecast crosses while its truth does not; at 0.7 the first window's forecast stays at 0.72
        JsonObject at80 = poly.getAsJsonObject("crossing").getAsJsonObject("0.8");
        assertEquals(2, at80.get("both_cross").getAsInt());
        assertEquals(0.0, at80.get("crossing_mae_cycles").getAsDouble());
        assertEquals(1, at80.get("true_beyond").getAsInt());
        JsonObject at70 = poly.getAsJsonObject("crossing").getAsJsonObject("0.7");
        assertEquals(1, at70.get("both_cross").getAsInt());
        assertEquals(1.0, at70.get("crossing_bias_cycles").getAsDouble(), "forecast cycle 13, true cycle 12");
        assertEquals(1, at70.get("forecast_beyond").getAsInt());
        assertEquals(1, at70.get("true_beyond").getAsInt());
        assertEquals(3, json.getAsJsonObject("methods").getAsJsonObject("iMODEL").getAsJsonArray("per_step").size());
        BufferedImage png = ImageIO.read(chart.toFile());
        assertEquals(1120, png.getWidth());
        assertEquals(420, png.getHeight());
        assertTrue(cli.out().contains("iMODEL: 3 forecasts, 8 points"), cli.out());
        assertTrue(cli.out().contains("polynomial: 3 forecasts, 8 points"), cli.out());
    }

    @Test
    void trajectoryTableWithMeasuredCycles() throws Exception {
        Path f = write("long.csv", "cell_id,scenario,cycle_count,step,predicted_capacity_ah,soh\n"
                + "x,s,20,0,1.6,0.8\nx,s,21,1,1.5,0.75\nx,s,22,2,1.4,0.7\n");
        Path m = write("cycles.csv", "cell_id,cycle_count,discharge_capacity_ah\nx,1,2.0\nx,20,1.62\nx,21,1.55\n");
        Path steps = dir.resolve("steps.csv");
        assertEquals(0, cli.run("score", "--forecasts", f.toString(), "--measured", m.toString(), "--out",
                steps.toString(), "--label", "long"), cli.err());
        List<String> lines = Files.readAllLines(steps);
        assertEquals(4, lines.size());
        assertEquals("long,1,1,", lines.get(1).substring(0, 9));
        assertEquals("long,3,0,NaN,NaN,NaN,NaN,,,", lines.get(3), "cycle 22 is not measured");
        assertTrue(cli.out().contains("long: 1 forecasts, 2 points"), cli.out());
    }

    @Test
    void badInputIsOneLineAndLeavesOutputsUntouched() throws Exception {
        Path f = write("f.csv", IMODEL.replace("\"[0.95, 0.7, NaN]\"", "\"[0.95, 0.7]\""));
        Path cells = write("cells.csv", "earlier output\n");
        Path chart = write("error.png", "earlier chart");
        assertEquals(1, cli.run("score", "--forecasts", f.toString(), "--per-cell", cells.toString(), "--chart",
                chart.toString()));
        assertEquals("imodel score: " + f + ", line 3, column 'target_capacity_ah': the list has 2 values but"
                + " predicted_capacity_ah has 3. Give one value per forecast step (NaN where unknown).\n", cli.err());
        assertEquals("earlier output\n", Files.readString(cells));
        assertEquals("earlier chart", Files.readString(chart));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file left");
        }
        cli.reset();
        Path noTarget = write("nt.csv", "cell_id,cycle_count,predicted_capacity_ah\na,1,[1.0]\n");
        assertEquals(1, cli.run("score", "--forecasts", noTarget.toString(), "--per-cell", cells.toString()));
        assertTrue(cli.err().startsWith("imodel score: " + noTarget + ": has no column 'target_capacity_ah'"),
                cli.err());
        assertEquals("earlier output\n", Files.readString(cells));
    }

    @Test
    void wrongUsageIsExitTwo() throws Exception {
        Path f = write("f.csv", IMODEL);
        assertEquals(2, cli.run("score", "--forecasts", f.toString(), "--label", "a,b"));
        assertTrue(cli.err().contains("--label has 2 name(s) for 1 --forecasts file(s)"), cli.err());
        cli.reset();
        assertEquals(2, cli.run("score", "--forecasts", f.toString(), "--threshold", "80"));
        assertTrue(cli.err().contains("--threshold 80.0 is not an SOH fraction"), cli.err());
        cli.reset();
        assertEquals(1, cli.run("score", "--forecasts", dir.resolve("none.csv").toString()));
        assertTrue(cli.err().contains("none.csv does not exist"), cli.err());
        cli.reset();
        assertEquals(1, cli.run("score", "--forecasts", f.toString(), "--out", f.toString()));
        assertTrue(cli.err().contains("is also an input"), cli.err());
        assertArrayEquals(IMODEL.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(f));
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
}
