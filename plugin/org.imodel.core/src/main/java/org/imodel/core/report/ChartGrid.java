package org.imodel.core.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;

/** Renders JFreeChart charts as a grid of equal panels on a white image, and writes images as PNG. */
public final class ChartGrid {

    private ChartGrid() {
    }

    /**
     * @param charts the charts, filled in row by row
     * @param columns panels per row (fewer when there are fewer charts)
     * @param panelWidth width of a panel in pixels
     * @param panelHeight height of a panel in pixels
     * @return the image
     */
    public static BufferedImage render(List<JFreeChart> charts, int columns, int panelWidth, int panelHeight) {
        int cols = Math.min(columns, Math.max(1, charts.size()));
        int rows = (charts.size() + cols - 1) / cols;
        BufferedImage image = new BufferedImage(cols * panelWidth, Math.max(1, rows) * panelHeight,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).draw(g, new Rectangle2D.Double((i % cols) * panelWidth, (i / cols) * panelHeight,
                        panelWidth, panelHeight));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @param image an image
     * @param target the PNG file to write
     * @throws IOException when it cannot be written
     */
    public static void writePng(BufferedImage image, Path target) throws IOException {
        if (!ImageIO.write(image, "png", target.toFile())) {
            throw new IOException("no PNG writer is available for " + target);
        }
    }
}
