package org.imodel.core.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import org.imodel.core.data.CycleRecord;

/**
 * Counts the rows whose feature vector holds NaN (missing) values and why, so that a caller can warn once for a
 * whole table instead of once per row. The reasons follow the NaN rules of {@link FeatureExtractor} (which are the
 * reference's, imodel-method.md &sect;3.2 and &sect;12.11). Thread-safe: rows may be counted from several threads.
 */
public final class FeatureNanReport {

    /** Why a row's features hold NaN; a row can have several reasons. */
    public enum Reason {
        /** The row has no capacity-increment curve at all: no features could be computed. */
        NO_CURVE("no capacity-increment curve (all features missing)"),
        /** Empty relaxation list: the six relaxation features are NaN (TPSL rows, exports without a rest). */
        NO_RELAXATION("no relaxation trace (the 6 relaxation features are missing; e.g. TPSL rows or no rest after"
                + " the charge)"),
        /** A one-value (or constant) relaxation list: skewness and kurtosis are undefined. */
        ONE_POINT_RELAXATION("a one-point or constant relaxation list (relax_skew and relax_kurt are undefined)"),
        /** The curve never rises by the threshold above its value at the reference voltage. */
        NO_RISE("no threshold crossing: the curve never rises 0.2 Ah above its value at 3.65 V, typical at end of"
                + " life (v_at_rise is missing)"),
        /** A flat curve: its skewness is undefined. */
        FLAT_CURVE("a flat capacity-increment curve (ci_skew is undefined)"),
        /** NaN values inside the curve or the relaxation list propagate into the features. */
        MISSING_VALUES("missing values inside the curve or the relaxation list"),
        /** Anything else (should not happen with the reference rules). */
        OTHER("another cause");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** @return a short explanation for messages */
        public String text() {
            return text;
        }
    }

    private final LongAdder rows = new LongAdder();
    private final LongAdder nanRows = new LongAdder();
    private final AtomicLongArray byReason = new AtomicLongArray(Reason.values().length);

    /**
     * Counts one row.
     *
     * @param settings the settings the row's features were computed with
     * @param record the row
     * @param features its features, or null when none could be computed (no curve)
     * @return why the row has NaN features; empty when it has none
     */
    public Set<Reason> add(FeatureSettings settings, CycleRecord record, FeatureRow features) {
        Set<Reason> reasons = reasons(settings, record, features);
        rows.increment();
        if (!reasons.isEmpty()) {
            nanRows.increment();
            for (Reason r : reasons) {
                byReason.incrementAndGet(r.ordinal());
            }
        }
        return reasons;
    }

    /**
     * @param settings the settings the features were computed with
     * @param record the row
     * @param features its features, or null when none could be computed (no curve)
     * @return why the features hold NaN; empty when they hold none
     */
    public static Set<Reason> reasons(FeatureSettings settings, CycleRecord record, FeatureRow features) {
        if (features == null) {
            return Collections.unmodifiableSet(EnumSet.of(Reason.NO_CURVE));
        }
        double[] f = features.features();
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        int o = settings.ciOffset();
        if (settings.relaxationFeatures() && anyNaN(f, 0, o)) {
            double[] relax = record.relaxationVoltage();
            if (relax == null || relax.length == 0) {
                reasons.add(Reason.NO_RELAXATION);
            } else if (anyNaN(relax, 0, relax.length)) {
                reasons.add(Reason.MISSING_VALUES);
            } else if (onlyShapeNaN(f)) {
                reasons.add(Reason.ONE_POINT_RELAXATION);
            } else {
                reasons.add(Reason.OTHER);
            }
        }
        if (anyNaN(f, o, f.length)) {
            double[] ci = record.ci();
            if (ci != null && anyNaN(ci, 0, ci.length)) {
                reasons.add(Reason.MISSING_VALUES);
            } else {
                boolean explained = false;
                if (Double.isNaN(f[o + FeatureSettings.RISE_INDEX])) {
                    reasons.add(Reason.NO_RISE);
                    explained = true;
                }
                if (Double.isNaN(f[o + FeatureSettings.CI_SKEW_INDEX])) {
                    reasons.add(Reason.FLAT_CURVE);
                    explained = true;
                }
                for (int i = o; i < f.length; i++) {
                    boolean known = i == o + FeatureSettings.RISE_INDEX || i == o + FeatureSettings.CI_SKEW_INDEX;
                    if (!known && Double.isNaN(f[i])) {
                        explained = false;
                    }
                }
                if (!explained) {
                    reasons.add(Reason.OTHER);
                }
            }
        }
        return Collections.unmodifiableSet(reasons);
    }

    /** Relaxation block: NaN only in skewness (1) and kurtosis (5). */
    private static boolean onlyShapeNaN(double[] f) {
        return !Double.isNaN(f[0]) && !Double.isNaN(f[2]) && !Double.isNaN(f[3]) && !Double.isNaN(f[4]);
    }

    private static boolean anyNaN(double[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Double.isNaN(v[i])) {
                return true;
            }
        }
        return false;
    }

    /** @return rows counted */
    public long rows() {
        return rows.sum();
    }

    /** @return rows with at least one NaN feature */
    public long rowsWithNaN() {
        return nanRows.sum();
    }

    /**
     * @param reason a reason
     * @return rows with that reason
     */
    public long rows(Reason reason) {
        return byReason.get(reason.ordinal());
    }

    /**
     * @return one message for all counted rows, e.g. "Missing (NaN) features in 7 of 120 row(s): 5 with no
     *         relaxation trace (...); 2 with no threshold crossing (...)."; empty when no row has NaN features
     */
    public Optional<String> message() {
        long nan = rowsWithNaN();
        if (nan == 0) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Reason r : Reason.values()) {
            long n = rows(r);
            if (n > 0) {
                parts.add(n + " with " + r.text());
            }
        }
        return Optional.of("Missing (NaN) features in " + nan + " of " + rows() + " row(s): "
                + String.join("; ", parts) + ".");
    }
}
