package org.imodel.core.features;

/** The parity criterion of the brief: |a - b| <= 1e-12 + 1e-9 |b| and the same NaN pattern. */
final class Tolerance {

    static final double ABSOLUTE = 1e-12;
    static final double RELATIVE = 1e-9;

    private Tolerance() {
    }

    static boolean close(double actual, double expected) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        return Math.abs(actual - expected) <= ABSOLUTE + RELATIVE * Math.abs(expected);
    }

    /** @return |a - b| / |b|, or |a - b| when b is 0; 0 for two NaN */
    static double relativeError(double actual, double expected) {
        if (Double.isNaN(expected) && Double.isNaN(actual)) {
            return 0;
        }
        double d = Math.abs(actual - expected);
        return expected == 0 ? d : d / Math.abs(expected);
    }
}
