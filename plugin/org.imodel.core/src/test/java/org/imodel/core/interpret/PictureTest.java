package org.imodel.core.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.SimulatedCells;
import org.imodel.core.training.TrainedModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four pictures: titles, axis labels and legends on the charts; PNG files of the right size with content. */
class PictureTest {

    private static final List<String> CELLS = List.of("SIM-004", "SIM-005");

    @TempDir
    static Path dir;

    private static Interpretation in;

    @BeforeAll
    static void interpret() throws Exception {
        try (TrainedModel model = ImodelTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, SimulatedCells.quick(2), null, null)) {
            List<CycleRecord> rows = SimulatedCells.rows().stream().filter(r -> CELLS.contains(r.cellId())).toList();
            in = ExpertInterpreter.interpret(model, rows, new InterpretSettings(99, 1), Progress.NONE);
        }
    }

    @Test
    void heatmapHasOnePanelPerCellOnTheReferencePaletteWithTitlesAndAxes() {
        List<JFreeChart> charts = Picture.GATE_HEATMAP.charts(in);
        assertEquals(CELLS.size(), charts.size());
        for (int i = 0; i < charts.size(); i++) {
            JFreeChart c = charts.get(i);
            assertEquals("Gate weights: " + CELLS.get(i), c.getTitle().getText());
            XYPlot plot = c.getXYPlot();
            assertEquals("start cycle", plot.getDomainAxis().getLabel());
            assertEquals("expert", plot.getRangeAxis().getLabel());
            PaintScaleLegend legend = (PaintScaleLegend) c.getSubtitle(0);
            assertEquals("gate weight", legend.getAxis().getLabel());
            assertEquals(GatePalette.COLORS[0], legend.getScale().getPaint(legend.getScale().getLowerBound()));
            assertEquals(GatePalette.COLORS[4], legend.getScale().getPaint(legend.getScale().getUpperBound()));
        }
    }

    @Test
    void trajectoriesPrototypesAndMapsAreLabelled() {
        List<JFreeChart> trajectories = Picture.GATE_TRAJECTORIES.charts(in);
        assertEquals(CELLS.size(), trajectories.size());
        assertEquals("Gate trajectory: SIM-004", trajectories.get(0).getTitle().getText());
        assertEquals("gate weight", trajectories.get(0).getXYPlot().getRangeAxis().getLabel());
        assertEquals(in.experts(), trajectories.get(0).getXYPlot().getDataset().getSeriesCount());

        JFreeChart prototypes = Picture.EXPERT_PROTOTYPES.charts(in).get(0);
        assertTrue(prototypes.getTitle().getText().startsWith("Expert prototypes"));
        assertEquals("step of the horizon (cycles ahead)", prototypes.getXYPlot().getDomainAxis().getLabel());
        long used = in.profiles().stream().filter(p -> p.windows() > 0).count();
        assertEquals(used, prototypes.getXYPlot().getDataset().getSeriesCount());

        List<JFreeChart> maps = Picture.GATE_MAP.charts(in);
        assertEquals(1 + CELLS.size(), maps.size());
        assertEquals("Joint gate map: all cells", maps.get(0).getTitle().getText());
        for (JFreeChart m : maps) {
            XYPlot plot = m.getXYPlot();
            assertTrue(plot.getDomainAxis().getLabel().startsWith("map x (gate PC 1"));
            assertTrue(plot.getRangeAxis().getLabel().startsWith("map y (gate PC 2"));
            assertEquals(maps.get(0).getXYPlot().getDomainAxis().getRange(), plot.getDomainAxis().getRange(),
                    "same axes for every cell");
            assertEquals("life position", ((PaintScaleLegend) m.getSubtitle(0)).getAxis().getLabel());
        }
    }

    @Test
    void everyPictureIsAPngOfTheExpectedSizeWithContent() throws Exception {
        int[][] sizes = {{900, 2 * 220}, {2 * 560, 320}, {900, 480}, {2 * 560, 2 * 460}};
        Picture[] pictures = Picture.values();
        for (int i = 0; i < pictures.length; i++) {
            Path file = dir.resolve(pictures[i].fileName());
            pictures[i].write(in, file);
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image, file + " is a readable PNG");
            assertEquals(sizes[i][0], image.getWidth(), pictures[i].name());
            assertEquals(sizes[i][1], image.getHeight(), pictures[i].name());
            Set<Integer> colours = new HashSet<>();
            long white = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    white += rgb == 0xFFFFFF ? 1 : 0;
                }
            }
            long sampled = (long) ((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2);
            assertTrue(colours.size() > 30, pictures[i] + " has " + colours.size() + " colours");
            assertTrue(white < 0.9 * sampled, pictures[i] + " is mostly blank");
        }
    }
}
