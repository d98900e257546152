package org.imodel.core.eval;

/** Running coverage and width sums of a band over one group of points (NaN target or edge: left out). */
final class BandSums {

    private long n;
    private long inside;
    private double width;

    /**
     * @param low lower band edge
     * @param high upper band edge
     * @param target true value
     */
    void add(double low, double high, double target) {
        if (Double.isNaN(low) || Double.isNaN(high) || Double.isNaN(target)) {
            return;
        }
        n++;
        width += high - low;
        if (low <= target && target <= high) {
            inside++;
        }
    }

    /** @return the metrics of the points added */
    BandMetrics result() {
        return n == 0 ? new BandMetrics(0, Double.NaN, Double.NaN) : new BandMetrics(n, inside / (double) n, width / n);
    }
}
