package org.imodel.core.interpret;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;

/**
 * The pictures of an interpretation, each a grid of JFreeChart charts rendered into one PNG image: the gate heatmap
 * per cell, the gate trajectories per cell, the expert prototypes and the joint gate map (all cells, then per cell on
 * the same axes).
 */
public enum Picture {

    /** Gate weights of every window as a heatmap, one panel per cell. */
    GATE_HEATMAP("gate-heatmap.png", 1, 900, 220, InterpretCharts::heatmaps),
    /** Gate weights over each cell's life, one panel per cell. */
    GATE_TRAJECTORIES("gate-trajectories.png", 2, 560, 320, InterpretCharts::trajectories),
    /** Each expert's prototype trend. */
    EXPERT_PROTOTYPES("expert-prototypes.png", 1, 900, 480, InterpretCharts::prototypes),
    /** The joint gate map coloured by life position: all cells, then each cell on the same axes. */
    GATE_MAP("gate-map.png", 2, 560, 460, InterpretCharts::maps);

    private final String fileName;
    private final int columns;
    private final int panelWidth;
    private final int panelHeight;
    private final Function<Interpretation, List<JFreeChart>> charts;

    Picture(String fileName, int columns, int panelWidth, int panelHeight,
            Function<Interpretation, List<JFreeChart>> charts) {
        this.fileName = fileName;
        this.columns = columns;
        this.panelWidth = panelWidth;
        this.panelHeight = panelHeight;
        this.charts = charts;
    }

    /** @return the file name the command line writes it to */
    public String fileName() {
        return fileName;
    }

    /**
     * @param in an interpretation
     * @return the picture's charts, in panel order (titles and axis labels set); JFreeChart is embedded in this
     *         bundle, so only the rendered {@link #image} is public
     */
    List<JFreeChart> charts(Interpretation in) {
        return charts.apply(in);
    }

    /**
     * @param in an interpretation
     * @return the picture, its charts in a grid
     */
    public BufferedImage image(Interpretation in) {
        List<JFreeChart> panels = charts(in);
        int cols = Math.min(columns, Math.max(1, panels.size()));
        int rows = (panels.size() + cols - 1) / cols;
        BufferedImage image = new BufferedImage(cols * panelWidth, Math.max(1, rows) * panelHeight,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < panels.size(); i++) {
                panels.get(i).draw(g, new Rectangle2D.Double((i % cols) * panelWidth, (i / cols) * panelHeight,
                        panelWidth, panelHeight));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @param in an interpretation
     * @param target the PNG file to write
     * @throws IOException when it cannot be written
     */
    public void write(Interpretation in, Path target) throws IOException {
        if (!ImageIO.write(image(in), "png", target.toFile())) {
            throw new IOException("no PNG writer is available for " + target);
        }
    }
}
