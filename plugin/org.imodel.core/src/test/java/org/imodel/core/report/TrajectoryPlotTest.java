package org.imodel.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryPlotTest {

    @TempDir
    Path dir;

    @Test
    void writesAPngWithOnePanelPerWindow() throws Exception {
        System.setProperty("java.awt.headless", "true");
        float[] truth = {3.0f, 2.98f, 2.97f, Float.NaN, 2.94f};
        float[] pred = {3.0f, 2.99f, 2.96f, 2.95f, 2.93f};
        Path png = dir.resolve("t.png");
        TrajectoryPlot.write(png, "test", List.of(new TrajectoryPlot.Panel("cell A", 10, truth, pred),
                new TrajectoryPlot.Panel("cell B", 20, truth, pred), new TrajectoryPlot.Panel("cell C", 30, truth,
                        pred), new TrajectoryPlot.Panel("cell D", 40, truth, pred)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3 * 420, image.getWidth());
        assertEquals(40 + 2 * 300, image.getHeight());
        assertNotEquals(image.getRGB(5, 5), image.getRGB(100, 150), "something was drawn");
    }
}
