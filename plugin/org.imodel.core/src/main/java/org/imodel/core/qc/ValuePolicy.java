package org.imodel.core.qc;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;

/**
 * The readers' rules for values that parse as numbers but cannot be right, applied to every row before it is
 * passed on. A row breaking a rule is either an error (strict, the default: a {@link DataFormatException} naming
 * file, line, column and what to do) or, with "skip bad rows", left out and counted in the QC table under the
 * rule's reason. The rules (bounds in the constants):
 * <ul>
 * <li>{@value #NAN_IN_LIST}: a NaN or infinite element in the capacity-increment curve or the relaxation trace;
 * {@value #RELAXATION_ALL_NAN} when every relaxation value is NaN;</li>
 * <li>{@value #SHORT_CURVE}: a capacity-increment curve with fewer than {@value #MIN_CURVE_POINTS} points, or (for
 * the published UL and LSD files, which always have one) an empty relaxation trace;</li>
 * <li>{@value #BAD_CAPACITY}: a discharge capacity that is missing, not positive or above
 * {@value #MAX_CAPACITY_AH} Ah (the same for a charge capacity that is given);</li>
 * <li>{@value #UNIT_JUMP}: a capacity {@value #UNIT_JUMP_FACTOR} times larger or smaller than the previous kept row
 * of the same cell (mAh and Ah mixed in one file);</li>
 * <li>{@value #BAD_CURRENT}: a missing or infinite current, a current in A above {@value #MAX_C_RATE} times the
 * capacity (e.g. mA given as A), or a C-rate above {@value #MAX_C_RATE};</li>
 * <li>{@value #BAD_TEMPERATURE}: a temperature outside {@value #MIN_TEMPERATURE_C} to {@value #MAX_TEMPERATURE_C}
 * &deg;C or infinite (an empty temperature is a missing value, counted in the QC NaN column).</li>
 * </ul>
 * The policy keeps the last kept capacity of each cell, so use one instance per read.
 */
public final class ValuePolicy {

    /** Fewest points of a usable capacity-increment curve. */
    public static final int MIN_CURVE_POINTS = 2;
    /** Largest plausible cell capacity (Ah). */
    public static final double MAX_CAPACITY_AH = 1000;
    /** Largest plausible C-rate (and current / capacity ratio for currents in A). */
    public static final double MAX_C_RATE = 40;
    /** A capacity this many times larger or smaller than the previous row's is a unit change. */
    public static final double UNIT_JUMP_FACTOR = 50;
    /** Lowest plausible temperature (degC). */
    public static final double MIN_TEMPERATURE_C = -50;
    /** Highest plausible temperature (degC). */
    public static final double MAX_TEMPERATURE_C = 100;

    /** QC reason: a NaN or infinity inside a list. */
    public static final String NAN_IN_LIST = "NaN or infinity in a list";
    /** QC reason: a relaxation trace of NaN only. */
    public static final String RELAXATION_ALL_NAN = "relaxation all NaN";
    /** QC reason: an empty or too short curve. */
    public static final String SHORT_CURVE = "empty or too short curve";
    /** QC reason: a missing, non-positive or implausible capacity. */
    public static final String BAD_CAPACITY = "implausible capacity";
    /** QC reason: a capacity unit change inside a file. */
    public static final String UNIT_JUMP = "capacity unit jump";
    /** QC reason: a current implausible for its unit. */
    public static final String BAD_CURRENT = "implausible current";
    /** QC reason: a temperature outside the plausible range. */
    public static final String BAD_TEMPERATURE = "implausible temperature";
    /** QC reason: a value that is not a number or a malformed record. */
    public static final String MALFORMED = DataFormatException.MALFORMED;

    private static final String ADVICE = " Correct or remove the row, or read with 'skip rows with malformed values'"
            + " to leave such rows out (they are counted in the QC table).";

    /**
     * Names of the source columns, for messages.
     *
     * @param chargeCurrent charge current column
     * @param dischargeCurrent discharge current column
     * @param temperature temperature column
     * @param dischargeCapacity discharge capacity column
     * @param chargeCapacity charge capacity column
     * @param ci capacity-increment curve column
     * @param relaxation relaxation trace column
     */
    public record Columns(String chargeCurrent, String dischargeCurrent, String temperature, String dischargeCapacity,
            String chargeCapacity, String ci, String relaxation) {

        /** The canonical per-cycle table's names ({@link CycleColumns}). */
        public static final Columns CANONICAL = new Columns(CycleColumns.CHARGE_CURRENT,
                CycleColumns.DISCHARGE_CURRENT, CycleColumns.TEMPERATURE, CycleColumns.DISCHARGE_CAPACITY,
                CycleColumns.CHARGE_CAPACITY, CycleColumns.CI, CycleColumns.RELAXATION);
    }

    /**
     * A broken rule.
     *
     * @param reason QC reason (one of the constants)
     * @param column source column
     * @param problem what is wrong, for the message
     */
    public record Violation(String reason, String column, String problem) {

        /**
         * @param file the file
         * @param line the row's line
         * @return the error naming file, line, column, the problem and what to do
         */
        public DataFormatException error(String file, long line) {
            return new DataFormatException(file, line, column, problem + "." + ADVICE, reason);
        }
    }

    private final Columns columns;
    private final Map<String, Double> lastCapacity = new HashMap<>();

    /** @param columns source column names for messages */
    public ValuePolicy(Columns columns) {
        this.columns = columns;
    }

    /**
     * Checks a row and, when it passes, remembers its capacity for the unit-jump rule.
     *
     * @param r the row
     * @throws DataFormatException when the row breaks a rule (its {@link DataFormatException#reason()} is the QC
     *         reason)
     */
    public void check(CycleRecord r) throws DataFormatException {
        Violation v = violation(r);
        if (v != null) {
            throw v.error(r.sourceFile(), r.sourceLine());
        }
        passed(r);
    }

    /**
     * Remembers the capacity of a row that passed {@link #violation} and is kept, for the unit-jump rule (what
     * {@link #check} does after its checks).
     *
     * @param r the kept row
     */
    public void passed(CycleRecord r) {
        lastCapacity.put(r.sourceFile() + '\u0000' + r.cellId(), r.dischargeCapacity());
    }

    /**
     * @param r a row
     * @return the first rule it breaks, or null
     */
    public Violation violation(CycleRecord r) {
        Violation v = list(r.ci(), columns.ci(), "capacity-increment curve");
        if (v == null) {
            v = relaxation(r);
        }
        if (v == null && r.ci().length < MIN_CURVE_POINTS) {
            v = new Violation(SHORT_CURVE, columns.ci(), "the capacity-increment curve has " + r.ci().length
                    + " point(s); at least " + MIN_CURVE_POINTS + " are needed");
        }
        if (v == null) {
            v = capacity(r.dischargeCapacity(), columns.dischargeCapacity(), true);
        }
        if (v == null) {
            v = capacity(r.chargeCapacity(), columns.chargeCapacity(), false);
        }
        if (v == null) {
            v = unitJump(r);
        }
        if (v == null) {
            v = current(r.chargeCurrent(), columns.chargeCurrent(), r);
        }
        if (v == null) {
            v = current(r.dischargeCurrent(), columns.dischargeCurrent(), r);
        }
        if (v == null) {
            v = temperature(r.temperature());
        }
        return v;
    }

    private static Violation list(double[] values, String column, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return new Violation(NAN_IN_LIST, column, "element " + (i + 1) + " of the " + what + " is "
                        + text(values[i]) + "; lists must hold finite numbers");
            }
        }
        return null;
    }

    private Violation relaxation(CycleRecord r) {
        double[] relax = r.relaxationVoltage();
        boolean allNan = relax.length > 0;
        for (double x : relax) {
            allNan &= Double.isNaN(x);
        }
        if (allNan) {
            return new Violation(RELAXATION_ALL_NAN, columns.relaxation(), "the relaxation trace holds only NaN ("
                    + relax.length + " values): no relaxation was measured for this cycle");
        }
        Violation v = list(relax, columns.relaxation(), "relaxation trace");
        if (v == null && relax.length == 0 && (r.family().startsWith("UL") || "LSD".equals(r.family()))) {
            v = new Violation(SHORT_CURVE, columns.relaxation(), "the relaxation trace is empty; every " + r.family()
                    + " cycle has one");
        }
        return v;
    }

    private static Violation capacity(double ah, String column, boolean required) {
        if (Double.isNaN(ah) && !required) {
            return null;
        }
        if (!Double.isFinite(ah)) {
            return new Violation(BAD_CAPACITY, column, "the capacity is " + text(ah) + "; a finite number of Ah is"
                    + " needed");
        }
        if (ah <= 0) {
            return new Violation(BAD_CAPACITY, column, "the capacity " + number(ah) + " Ah is not positive");
        }
        if (ah > MAX_CAPACITY_AH) {
            return new Violation(BAD_CAPACITY, column, "the capacity " + number(ah) + " Ah is above "
                    + number(MAX_CAPACITY_AH) + " Ah, which no cell has (a unit other than Ah or mAh?)");
        }
        return null;
    }

    private Violation unitJump(CycleRecord r) {
        Double previous = lastCapacity.get(r.sourceFile() + '\u0000' + r.cellId());
        if (previous == null) {
            return null;
        }
        double ratio = r.dischargeCapacity() / previous;
        if (ratio >= UNIT_JUMP_FACTOR || ratio <= 1 / UNIT_JUMP_FACTOR) {
            return new Violation(UNIT_JUMP, columns.dischargeCapacity(), "the capacity jumps from " + number(previous)
                    + " to " + number(r.dischargeCapacity()) + " Ah (x" + number(ratio) + ") from the previous row"
                    + " of cell " + r.cellId() + ": the unit seems to change (mAh/Ah) inside the file. Give the whole"
                    + " file in one unit");
        }
        return null;
    }

    private static Violation current(double value, String column, CycleRecord r) {
        if (!Double.isFinite(value)) {
            return new Violation(BAD_CURRENT, column, "the current is " + text(value) + "; a finite number is"
                    + " needed");
        }
        double magnitude = Math.abs(value);
        if ("A".equals(r.currentUnit())) {
            double capacity = r.dischargeCapacity();
            if (magnitude > MAX_C_RATE * capacity) {
                return new Violation(BAD_CURRENT, column, "a current of " + number(value) + " A is "
                        + number(magnitude / capacity) + " times the capacity of " + number(capacity)
                        + " Ah (more than " + number(MAX_C_RATE) + "C): the current seems to be in mA, not A."
                        + " Convert it to A");
            }
        } else if (magnitude > MAX_C_RATE) {
            return new Violation(BAD_CURRENT, column, "a C-rate of " + number(value) + " is above "
                    + number(MAX_C_RATE) + "C");
        }
        return null;
    }

    private Violation temperature(double celsius) {
        if (Double.isNaN(celsius)) {
            return null;
        }
        if (!(celsius >= MIN_TEMPERATURE_C && celsius <= MAX_TEMPERATURE_C)) {
            return new Violation(BAD_TEMPERATURE, columns.temperature(), "a temperature of " + number(celsius)
                    + " degC is outside " + number(MIN_TEMPERATURE_C) + " to " + number(MAX_TEMPERATURE_C)
                    + " degC (Kelvin or Fahrenheit instead of degC?)");
        }
        return null;
    }

    private static String text(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "infinite" : "minus infinity";
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return text(v);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }
}
