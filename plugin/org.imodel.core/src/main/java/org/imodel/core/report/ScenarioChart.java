package org.imodel.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The what-if picture, drawn with JFreeChart: per cell one chart of capacity against cycle with the cell's whole true
 * life under each scenario (thin solid lines; they coincide up to "today"), the forecast from today under each
 * scenario (thick dashed, same colour), horizontal lines at the SOH thresholds, a vertical line at today, and a dot
 * where each forecast first reaches a threshold.
 */
public final class ScenarioChart {

    /**
     * One scenario of one cell.
     *
     * @param scenario scenario name (legend)
     * @param firstCycle cycle of {@code truth[0]}
     * @param truth true capacity per cycle (Ah) under this scenario, the whole life
     * @param forecastStart cycle of {@code forecast[0]}
     * @param forecast forecast capacity per cycle (Ah)
     * @param crossings per threshold of the panel, the forecast's crossing cycle (empty: beyond the horizon)
     */
    public record Line(String scenario, int firstCycle, float[] truth, int forecastStart, float[] forecast,
            List<OptionalInt> crossings) {
    }

    /**
     * One chart.
     *
     * @param title e.g. "SIM-012: forecasts from cycle 80"
     * @param today the cycle forecasts start from
     * @param nominalAh the capacity SOH refers to (Ah)
     * @param thresholds SOH thresholds, e.g. 0.8 and 0.7
     * @param lines one per scenario
     */
    public record Panel(String title, int today, double nominalAh, List<Double> thresholds, List<Line> lines) {
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;

    private ScenarioChart() {
    }

    /**
     * @param target PNG file
     * @param panels charts, stacked vertically
     * @throws IOException when the file cannot be written
     */
    public static void write(Path target, List<Panel> panels) throws IOException {
        ChartGrid.writePng(ChartGrid.render(panels.stream().map(ScenarioChart::chart).toList(), 1, WIDTH, HEIGHT),
                target);
    }

    static JFreeChart chart(Panel p) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int s = 0;
        for (int i = 0; i < p.lines().size(); i++) {
            Line line = p.lines().get(i);
            Color color = ChartStyle.color(i);
            data.addSeries(series(line.scenario() + " (true)", line.firstCycle(), line.truth()));
            renderer.setSeriesPaint(s, color);
            renderer.setSeriesStroke(s, new BasicStroke(1.2f));
            s++;
            data.addSeries(series(line.scenario() + " (forecast)", line.forecastStart(), line.forecast()));
            renderer.setSeriesPaint(s, color);
            renderer.setSeriesStroke(s, new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {8f, 5f}, 0f));
            s++;
            XYSeries dots = new XYSeries(line.scenario() + " crossing", false, true);
            for (OptionalInt c : line.crossings()) {
                if (c.isPresent()) {
                    int k = c.getAsInt() - line.forecastStart();
                    dots.add(c.getAsInt(), line.forecast()[k]);
                }
            }
            data.addSeries(dots);
            renderer.setSeriesPaint(s, color);
            renderer.setSeriesLinesVisible(s, false);
            renderer.setSeriesShapesVisible(s, true);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
            renderer.setSeriesVisibleInLegend(s, false);
            s++;
        }
        NumberAxis x = new NumberAxis("cycle");
        NumberAxis y = new NumberAxis("capacity (Ah)");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        for (double t : p.thresholds()) {
            ValueMarker m = new ValueMarker(t * p.nominalAh(), Color.DARK_GRAY, new BasicStroke(1f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 3f}, 0f));
            m.setLabel(String.format(Locale.ROOT, "%.0f %% SOH", 100 * t));
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addRangeMarker(m);
        }
        ValueMarker today = new ValueMarker(p.today(), Color.BLACK, new BasicStroke(1.5f));
        today.setLabel("today");
        today.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        today.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        today.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(today);
        return ChartStyle.chart(p.title(), plot, true);
    }

    private static XYSeries series(String name, int firstCycle, float[] values) {
        XYSeries series = new XYSeries(name, false, true);
        for (int k = 0; k < values.length; k++) {
            if (Float.isFinite(values[k])) {
                series.add(firstCycle + k, values[k]);
            }
        }
        return series;
    }
}
