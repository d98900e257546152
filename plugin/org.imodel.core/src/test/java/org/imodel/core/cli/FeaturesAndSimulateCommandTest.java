package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesAndSimulateCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();


    @Test
    void featuresOfAUlFileMatchTheWorkedNumbersInAh() throws Exception {
        Path file = SharedData.require("data/UL-NCA/CY25-1_1-#1.csv");
        Path out = dir.resolve("f.csv");
        assertEquals(0, cli.run("features", file.toString(), "--out", out.toString()), cli.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(33, lines.size());
        String[] header = lines.get(0).split(",");
        assertEquals(List.of("cell", "row", "cycle", "relax_mean"), List.of(header).subList(0, 4));
        assertEquals(3 + 12 + 50, header.length);
        String[] row = lines.get(1).split(",");
        assertEquals("CY25-1_1-#1", row[0]);
        assertEquals(4.162776066666667, Double.parseDouble(row[3]), 1e-15);
        assertEquals(953.4527389192996 / 1000, Double.parseDouble(row[9]), 1e-12, "ci_mean in Ah");
        assertEquals(357893.0757679899 / 1e6, Double.parseDouble(row[12]), 1e-12, "ci_var in Ah^2");
        assertEquals(3.7106606606606607, Double.parseDouble(row[14]), 0, "v_at_rise");
    }

    @Test
    void socSettingTrimsTheCurveAndTpslHasSixFeatures() throws Exception {
        Path file = SharedData.require("data/UL-NCA/CY25-1_1-#1.csv");
        Path out = dir.resolve("f30.csv");
        assertEquals(0, cli.run("features", file.toString(), "--soc", "30", "--out", out.toString()), cli.err());
        String[] row = Files.readAllLines(out).get(1).split(",");
        assertEquals(0.0, Double.parseDouble(row[15 + 10]), "first 11 CI points are 0 at soc 30");
        assertEquals(664.561648668505 / 1000, Double.parseDouble(row[9]), 1e-12);
        Path tpsl = SharedData.require("data/TPSL-Fixed");
        Path outT = dir.resolve("t.csv");
        assertEquals(0, cli.run("features", tpsl.toString(), "--out", outT.toString()), cli.err());
        assertEquals(3 + 6 + 50, Files.readAllLines(outT).get(0).split(",").length);
        assertEquals(2, cli.run("features", file.toString(), "--soc", "35", "--out", out.toString()));
    }

    @Test
    void simulatedCellsGoThroughTheCanonicalTableIntoFeatures() throws Exception {
        Path cycles = dir.resolve("sim.csv");
        assertEquals(0, cli.run("simulate", "--cells", "2", "--cycles", "30", "--seed", "7", "--out", cycles.toString()),
                cli.err());
        assertEquals(61, Files.readAllLines(cycles).size());
        Path features = dir.resolve("sf.csv");
        assertEquals(0, cli.run("features", cycles.toString(), "--out", features.toString()), cli.err());
        List<String> lines = Files.readAllLines(features);
        assertEquals(61, lines.size());
        assertTrue(lines.get(1).startsWith("SIM-001,0,1,"), lines.get(1));
    }
}
