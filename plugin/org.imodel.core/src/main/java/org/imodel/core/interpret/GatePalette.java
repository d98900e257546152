package org.imodel.core.interpret;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * The reference's five-colour gradient (#403990, #80A6E2, #FBBD85, #F46F43, #CF3D3E) as a JFreeChart paint scale
 * from a lower to an upper bound, linearly interpolated between the colours; its colours also tell the experts apart.
 */
final class GatePalette implements PaintScale {

    /** The five colours, low to high. */
    static final Color[] COLORS = {new Color(0x403990), new Color(0x80A6E2), new Color(0xFBBD85),
        new Color(0xF46F43), new Color(0xCF3D3E)};

    private final double lower;
    private final double upper;

    /**
     * @param lower value of the first colour
     * @param upper value of the last colour (above lower)
     */
    GatePalette(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double v = Double.isFinite(value) ? Math.max(0, Math.min(1, (value - lower) / (upper - lower))) : 0;
        double x = v * (COLORS.length - 1);
        int i = Math.min(COLORS.length - 2, (int) Math.floor(x));
        double f = x - i;
        Color a = COLORS[i];
        Color b = COLORS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    /**
     * @param expert expert index
     * @return its colour
     */
    static Color expert(int expert) {
        return COLORS[expert % COLORS.length];
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
