package org.imodel.core.timeseries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.imodel.core.data.CycleRecord;

/**
 * The filters applied to complete rows, in cycle order: the capacity-jump filter (drop row i when |Q_i - Q_(i-1)|
 * &gt;= threshold, Q_(i-1) being the previous row <em>before</em> this filter, as the reference does) and RPT
 * interpolation (the discharge capacity is measured on RPT cycles and linearly interpolated on the others,
 * constant beyond the first and last; the rows are held until {@link #finish()}). With RPT interpolation the jump
 * filter rejects RPT anchors instead of rows, like the reference's list of anomalous RPTs.
 */
final class CapacityFilter {

    /** Where drops and notes go (the extractor's QC bookkeeping). */
    interface Events {
        void drop(int cycle, String reason, String detail);

        void note(int cycle, String reason, String detail);

        void warn(String text);
    }

    private final ExtractionSettings settings;
    private final Consumer<CycleRecord> emit;
    private final Events events;
    private double previous = Double.NaN;
    private final List<CycleRecord> held = new ArrayList<>();
    private final TreeMap<Integer, Double> anchors = new TreeMap<>();

    CapacityFilter(ExtractionSettings settings, Consumer<CycleRecord> emit, Events events) {
        this.settings = settings;
        this.emit = emit;
        this.events = events;
    }

    /**
     * Records the measured discharge capacity of an RPT cycle (also when its row is dropped for other reasons).
     *
     * @param cycle an RPT cycle
     * @param capacity its discharge capacity (Ah)
     */
    void anchor(int cycle, double capacity) {
        if (settings.rptInterpolation() && settings.isRpt(cycle)) {
            anchors.put(cycle, capacity);
        }
    }

    /** @param r a row that passed the per-cycle checks */
    void accept(CycleRecord r) {
        if (settings.rptInterpolation()) {
            held.add(r);
            return;
        }
        double q = r.dischargeCapacity();
        double prev = previous;
        previous = q;
        if (jumps(q, prev)) {
            events.drop(r.cycle(), CycleExtractor.JUMP, String.format(Locale.ROOT, "cycle %d: %.4f Ah after %.4f Ah"
                    + " (threshold %.4g Ah)", r.cycle(), q, prev, settings.capacityJumpAh()));
            return;
        }
        emit.accept(r);
    }

    private boolean jumps(double q, double prev) {
        return !Double.isNaN(settings.capacityJumpAh()) && !Double.isNaN(prev)
                && Math.abs(q - prev) >= settings.capacityJumpAh();
    }

    /** Delivers the held rows with interpolated capacities (RPT interpolation only). */
    void finish() {
        if (!settings.rptInterpolation()) {
            return;
        }
        int[] x = new int[anchors.size()];
        double[] y = new double[anchors.size()];
        int n = 0;
        double prev = Double.NaN;
        int rejected = 0;
        for (var e : anchors.entrySet()) {
            double q = e.getValue();
            boolean jump = jumps(q, prev);
            prev = q;
            if (jump) {
                rejected++;
                events.note(e.getKey(), "RPT cycle left out as an anchor (capacity jump)", String.format(Locale.ROOT,
                        "cycle %d: %.4f Ah", e.getKey(), q));
                continue;
            }
            x[n] = e.getKey();
            y[n] = q;
            n++;
        }
        String rpt = "cycle % " + settings.rptPeriod() + " == " + settings.rptOffset();
        if (n == 0) {
            for (CycleRecord r : held) {
                events.drop(r.cycle(), CycleExtractor.NO_RPT, "no cycle with " + rpt + " has a discharge"
                        + (rejected > 0 ? " that passed the capacity-jump filter" : ""));
            }
            held.clear();
            return;
        }
        int interpolated = 0;
        for (CycleRecord r : held) {
            double q = interpolate(x, y, n, r.cycle());
            if (Arrays.binarySearch(x, 0, n, r.cycle()) < 0) {
                interpolated++;
            }
            emit.accept(new CycleRecord(r.cellId(), r.cycle(), r.chargeCurrent(), r.dischargeCurrent(),
                    r.temperature(), q, r.chargeCapacity(), r.ci(), r.ciGrid(), r.relaxationVoltage(),
                    r.currentUnit(), r.family(), r.condition(), r.sourceFile(), r.sourceLine()));
        }
        held.clear();
        events.warn("RPT interpolation: the discharge capacity is measured on " + n + " RPT cycle(s) (" + rpt
                + ") and linearly interpolated on " + interpolated + " row(s)"
                + (n == 1 ? "; with a single RPT cycle it is constant" : "")
                + (rejected > 0 ? "; " + rejected + " RPT cycle(s) left out as capacity jumps" : ""));
    }

    private static double interpolate(int[] x, double[] y, int n, int at) {
        if (at <= x[0]) {
            return y[0];
        }
        if (at >= x[n - 1]) {
            return y[n - 1];
        }
        int i = Arrays.binarySearch(x, 0, n, at);
        if (i >= 0) {
            return y[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        return y[lo] + (y[hi] - y[lo]) * (at - x[lo]) / (double) (x[hi] - x[lo]);
    }
}
