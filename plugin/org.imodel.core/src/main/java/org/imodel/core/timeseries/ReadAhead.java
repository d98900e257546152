package org.imodel.core.timeseries;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.io.DataFormatException;

/**
 * Decisions taken on the first rows of an export (at most {@link TimeSeriesReader#LOOKAHEAD_ROWS}, kept in
 * memory): units of columns written without one, the current's sign convention and whether the cycle column
 * really counts cycles.
 * <ul>
 * <li>Units: a current without a unit is compared with a capacity counter of known unit (the counter's increase
 * against the integral of |I| dt while it moves): a ratio near 1 means A, near 1/1000 mA. A capacity without a
 * unit is compared the same way with a current of known unit (else it is ignored and capacities are integrated).
 * Magnitudes alone never decide: a current with no unit and no counter to compare with is an error asking the user
 * to set the unit. A voltage without a unit must be below 10 (volts).</li>
 * <li>Sign: a Maccor-style state column gives the sign (C +, D -). Otherwise votes: a charge counter rising
 * counts for the sign of the current at that moment, a discharge counter rising against it; without counters the
 * voltage trend within a step of constant current sign votes (voltage rises on charge). A clear majority (at
 * least 10 votes, margin 30 %) decides; otherwise positive = charge is assumed and the QC says so.</li>
 * <li>Cycles (AUTO): a cycle column that stays constant while the current goes from discharge to charge three
 * times or more is not counting cycles; cycles are inferred instead.</li>
 * </ul>
 */
final class ReadAhead {

    private static final double RATIO_TOLERANCE = 1.35;
    private static final int MIN_EVIDENCE = 10;

    final Map<TimeSeriesRole, MappedColumn> columns;
    /** +1 keeps the exported sign, -1 flips it; ignored when {@link #signFromState}. */
    final double signFactor;
    final boolean signFromState;
    final boolean inferCycles;
    final String signText;
    final String cycleText;
    /** Largest |current| of the rows read ahead, in the export's unit. */
    final double maxAbsCurrent;
    final List<String> warnings = new ArrayList<>();

    ReadAhead(List<RawRow> rows, Map<TimeSeriesRole, MappedColumn> mapped, ColumnMapping mapping,
            CycleSource source, String file, long headerLine) throws DataFormatException {
        Map<TimeSeriesRole, MappedColumn> cols = new EnumMap<>(mapped);
        checkVoltage(rows, cols, file, headerLine);
        decideUnits(rows, cols, file, headerLine);
        this.columns = cols;
        double maxAbs = 0;
        for (RawRow r : rows) {
            maxAbs = Math.max(maxAbs, Math.abs(r.current));
        }
        this.maxAbsCurrent = maxAbs;
        double threshold = 0.01 * maxAbs;

        int[] votes = votes(rows, cols, threshold);
        boolean stateColumn = cols.containsKey(TimeSeriesRole.STATE);
        SignConvention chosen = mapping.sign();
        if (chosen == SignConvention.AUTO && stateColumn) {
            signFromState = true;
            signFactor = 1;
            signText = "sign from the state column '" + cols.get(TimeSeriesRole.STATE).name()
                    + "' (C = charge +, D = discharge -)";
        } else if (chosen != SignConvention.AUTO) {
            signFromState = false;
            signFactor = chosen == SignConvention.POSITIVE_IS_CHARGE ? 1 : -1;
            signText = chosen == SignConvention.POSITIVE_IS_CHARGE ? "sign + = charge (user)"
                    : "sign flipped to + = charge (user: the export has + = discharge)";
            if (votes[1] >= 2 * MIN_EVIDENCE && Math.abs(votes[0]) >= 0.6 * votes[1]
                    && Math.signum(votes[0]) != signFactor) {
                warnings.add("the current's sign looks opposite to the convention chosen in the column mapping ("
                        + describeVotes(votes) + "); check the sign setting");
            }
        } else {
            signFromState = false;
            if (votes[1] >= MIN_EVIDENCE && Math.abs(votes[0]) >= 0.3 * votes[1]) {
                signFactor = votes[0] > 0 ? 1 : -1;
                signText = (signFactor > 0 ? "sign + = charge (detected: " : "sign flipped to + = charge"
                        + " (detected + = discharge: ") + describeVotes(votes) + ")";
            } else {
                signFactor = 1;
                signText = "sign + = charge (assumed: too little evidence to detect it)";
                warnings.add("the current's sign convention could not be detected from the first " + rows.size()
                        + " rows; positive current is taken as charge (BDF). Set the sign in the column mapping"
                        + " if that is wrong");
            }
        }

        MappedColumn cycle = cols.get(TimeSeriesRole.CYCLE);
        if (source == CycleSource.COLUMN && cycle == null) {
            throw new DataFormatException(file, headerLine, TimeSeriesRole.CYCLE.label(), "cycles are to be taken"
                    + " from the cycle column, but the header has none (accepted names: "
                    + TimeSeriesColumns.candidates(TimeSeriesRole.CYCLE) + "). Map the cycle column or let the"
                    + " cycles be inferred.");
        }
        if (cycle == null || source == CycleSource.INFER) {
            inferCycles = true;
            cycleText = "cycles inferred (a new cycle at each change from discharge to charge)"
                    + (cycle == null ? "; no cycle column" : "; cycle column '" + cycle.name() + "' ignored");
            if (cycle == null && source == CycleSource.AUTO) {
                warnings.add("no cycle column: cycles are inferred, a new one starting at each change from"
                        + " discharge to charge");
            }
        } else if (source == CycleSource.AUTO && constantCycle(rows)
                && transitions(rows, threshold) >= 3) {
            inferCycles = true;
            String value = rows.stream().filter(r -> r.cycle != TimeSample.UNKNOWN_INT).map(r -> "" + r.cycle)
                    .findFirst().orElse("empty");
            cycleText = "cycles inferred: column '" + cycle.name() + "' stays " + value + " while the current changes from discharge to charge " + transitions(rows, threshold)
                    + " times in the first " + rows.size() + " rows";
            warnings.add("the cycle column '" + cycle.name() + "' stays " + value + " although the"
                    + " cell is charged and discharged repeatedly: cycles are inferred instead (a new cycle at each"
                    + " change from discharge to charge). Choose 'column' as cycle source to keep the column");
        } else {
            inferCycles = false;
            cycleText = "cycles from column '" + cycle.name() + "'";
        }
    }

    private void checkVoltage(List<RawRow> rows, Map<TimeSeriesRole, MappedColumn> cols, String file,
            long headerLine) throws DataFormatException {
        MappedColumn v = cols.get(TimeSeriesRole.VOLTAGE);
        if (!"assumed".equals(v.unitSource())) {
            return;
        }
        double max = 0;
        for (RawRow r : rows) {
            max = Math.max(max, Math.abs(r.voltage));
        }
        if (max > 10) {
            throw new DataFormatException(file, headerLine, v.name(), "the voltage column has no unit and reaches "
                    + fmt(max) + ", which is not a cell voltage in volts. Set the voltage unit (e.g. mV) in the"
                    + " column mapping.");
        }
    }

    private void decideUnits(List<RawRow> rows, Map<TimeSeriesRole, MappedColumn> cols, String file,
            long headerLine) throws DataFormatException {
        MappedColumn current = cols.get(TimeSeriesRole.CURRENT);
        List<TimeSeriesRole> counters = new ArrayList<>();
        for (TimeSeriesRole r : new TimeSeriesRole[] {TimeSeriesRole.CHARGE_CAPACITY,
            TimeSeriesRole.DISCHARGE_CAPACITY, TimeSeriesRole.CAPACITY}) {
            if (cols.containsKey(r)) {
                counters.add(r);
            }
        }
        if (current.unit() == null) {
            TimeSeriesRole best = null;
            double[] bestEvidence = null;
            for (TimeSeriesRole r : counters) {
                if (cols.get(r).unit() == null) {
                    continue;
                }
                double[] e = evidence(rows, r);
                if (bestEvidence == null || e[0] > bestEvidence[0]) {
                    best = r;
                    bestEvidence = e;
                }
            }
            String hint = " Set the current unit (A or mA) in the column mapping.";
            if (best == null) {
                throw new DataFormatException(file, headerLine, current.name(), "the current column has no unit"
                        + " (values up to " + fmt(maxAbs(rows)) + ") and there is no capacity counter of known unit"
                        + " to tell A from mA; magnitudes alone are ambiguous." + hint);
            }
            if (bestEvidence[2] < MIN_EVIDENCE || bestEvidence[1] <= 0) {
                throw new DataFormatException(file, headerLine, current.name(), "the current column has no unit"
                        + " and the first rows hold too little charge or discharge to compare it with the counter '"
                        + cols.get(best).name() + "'." + hint);
            }
            // counter (Ah) / (integral of |I| dt in raw units * h) = factor of the raw current unit to A
            double factor = cols.get(best).unit().apply(bestEvidence[0]) / (bestEvidence[1] / 3600);
            UnitConversion u = closest(TimeSeriesRole.CURRENT, factor, new String[] {"A", "mA", "uA"});
            if (u == null) {
                throw new DataFormatException(file, headerLine, current.name(), "the current column has no unit,"
                        + " and its integral over time does not match the counter '" + cols.get(best).name()
                        + "' in A or mA (ratio " + fmt(factor) + "); check the time unit too." + hint);
            }
            cols.put(TimeSeriesRole.CURRENT, current.withUnit(u, "detected by comparing with '"
                    + cols.get(best).name() + "'"));
            warnings.add("the current column '" + current.name() + "' has no unit: " + u.label()
                    + " detected by comparing its integral with the capacity counter '" + cols.get(best).name()
                    + "'");
        }
        UnitConversion currentUnit = cols.get(TimeSeriesRole.CURRENT).unit();
        for (TimeSeriesRole r : counters) {
            MappedColumn c = cols.get(r);
            if (c.unit() != null) {
                continue;
            }
            double[] e = evidence(rows, r);
            UnitConversion u = null;
            if (e[2] >= MIN_EVIDENCE && e[1] > 0) {
                double factor = currentUnit.apply(e[1]) / 3600 / e[0];
                u = closest(r, factor, new String[] {"Ah", "mAh", "uAh"});
            }
            if (u == null) {
                cols.remove(r);
                warnings.add("the capacity column '" + c.name() + "' has no unit and could not be checked against"
                        + " the current: it is ignored and capacities are integrated from the current. Set its"
                        + " unit (Ah or mAh) in the column mapping to use it");
            } else {
                cols.put(r, c.withUnit(u, "detected by comparing with the current"));
                warnings.add("the capacity column '" + c.name() + "' has no unit: " + u.label()
                        + " detected by comparing it with the integral of the current");
            }
        }
    }

    /**
     * @return {counter increase (raw), integral of |I| dt while it increased (raw current unit * s), intervals}
     */
    private static double[] evidence(List<RawRow> rows, TimeSeriesRole counter) {
        double inc = 0;
        double integral = 0;
        int n = 0;
        for (int k = 1; k < rows.size(); k++) {
            RawRow a = rows.get(k - 1);
            RawRow b = rows.get(k);
            double qa = Math.abs(a.counter(counter));
            double qb = Math.abs(b.counter(counter));
            double dt = b.time - a.time;
            if (!(qb > qa) || !(dt > 0) || b.current == 0) {
                continue;
            }
            inc += qb - qa;
            integral += Math.abs(b.current) * dt;
            n++;
        }
        return new double[] {inc, integral, n};
    }

    private static UnitConversion closest(TimeSeriesRole role, double factor, String[] units) {
        for (String unit : units) {
            UnitConversion u = UnitConversion.of(role, unit).orElseThrow();
            double ratio = factor / u.factor();
            if (ratio < RATIO_TOLERANCE && ratio > 1 / RATIO_TOLERANCE) {
                return u;
            }
        }
        return null;
    }

    /** @return {sum of votes (+1 means + = charge), number of votes, counter votes} */
    private static int[] votes(List<RawRow> rows, Map<TimeSeriesRole, MappedColumn> cols, double threshold) {
        int sum = 0;
        int n = 0;
        boolean chg = cols.containsKey(TimeSeriesRole.CHARGE_CAPACITY);
        boolean dchg = cols.containsKey(TimeSeriesRole.DISCHARGE_CAPACITY);
        if (chg || dchg) {
            for (int k = 1; k < rows.size(); k++) {
                RawRow a = rows.get(k - 1);
                RawRow b = rows.get(k);
                if (Math.abs(b.current) <= threshold) {
                    continue;
                }
                int s = b.current > 0 ? 1 : -1;
                if (chg && Math.abs(b.charge) > Math.abs(a.charge)) {
                    sum += s;
                    n++;
                }
                if (dchg && Math.abs(b.discharge) > Math.abs(a.discharge)) {
                    sum -= s;
                    n++;
                }
            }
        }
        int counterVotes = n;
        if (n < MIN_EVIDENCE) {
            boolean step = cols.containsKey(TimeSeriesRole.STEP);
            for (int k = 1; k < rows.size(); k++) {
                RawRow a = rows.get(k - 1);
                RawRow b = rows.get(k);
                if (Math.abs(a.current) <= threshold || Math.abs(b.current) <= threshold
                        || Math.signum(a.current) != Math.signum(b.current) || (step && a.step != b.step)
                        || b.voltage == a.voltage) {
                    continue;
                }
                sum += (b.voltage > a.voltage ? 1 : -1) * (b.current > 0 ? 1 : -1);
                n++;
            }
        }
        return new int[] {sum, n, counterVotes};
    }

    private static String describeVotes(int[] votes) {
        int agree = (votes[1] + Math.abs(votes[0])) / 2;
        return agree + " of " + votes[1] + (votes[2] > 0 ? " capacity-counter" : " voltage-trend") + " votes";
    }

    private static boolean constantCycle(List<RawRow> rows) {
        int first = TimeSample.UNKNOWN_INT;
        for (RawRow r : rows) {
            if (r.cycle == TimeSample.UNKNOWN_INT) {
                continue;
            }
            if (first == TimeSample.UNKNOWN_INT) {
                first = r.cycle;
            } else if (r.cycle != first) {
                return false;
            }
        }
        return true;
    }

    /** Discharge-to-charge transitions in the exported sign (the count is the same after a flip, +-1). */
    private int transitions(List<RawRow> rows, double threshold) {
        int count = 0;
        boolean discharged = false;
        for (RawRow r : rows) {
            double i = signed(r);
            if (i < -threshold) {
                discharged = true;
            } else if (i > threshold && discharged) {
                count++;
                discharged = false;
            }
        }
        return count;
    }

    /**
     * @param r a row
     * @return its current in the export's unit with the BDF sign
     */
    double signed(RawRow r) {
        if (signFromState) {
            return stateSign(r.state, r.current);
        }
        return r.current * signFactor;
    }

    static double stateSign(char state, double current) {
        if (state == 'C') {
            return Math.abs(current);
        }
        if (state == 'D') {
            return -Math.abs(current);
        }
        return current;
    }

    private static double maxAbs(List<RawRow> rows) {
        double m = 0;
        for (RawRow r : rows) {
            m = Math.max(m, Math.abs(r.current));
        }
        return m;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
