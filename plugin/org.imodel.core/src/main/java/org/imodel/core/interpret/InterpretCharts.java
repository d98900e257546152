package org.imodel.core.interpret;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The charts of {@link Picture}, built with JFreeChart from an interpretation. */
final class InterpretCharts {

    private static final Color BACKGROUND = new Color(245, 245, 245);

    private InterpretCharts() {
    }

    /**
     * Per cell: gate weights as blocks (x start cycle, y expert), colour = weight on the reference's palette, spread
     * over the range of all gates shown (as the reference's heatmap does), the same for every cell.
     */
    static List<JFreeChart> heatmaps(Interpretation in) {
        List<JFreeChart> charts = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (WindowGates w : in.windows()) {
            if (w.hasGates()) {
                for (float g : w.gates()) {
                    lo = Math.min(lo, g);
                    hi = Math.max(hi, g);
                }
            }
        }
        for (String cell : in.cells()) {
            List<WindowGates> windows = in.windowsOf(cell).stream().filter(WindowGates::hasGates).toList();
            int n = windows.size() * in.experts();
            double[][] xyz = new double[3][n];
            int k = 0;
            for (WindowGates w : windows) {
                for (int e = 0; e < in.experts(); e++) {
                    xyz[0][k] = w.startCycle();
                    xyz[1][k] = e;
                    xyz[2][k] = w.gates()[e];
                    k++;
                }
            }
            DefaultXYZDataset data = new DefaultXYZDataset();
            data.addSeries("gates", xyz);
            XYBlockRenderer renderer = new XYBlockRenderer();
            GatePalette palette = new GatePalette(lo, hi);
            renderer.setPaintScale(palette);
            renderer.setBlockWidth(cycleStep(windows));
            NumberAxis x = new NumberAxis("start cycle");
            x.setAutoRangeIncludesZero(false);
            XYPlot plot = new XYPlot(data, x, expertAxis(in.experts()), renderer);
            plot.setBackgroundPaint(Color.WHITE);
            JFreeChart chart = new JFreeChart("Gate weights: " + cell, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
            chart.addSubtitle(legend(palette, "gate weight"));
            chart.setBackgroundPaint(Color.WHITE);
            charts.add(chart);
        }
        return charts;
    }

    /** Per cell: each expert's weight against the start cycle. */
    static List<JFreeChart> trajectories(Interpretation in) {
        List<JFreeChart> charts = new ArrayList<>();
        for (String cell : in.cells()) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            for (int e = 0; e < in.experts(); e++) {
                XYSeries s = new XYSeries("expert " + e, false, true);
                for (WindowGates w : in.windowsOf(cell)) {
                    if (w.hasGates()) {
                        s.add(w.startCycle(), w.gates()[e]);
                    }
                }
                data.addSeries(s);
                renderer.setSeriesPaint(e, GatePalette.expert(e));
                renderer.setSeriesStroke(e, new BasicStroke(1.6f));
            }
            NumberAxis x = new NumberAxis("start cycle");
            x.setAutoRangeIncludesZero(false);
            NumberAxis y = new NumberAxis("gate weight");
            y.setRange(0, 1);
            charts.add(chart("Gate trajectory: " + cell, new XYPlot(data, x, y, renderer), true));
        }
        return charts;
    }

    /** One chart: each expert's prototype trend against the step of the horizon. */
    static List<JFreeChart> prototypes(Interpretation in) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int s = 0;
        for (ExpertProfile p : in.profiles()) {
            if (p.prototype().length == 0) {
                continue;
            }
            XYSeries series = new XYSeries(String.format(Locale.ROOT, "expert %d (%.0f %% of windows, life %.2f-%.2f)",
                    p.expert(), 100 * p.share(), p.lifeMin(), p.lifeMax()), false, true);
            for (int t = 0; t < p.prototype().length; t++) {
                series.add(t, p.prototype()[t]);
            }
            data.addSeries(series);
            renderer.setSeriesPaint(s, GatePalette.expert(p.expert()));
            renderer.setSeriesStroke(s, new BasicStroke(2.2f));
            s++;
        }
        NumberAxis x = new NumberAxis("step of the horizon (cycles ahead)");
        NumberAxis y = new NumberAxis("expert output (trend fed to the BiLSTM)");
        y.setAutoRangeIncludesZero(false);
        return List.of(chart("Expert prototypes: each expert on the mean curve of the windows it dominates",
                new XYPlot(data, x, y, renderer), true));
    }

    /** The joint gate map: all cells, then each cell, on the same axes, coloured by life position. */
    static List<JFreeChart> maps(Interpretation in) {
        double[] range = mapRange(in.windows());
        List<JFreeChart> charts = new ArrayList<>();
        charts.add(map(in, "all cells", in.windows(), range));
        for (String cell : in.cells()) {
            charts.add(map(in, cell, in.windowsOf(cell), range));
        }
        return charts;
    }

    private static JFreeChart map(Interpretation in, String name, List<WindowGates> windows, double[] range) {
        List<WindowGates> placed = windows.stream().filter(WindowGates::hasGates).toList();
        double[][] xyz = new double[3][placed.size()];
        for (int i = 0; i < placed.size(); i++) {
            xyz[0][i] = placed.get(i).map()[0];
            xyz[1][i] = placed.get(i).map()[1];
            xyz[2][i] = placed.get(i).lifePosition();
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("windows", xyz);
        XYShapeRenderer renderer = new XYShapeRenderer();
        GatePalette palette = new GatePalette(0, 1);
        renderer.setPaintScale(palette);
        renderer.setDefaultShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setDrawOutlines(false);
        GateMap m = in.map();
        NumberAxis x = new NumberAxis(String.format(Locale.ROOT, "map x (gate PC 1, %.0f %% of variance)",
                100 * m.explained()[0]));
        NumberAxis y = new NumberAxis(String.format(Locale.ROOT, "map y (gate PC 2, %.0f %% of variance)",
                100 * m.explained()[1]));
        x.setRange(range[0], range[1]);
        y.setRange(range[2], range[3]);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = chart("Joint gate map: " + name, plot, false);
        chart.addSubtitle(legend(palette, "life position"));
        return chart;
    }

    private static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static PaintScaleLegend legend(GatePalette palette, String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(palette.getLowerBound(), palette.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(palette, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(4, 4, 4, 4);
        return legend;
    }

    private static SymbolAxis expertAxis(int experts) {
        String[] names = new String[experts];
        for (int e = 0; e < experts; e++) {
            names[e] = "expert " + e;
        }
        SymbolAxis axis = new SymbolAxis("expert", names);
        axis.setGridBandsVisible(false);
        return axis;
    }

    /** The typical cycle step between consecutive windows of a cell (the median; 1 for a single window). */
    private static double cycleStep(List<WindowGates> windows) {
        if (windows.size() < 2) {
            return 1;
        }
        double[] steps = new double[windows.size() - 1];
        for (int i = 1; i < windows.size(); i++) {
            steps[i - 1] = Math.max(1, windows.get(i).startCycle() - windows.get(i - 1).startCycle());
        }
        Arrays.sort(steps);
        return steps[steps.length / 2];
    }

    /** Axis ranges of the map with 5 % padding: x min, x max, y min, y max. */
    private static double[] mapRange(List<WindowGates> windows) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (WindowGates w : windows) {
            if (w.hasGates()) {
                r[0] = Math.min(r[0], w.map()[0]);
                r[1] = Math.max(r[1], w.map()[0]);
                r[2] = Math.min(r[2], w.map()[1]);
                r[3] = Math.max(r[3], w.map()[1]);
            }
        }
        for (int k = 0; k < 4; k += 2) {
            double pad = Math.max(1e-3, (r[k + 1] - r[k]) * 0.05);
            r[k] -= pad;
            r[k + 1] += pad;
        }
        return r;
    }
}
