package org.imodel.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Draws predicted against true capacity trajectories, one small panel per window, into a PNG (headless Java 2D,
 * no extra library).
 */
public final class TrajectoryPlot {

    /**
     * One panel.
     *
     * @param title panel title, e.g. "SIM-007 from cycle 120"
     * @param startCycle cycle of the first point
     * @param truth true capacities (Ah); NaN points are not drawn
     * @param prediction predicted capacities (Ah)
     */
    public record Panel(String title, int startCycle, float[] truth, float[] prediction) {
    }

    private static final int PANEL_W = 420;
    private static final int PANEL_H = 300;
    private static final int MARGIN = 52;
    private static final Color TRUTH = new Color(30, 30, 30);
    private static final Color PREDICTION = new Color(214, 90, 20);

    private TrajectoryPlot() {
    }

    /**
     * @param target PNG file
     * @param heading figure heading
     * @param panels panels, drawn in rows of three
     * @throws IOException when the file cannot be written
     */
    public static void write(Path target, String heading, List<Panel> panels) throws IOException {
        int columns = Math.min(3, Math.max(1, panels.size()));
        int rows = (panels.size() + columns - 1) / columns;
        BufferedImage image = new BufferedImage(columns * PANEL_W, 40 + Math.max(1, rows) * PANEL_H,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(TRUTH);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(heading, 12, 26);
            for (int i = 0; i < panels.size(); i++) {
                draw(g, panels.get(i), (i % columns) * PANEL_W, 40 + (i / columns) * PANEL_H);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", target.toFile());
    }

    private static void draw(Graphics2D g, Panel p, int x0, int y0) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float[] series : new float[][] {p.truth(), p.prediction()}) {
            for (float v : series) {
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi >= lo)) {
            lo = 0;
            hi = 1;
        }
        double pad = Math.max(1e-3, (hi - lo) * 0.08);
        lo -= pad;
        hi += pad;
        int n = Math.max(p.truth().length, p.prediction().length);
        int left = x0 + MARGIN;
        int right = x0 + PANEL_W - 16;
        int top = y0 + 28;
        int bottom = y0 + PANEL_H - 40;
        g.setColor(new Color(235, 235, 235));
        g.fillRect(left, top, right - left, bottom - top);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setColor(TRUTH);
        g.drawString(p.title(), left, y0 + 18);
        for (int k = 0; k <= 4; k++) {
            double v = lo + (hi - lo) * k / 4;
            int y = bottom - (int) Math.round((bottom - top) * k / 4.0);
            g.drawString(String.format(Locale.ROOT, "%.3f", v), x0 + 4, y + 4);
        }
        g.drawString("cycle " + p.startCycle(), left, bottom + 16);
        g.drawString("+" + (n - 1), right - 24, bottom + 16);
        g.drawString("capacity (Ah)", x0 + 4, bottom + 32);
        line(g, p.truth(), TRUTH, left, right, top, bottom, lo, hi, n);
        line(g, p.prediction(), PREDICTION, left, right, top, bottom, lo, hi, n);
        g.setColor(TRUTH);
        g.drawString("true", right - 90, bottom + 32);
        g.setColor(PREDICTION);
        g.drawString("predicted", right - 60, bottom + 32);
    }

    private static void line(Graphics2D g, float[] series, Color color, int left, int right, int top, int bottom,
            double lo, double hi, int n) {
        Path2D.Double path = new Path2D.Double();
        boolean started = false;
        for (int i = 0; i < series.length; i++) {
            if (!Float.isFinite(series[i])) {
                started = false;
                continue;
            }
            double x = left + (right - left) * (n == 1 ? 0.5 : i / (double) (n - 1));
            double y = bottom - (bottom - top) * (series[i] - lo) / (hi - lo);
            if (started) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                started = true;
            }
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        g.draw(path);
    }
}
