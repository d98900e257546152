package org.imodel.core.interpret;

/**
 * Shape of a capacity segment of P cycles (a window's true or predicted capacities), from a least-squares quadratic
 * {@code c(t) = a + b·t + q·t²} over the window's steps t, centred on the window's middle step.
 *
 * @param slope {@code b}: the mean fade rate over the window in mAh per step (negative when the capacity falls); one
 *        step is one row of the cell, i.e. one cycle where no cycle was dropped
 * @param curvature {@code 2q}: the change of that rate in mAh per step² (negative: the fade accelerates)
 */
public record TrendGeometry(double slope, double curvature) {

    /** Geometry of a segment that cannot be fitted (a missing value in it). */
    public static final TrendGeometry MISSING = new TrendGeometry(Double.NaN, Double.NaN);
}
