package org.imodel.core.report;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.imodel.core.eval.Scores;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Error against horizon step, drawn with JFreeChart: MAPE (%) and RMSE (Ah) at each step, one line per method, two
 * panels side by side (the scorer's per-step table as a picture).
 */
public final class ErrorChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 420;

    private ErrorChart() {
    }

    /**
     * @param steps per-step scores of one or more methods
     * @return the picture
     */
    public static BufferedImage image(List<Scores.Step> steps) {
        Map<String, List<Scores.Step>> byMethod = new LinkedHashMap<>();
        steps.forEach(s -> byMethod.computeIfAbsent(s.method(), m -> new ArrayList<>()).add(s));
        return ChartGrid.render(List.of(chart("MAPE against horizon step", "MAPE (%)", byMethod, Scores.Step::mape),
                chart("RMSE against horizon step", "RMSE (Ah)", byMethod, Scores.Step::rmse)), 2, WIDTH, HEIGHT);
    }

    static JFreeChart chart(String title, String unit, Map<String, List<Scores.Step>> byMethod,
            ToDoubleFunction<Scores.Step> value) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int i = 0;
        for (Map.Entry<String, List<Scores.Step>> e : byMethod.entrySet()) {
            XYSeries series = new XYSeries(e.getKey(), false, true);
            for (Scores.Step s : e.getValue()) {
                double v = value.applyAsDouble(s);
                if (Double.isFinite(v)) {
                    series.add(s.step(), v);
                }
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesShapesVisible(i, series.getItemCount() <= 30);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
            i++;
        }
        NumberAxis x = new NumberAxis("horizon step (cycles ahead; 1 = start cycle)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(unit);
        y.setAutoRangeIncludesZero(true);
        return ChartStyle.chart(title, new XYPlot(data, x, y, renderer), true);
    }
}
