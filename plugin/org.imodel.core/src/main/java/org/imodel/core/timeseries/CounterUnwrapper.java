package org.imodel.core.timeseries;

/**
 * Turns a capacity counter that may reset (per step, per cycle, or when the direction changes) into increments.
 * A value below half of the previous one is a reset (the counter restarted from 0, so the whole value is new
 * charge); a smaller decrease is noise and adds nothing; missing values are skipped. The first value counts in
 * full: an export that starts in the middle of a cycle carries that cycle's earlier charge in its counter.
 * For a counter that runs from 0 once per cycle the increments of a cycle add up to the counter's maximum, as
 * the reference takes it.
 */
final class CounterUnwrapper {

    private double previous = Double.NaN;
    private boolean seen;

    /**
     * @param value the counter's value (Ah, non-negative), NaN when absent
     * @return the charge added since the previous value (Ah)
     */
    double increment(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        if (!seen) {
            seen = true;
            previous = value;
            return value;
        }
        double inc;
        if (value >= previous) {
            inc = value - previous;
            previous = value;
        } else if (value < 0.5 * previous) {
            inc = value;
            previous = value;
        } else {
            inc = 0;
        }
        return inc;
    }
}
