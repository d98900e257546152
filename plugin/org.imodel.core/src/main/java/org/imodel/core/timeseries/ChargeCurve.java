package org.imodel.core.timeseries;

import java.util.Arrays;

import org.imodel.core.data.VoltageGrid;

/**
 * The capacity-increment curve of one charge segment: the charge capacity as a function of the voltage,
 * interpolated linearly onto a uniform voltage grid, minus its value at the first grid voltage (as the reference
 * does with np.interp). The voltage must increase for the interpolation to mean anything, so the curve is built on
 * the running maximum of the voltage: a sample below an earlier voltage is skipped, equal voltages share the mean
 * capacity. The largest such decrease is reported so the caller can warn or drop.
 */
final class ChargeCurve {

    final double[] volts;
    final double[] charge;
    final int points;
    /** Largest voltage decrease below the running maximum (V). */
    final double maxDrop;
    /** Line of the sample with the largest decrease, 0 when none. */
    final long dropLine;

    private ChargeCurve(double[] volts, double[] charge, int points, double maxDrop, long dropLine) {
        this.volts = volts;
        this.charge = charge;
        this.points = points;
        this.maxDrop = maxDrop;
        this.dropLine = dropLine;
    }

    /**
     * @param v voltages
     * @param q cumulative charge (Ah)
     * @param lines sample lines
     * @param from first sample (its voltage at or below the grid start)
     * @param to last sample (its voltage at or above the grid end), inclusive
     * @return the monotone curve
     */
    static ChargeCurve build(double[] v, double[] q, long[] lines, int from, int to) {
        int cap = to - from + 1;
        double[] vs = new double[cap];
        double[] qs = new double[cap];
        int n = 0;
        int ties = 0;
        double maxDrop = 0;
        long dropLine = 0;
        for (int k = from; k <= to; k++) {
            if (n == 0 || v[k] > vs[n - 1]) {
                vs[n] = v[k];
                qs[n] = q[k];
                n++;
                ties = 1;
            } else if (v[k] == vs[n - 1]) {
                qs[n - 1] = (qs[n - 1] * ties + q[k]) / (ties + 1);
                ties++;
            } else {
                double drop = vs[n - 1] - v[k];
                if (drop > maxDrop) {
                    maxDrop = drop;
                    dropLine = lines[k];
                }
            }
        }
        return new ChargeCurve(Arrays.copyOf(vs, n), Arrays.copyOf(qs, n), n, maxDrop, dropLine);
    }

    /**
     * @param grid the voltage grid, inside the curve's voltage range
     * @return the charge gained from the first grid voltage at every grid voltage (Ah), first value 0
     */
    double[] increments(VoltageGrid grid) {
        double[] ci = new double[grid.points()];
        double base = at(grid.voltage(0));
        for (int i = 0; i < ci.length; i++) {
            ci[i] = at(grid.voltage(i)) - base;
        }
        ci[0] = 0;
        return ci;
    }

    /** Linear interpolation, constant beyond the ends. */
    double at(double x) {
        if (x <= volts[0]) {
            return charge[0];
        }
        if (x >= volts[points - 1]) {
            return charge[points - 1];
        }
        int i = Arrays.binarySearch(volts, 0, points, x);
        if (i >= 0) {
            return charge[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double f = (x - volts[lo]) / (volts[hi] - volts[lo]);
        return charge[lo] + f * (charge[hi] - charge[lo]);
    }
}
