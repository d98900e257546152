package org.imodel.core.eval;

/**
 * Running sums of forecast errors e = prediction - target (Ah) over one group of points; points whose prediction or
 * target is NaN are left out, as numpy's nanmean does. Percentage errors leave out targets with |target| below
 * 1e-8, as the reference's test() does.
 */
final class ErrorSums {

    private long n;
    private long nPct;
    private double se;
    private double ae;
    private double pe;
    private double sum;

    /**
     * @param prediction predicted value
     * @param target true value
     * @return whether the point was counted (both finite)
     */
    boolean add(double prediction, double target) {
        double e = prediction - target;
        if (Double.isNaN(e)) {
            return false;
        }
        n++;
        se += e * e;
        ae += Math.abs(e);
        sum += e;
        if (Math.abs(target) >= 1e-8) {
            nPct++;
            pe += Math.abs(e) / Math.abs(target);
        }
        return true;
    }

    /** @return points counted */
    long points() {
        return n;
    }

    /** @return sqrt(mean e^2), NaN without points */
    double rmse() {
        return n == 0 ? Double.NaN : Math.sqrt(se / n);
    }

    /** @return mean |e|, NaN without points */
    double mae() {
        return n == 0 ? Double.NaN : ae / n;
    }

    /** @return 100 mean |e| / |target| (%), NaN without points */
    double mape() {
        return nPct == 0 ? Double.NaN : 100 * pe / nPct;
    }

    /** @return mean e (positive: forecasts too high), NaN without points */
    double bias() {
        return n == 0 ? Double.NaN : sum / n;
    }
}
