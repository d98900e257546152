package org.imodel.core.report;

import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** The look shared by our JFreeChart charts: series colours, plot background and grid, title font. */
final class ChartStyle {

    /** Series colours, in order (matplotlib's first five). */
    static final Color[] COLORS = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44),
        new Color(148, 103, 189), new Color(255, 127, 14)};

    private ChartStyle() {
    }

    /**
     * @param i series index
     * @return its colour (the palette repeats)
     */
    static Color color(int i) {
        return COLORS[i % COLORS.length];
    }

    /**
     * @param title chart title
     * @param plot the plot, styled here (light grey background, grey grid lines)
     * @param legend whether to show a legend
     * @return the chart on white
     */
    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(new Color(245, 245, 245));
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
