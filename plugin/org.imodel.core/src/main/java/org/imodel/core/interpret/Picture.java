package org.imodel.core.interpret;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.imodel.core.report.ChartGrid;
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
        return ChartGrid.render(charts(in), columns, panelWidth, panelHeight);
    }

    /**
     * @param in an interpretation
     * @param target the PNG file to write
     * @throws IOException when it cannot be written
     */
    public void write(Interpretation in, Path target) throws IOException {
        ChartGrid.writePng(image(in), target);
    }
}
