package org.imodel.core.timeseries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.qc.QcReport;
import org.imodel.core.qc.ValuePolicy;

/**
 * Turns a time series of one cell, consumed sample by sample in time order, into canonical per-cycle rows
 * (family CYCLER, currents in A), following the reference's data-generation notebooks
 * ({@code imodel-method.md} section 9). Only the current cycle's samples are kept; a row is delivered to the sink
 * as soon as its cycle is complete (with RPT interpolation: at {@link #finish()}, since it needs the whole cell).
 * <p>
 * Per cycle, with the thresholds of {@link ExtractionSettings} (samples above the CC threshold are "CC charge",
 * within the rest threshold "rest", below minus it "discharge"):
 * <ul>
 * <li>CI curve: the last contiguous CC-charge segment of the cycle that starts at or below the window start,
 * reaches the window end and has at least {@code minCcPoints} samples inside the window; its charge (counter, or
 * the integral of I dt without a counter) is interpolated against the voltage onto the uniform grid, minus the
 * first value ({@link ChargeCurve}). Otherwise the cycle is dropped ("fewer than N CC points in window" or "CC
 * charge does not cover the voltage window").</li>
 * <li>Charge current: median current of that segment's samples inside the window. Discharge current: median
 * |current| of the discharge samples (a cycle without any is dropped: "no discharge").</li>
 * <li>Capacities: from the capacity counters when the cycle has counter values (resets unwrapped, see
 * {@link CounterUnwrapper}; equals the counter's maximum for a counter running from 0 once per cycle), else the
 * integral of |I| dt over the discharge (charge) samples, each sample's current held over the interval ending at
 * it. The QC units say which, and warn where counter and integral disagree.</li>
 * <li>Temperature: mean over the cycle (NaN without a column) or the fixed setting.</li>
 * <li>Relaxation: voltages above the threshold of the rest directly after the CI segment (after any tail of the
 * charge below the CC threshold).</li>
 * </ul>
 * Then: cycles whose number was seen before are dropped ("duplicate cycle", the first is kept); the capacity-jump
 * filter compares with the previous row before the filter; RPT interpolation replaces the capacity of non-RPT
 * cycles (with it on, the jump filter rejects RPT anchors instead of rows). Cycles come from the samples' cycle
 * numbers, or, when the first sample has none (or the settings say INFER), are inferred: a new cycle starts at the
 * first charging sample after a discharging one.
 * <p>
 * Every row passes the readers' {@link ValuePolicy} before it is delivered (e.g. a capacity counter that stays at 0
 * gives a capacity of 0 Ah): strict (the default), the first row breaking a rule stops the conversion with an error
 * naming the file, the cycle's first line, the source column and what to do; with "skip bad rows" it is left out
 * and counted in the QC table under the rule's reason.
 */
public final class CycleExtractor {

    /** Family written to every row. */
    public static final String FAMILY = "CYCLER";

    static final String NO_CHARGE = "no charge";
    static final String NO_DISCHARGE = "no discharge";
    static final String NOT_COVERED = "CC charge does not cover the voltage window";
    static final String DUPLICATE = "duplicate cycle";
    static final String JUMP = "capacity jump";
    static final String DECREASING = "voltage decreasing in charge segment";
    static final String INCOMPLETE = "incomplete cycle (reading stopped at an error)";
    static final String NO_RPT = "no RPT cycle to interpolate the capacity from";

    private final String cellId;
    private final String sourceFile;
    private final ExtractionSettings settings;
    private final QcReport qc;
    private final Consumer<CycleRecord> sink;
    private final VoltageGrid grid;
    private final String fewPoints;

    private final TimeStepper stepper = new TimeStepper();
    private final CounterUnwrapper chargeCounter = new CounterUnwrapper();
    private final CounterUnwrapper dischargeCounter = new CounterUnwrapper();
    private double cumCounterCharge;
    private double cumCounterDischarge;
    private double cumIntegralCharge;
    private double cumIntegralDischarge;
    private double runningMaxAbs;

    private final CycleBuffer buffer = new CycleBuffer();
    private boolean started;
    private boolean infer;
    private boolean open;
    private int cycleNumber;
    private boolean cycleHasChargeCounter;
    private boolean cycleHasDischargeCounter;
    private boolean duplicate;
    private boolean dischargedSinceCharge;
    private int transitions;
    private double baseCounterCharge;
    private double baseCounterDischarge;
    private double baseIntegralCharge;
    private double baseIntegralDischarge;
    private final Set<Integer> seenCycles = new HashSet<>();

    private final CapacityFilter filter;

    private final EventLog drops = new EventLog();
    private final EventLog notes = new EventLog();
    private long samples;
    private long skipped;
    private int cycles;
    private int kept;
    private int counterCapacities;
    private int integralCapacities;
    private String unitsNote = "";
    private boolean finished;
    private ValuePolicy policy = new ValuePolicy(ValuePolicy.Columns.CANONICAL);
    private DataFormatException badRow;
    private boolean aborting;

    /**
     * @param cellId cell id written to every row and the QC
     * @param sourceFile source file written to every row and the QC
     * @param settings extraction settings
     * @param qc the report to fill
     * @param sink receives the rows
     */
    public CycleExtractor(String cellId, String sourceFile, ExtractionSettings settings, QcReport qc,
            Consumer<CycleRecord> sink) {
        this.cellId = cellId;
        this.sourceFile = sourceFile;
        this.settings = settings;
        this.qc = qc;
        this.sink = sink;
        this.grid = settings.grid();
        this.fewPoints = "fewer than " + settings.minCcPoints() + " CC points in window";
        this.filter = new CapacityFilter(settings, this::emit, new CapacityFilter.Events() {
            @Override
            public void drop(int cycle, String reason, String detail) {
                CycleExtractor.this.drop(cycle, reason, detail);
            }

            @Override
            public void note(int cycle, String reason, String detail) {
                notes.add(reason, cycle, detail);
            }

            @Override
            public void warn(String text) {
                qc.warn(cellId, sourceFile, text);
            }
        });
    }

    /**
     * @param note units and conversions applied by the reader, prefixed to the QC units text
     */
    public void unitsNote(String note) {
        this.unitsNote = note == null ? "" : note;
    }

    /**
     * @param columns the source columns the row values come from, named in value-rule errors (default: the
     *        canonical table's names)
     */
    public void valueColumns(ValuePolicy.Columns columns) {
        this.policy = new ValuePolicy(columns);
    }

    /**
     * Seeds the largest |current| used for the automatic rest threshold while inferring cycles, e.g. with the
     * largest current of the reader's read-ahead, so that small currents at the very start (a few mA of a 5 A
     * test) are not taken for a discharge.
     *
     * @param ampere the expected largest |current| (A)
     */
    public void expectCurrent(double ampere) {
        if (Double.isFinite(ampere)) {
            runningMaxAbs = Math.max(runningMaxAbs, Math.abs(ampere));
        }
    }

    /**
     * Consumes a sample without a source line.
     *
     * @param s the sample
     * @throws DataFormatException when a cycle exceeds the sample limit
     */
    public void accept(TimeSample s) throws DataFormatException {
        accept(s, 0);
    }

    /**
     * Consumes the next sample (in time order). Samples with a NaN time, current or voltage are skipped and
     * counted.
     *
     * @param s the sample
     * @param line its line in the source file (for messages and the rows' source line), 0 when unknown
     * @throws DataFormatException when one cycle exceeds {@link ExtractionSettings#maxSamplesPerCycle()}, or
     *         (strict) the cycle this sample completes breaks a value rule
     */
    public void accept(TimeSample s, long line) throws DataFormatException {
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        if (badRow != null) {
            throw badRow;
        }
        double i = s.currentAmpere();
        if (!Double.isFinite(s.timeSecond()) || !Double.isFinite(i) || !Double.isFinite(s.voltageVolt())) {
            skipped++;
            return;
        }
        samples++;
        if (!started) {
            started = true;
            infer = settings.cycleSource() == CycleSource.INFER || s.cycle() == TimeSample.UNKNOWN_INT;
        }
        runningMaxAbs = Math.max(runningMaxAbs, Math.abs(i));
        double rest = Double.isNaN(settings.restCurrentAmpere()) ? settings.restFraction() * runningMaxAbs
                : settings.restCurrentAmpere();
        boolean charging = i > rest;
        boolean discharging = i < -rest;
        if (infer) {
            if (!open) {
                startCycle(1, line);
            } else if (charging && dischargedSinceCharge) {
                closeCycle();
                throwBadRow();
                startCycle(cycleNumber + 1, line);
            }
        } else {
            int c = s.cycle() == TimeSample.UNKNOWN_INT ? (open ? cycleNumber : 0) : s.cycle();
            if (!open || c != cycleNumber) {
                closeCycle();
                throwBadRow();
                startCycle(c, line);
            } else if (charging && dischargedSinceCharge) {
                transitions++;
            }
        }
        if (charging) {
            dischargedSinceCharge = false;
        } else if (discharging) {
            dischargedSinceCharge = true;
        }

        double dt = stepper.step(s.timeSecond(), line);
        if (i > 0) {
            cumIntegralCharge += i * dt / 3600;
        } else {
            cumIntegralDischarge -= i * dt / 3600;
        }
        if (!Double.isNaN(s.chargeCapacityAh())) {
            cycleHasChargeCounter = true;
        }
        if (!Double.isNaN(s.dischargeCapacityAh())) {
            cycleHasDischargeCounter = true;
        }
        cumCounterCharge += chargeCounter.increment(s.chargeCapacityAh());
        cumCounterDischarge += dischargeCounter.increment(s.dischargeCapacityAh());
        if (buffer.size >= settings.maxSamplesPerCycle()) {
            throw new DataFormatException(sourceFile, line, null, "cycle " + cycleNumber + " has more than "
                    + settings.maxSamplesPerCycle() + " samples, so its cycle number does not seem to change from"
                    + " cycle to cycle. Let the cycles be inferred (cycle source 'infer') or map the right cycle"
                    + " column.");
        }
        buffer.add(s.timeSecond(), i, s.voltageVolt(), s.temperatureCelsius(), cumCounterCharge,
                cumCounterDischarge, cumIntegralCharge, cumIntegralDischarge, line);
    }

    private void startCycle(int number, long line) {
        open = true;
        cycleNumber = number;
        duplicate = !infer && !seenCycles.add(number);
        transitions = 0;
        dischargedSinceCharge = false;
        cycleHasChargeCounter = false;
        cycleHasDischargeCounter = false;
        baseCounterCharge = cumCounterCharge;
        baseCounterDischarge = cumCounterDischarge;
        baseIntegralCharge = cumIntegralCharge;
        baseIntegralDischarge = cumIntegralDischarge;
        buffer.clear();
    }

    private void drop(String reason, String detail) {
        drop(cycleNumber, reason, detail);
    }

    private void drop(int cycle, String reason, String detail) {
        qc.drop(cellId, sourceFile, reason, 1);
        drops.add(reason, cycle, detail);
    }

    private void closeCycle() {
        if (!open || buffer.size == 0) {
            return;
        }
        open = false;
        cycles++;
        if (transitions > 0) {
            notes.add("the cycle column holds several charge-discharge cycles", cycleNumber, "cycle "
                    + cycleNumber + " changes from discharge to charge " + transitions + " time(s) after line "
                    + buffer.line[0] + "; consider inferring the cycles");
        }
        if (duplicate) {
            drop(DUPLICATE, "cycle " + cycleNumber + " appears again at line " + buffer.line[0]
                    + " (the first occurrence is kept)");
            return;
        }
        CycleRecord r = analyse();
        if (r != null) {
            filter.accept(r);
        }
    }

    private void emit(CycleRecord r) {
        if (badRow != null) {
            return;
        }
        ValuePolicy.Violation v = policy.violation(r);
        if (v != null) {
            DataFormatException e = new ValuePolicy.Violation(v.reason(), v.column(), "cycle " + r.cycle()
                    + " (starting at this line): " + v.problem()).error(sourceFile, r.sourceLine());
            if (settings.skipBadRows() || aborting) {
                qc.skipped(cellId, sourceFile, e);
            } else {
                badRow = e;
            }
            return;
        }
        policy.passed(r);
        kept++;
        qc.kept(r);
        sink.accept(r);
    }

    private void throwBadRow() throws DataFormatException {
        if (badRow != null) {
            throw badRow;
        }
    }

    /** @return the row of the buffered cycle, or null when dropped (the drop is recorded) */
    private CycleRecord analyse() {
        CycleBuffer b = buffer;
        int n = b.size;
        double maxCharge = 0;
        double maxAbs = 0;
        for (int k = 0; k < n; k++) {
            maxCharge = Math.max(maxCharge, b.current[k]);
            maxAbs = Math.max(maxAbs, Math.abs(b.current[k]));
        }
        double rest = Double.isNaN(settings.restCurrentAmpere()) ? settings.restFraction() * maxAbs
                : settings.restCurrentAmpere();
        double cc = Math.max(rest, Double.isNaN(settings.ccCurrentAmpere()) ? settings.ccFraction() * maxCharge
                : settings.ccCurrentAmpere());
        int dischargeSamples = 0;
        for (int k = 0; k < n; k++) {
            if (b.current[k] < -rest) {
                dischargeSamples++;
            }
        }
        double dischargeCounter = b.counterDischarge[n - 1] - baseCounterDischarge;
        double dischargeIntegral = b.integralDischarge[n - 1] - baseIntegralDischarge;
        double dischargeCap = cycleHasDischargeCounter ? dischargeCounter : dischargeIntegral;
        if (dischargeSamples > 0) {
            filter.anchor(cycleNumber, dischargeCap);
        }
        if (maxCharge <= cc) {
            drop(NO_CHARGE, "cycle " + cycleNumber + " (lines " + b.line[0] + "-" + b.line[n - 1]
                    + ") has no charging sample above " + fmt(cc) + " A");
            return null;
        }
        if (dischargeSamples == 0) {
            drop(NO_DISCHARGE, "cycle " + cycleNumber + " (lines " + b.line[0] + "-" + b.line[n - 1]
                    + ") has no discharging sample");
            return null;
        }
        int[] run = chooseRun(cc);
        if (run == null) {
            return null;
        }
        int from = run[0];
        int to = run[1];
        int a = run[2];
        int z = run[3];
        boolean counter = cycleHasChargeCounter && b.counterCharge[z] - b.counterCharge[a] > 0;
        double[] q = counter ? b.counterCharge : b.integralCharge;
        ChargeCurve curve = ChargeCurve.build(b.voltage, q, b.line, a, z);
        if (curve.maxDrop > settings.voltageNoiseVolt()) {
            String detail = String.format(Locale.ROOT, "cycle %d: the voltage falls %.4f V below its running"
                    + " maximum at line %d inside the CC charge", cycleNumber, curve.maxDrop, curve.dropLine);
            if (settings.decreasingVoltage() == DecreasingVoltagePolicy.DROP_CYCLE) {
                drop(DECREASING, detail);
                return null;
            }
            notes.add(DECREASING + " (curve built on the running maximum)", cycleNumber, detail);
        }
        double[] ci = curve.increments(grid);
        double[] window = new double[to - from + 1];
        int w = 0;
        for (int k = from; k <= to; k++) {
            if (inWindow(b.voltage[k])) {
                window[w++] = b.current[k];
            }
        }
        double chargeCurrent = median(window, w);
        double[] dis = new double[dischargeSamples];
        int d = 0;
        for (int k = 0; k < n; k++) {
            if (b.current[k] < -rest) {
                dis[d++] = -b.current[k];
            }
        }
        double dischargeCurrent = median(dis, d);
        double chargeCap = cycleHasChargeCounter ? b.counterCharge[n - 1] - baseCounterCharge
                : b.integralCharge[n - 1] - baseIntegralCharge;
        if (cycleHasDischargeCounter) {
            counterCapacities++;
            crossCheck(dischargeCounter, dischargeIntegral);
        } else {
            integralCapacities++;
        }
        return new CycleRecord(cellId, cycleNumber, chargeCurrent, dischargeCurrent, temperature(),
                dischargeCap, chargeCap, ci, grid, relaxation(to, rest, cc), "A", FAMILY, settings.condition(),
                sourceFile, b.line[0]);
    }

    /**
     * @return {run start, run end, curve start (last sample at or below the window start), curve end (first
     *         sample at or above the window end)} of the last suitable CC segment, or null (drop recorded)
     */
    private int[] chooseRun(double cc) {
        CycleBuffer b = buffer;
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= b.size; k++) {
            boolean c = k < b.size && b.current[k] > cc;
            if (c && start < 0) {
                start = k;
            } else if (!c && start >= 0) {
                runs.add(new int[] {start, k - 1});
                start = -1;
            }
        }
        boolean enough = false;
        int bestPoints = 0;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = runs.size() - 1; r >= 0; r--) {
            int from = runs.get(r)[0];
            int to = runs.get(r)[1];
            int points = 0;
            for (int k = from; k <= to; k++) {
                low = Math.min(low, b.voltage[k]);
                high = Math.max(high, b.voltage[k]);
                if (inWindow(b.voltage[k])) {
                    points++;
                }
            }
            bestPoints = Math.max(bestPoints, points);
            if (points < settings.minCcPoints()) {
                continue;
            }
            enough = true;
            int firstIn = -1;
            for (int k = from; k <= to; k++) {
                if (b.voltage[k] > settings.ciStartVolt()) {
                    firstIn = k;
                    break;
                }
            }
            if (firstIn <= from) {
                continue;
            }
            for (int k = firstIn; k <= to; k++) {
                if (b.voltage[k] >= settings.ciEndVolt()) {
                    return new int[] {from, to, firstIn - 1, k};
                }
            }
        }
        String window = fmt(settings.ciStartVolt()) + "-" + fmt(settings.ciEndVolt()) + " V";
        String reach = "the CC charge spans " + fmt(low) + "-" + fmt(high) + " V";
        if (!enough) {
            drop(fewPoints, "cycle " + cycleNumber + ": " + bestPoints + " CC point(s) in " + window + "; " + reach);
        } else {
            drop(NOT_COVERED, "cycle " + cycleNumber + ": " + reach + ", the window is " + window
                    + " (choose a window inside the CC charge)");
        }
        return null;
    }

    private boolean inWindow(double v) {
        return v >= settings.ciStartVolt() && v <= settings.ciEndVolt();
    }

    private void crossCheck(double counter, double integral) {
        if (integral > 0 && counter > 0) {
            double ratio = counter / integral;
            if (ratio > 1.25 || ratio < 0.8) {
                notes.add("discharge counter and the integral of the current disagree", cycleNumber,
                        String.format(Locale.ROOT, "cycle %d: counter %.5g Ah, integral %.5g Ah (check the"
                                + " capacity and time units)", cycleNumber, counter, integral));
            }
        }
    }

    private double temperature() {
        if (!Double.isNaN(settings.temperatureCelsius())) {
            return settings.temperatureCelsius();
        }
        double sum = 0;
        int count = 0;
        boolean allZero = true;
        for (int k = 0; k < buffer.size; k++) {
            double t = buffer.temperature[k];
            if (Double.isFinite(t)) {
                sum += t;
                count++;
                allZero &= t == 0;
            }
        }
        if (count > 1 && allZero) {
            notes.add("the temperature is exactly 0 degC throughout", cycleNumber, "perhaps it was not recorded;"
                    + " set a fixed temperature in the settings if known");
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private double[] relaxation(int runEnd, double rest, double cc) {
        CycleBuffer b = buffer;
        int k = runEnd + 1;
        while (k < b.size && b.current[k] > rest && b.current[k] <= cc) {
            k++;
        }
        double[] out = new double[16];
        int n = 0;
        int max = settings.relaxationMaxPoints() == 0 ? Integer.MAX_VALUE : settings.relaxationMaxPoints();
        for (; k < b.size && Math.abs(b.current[k]) <= rest && n < max; k++) {
            if (b.voltage[k] > settings.relaxationMinVolt()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = b.voltage[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static double median(double[] values, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /**
     * Completes the last cycle, applies RPT interpolation, writes the QC (samples read, drops, warnings, units).
     *
     * @return rows delivered for this cell
     * @throws DataFormatException (strict) when the last cycle, or a row only complete now (RPT interpolation),
     *         breaks a value rule; the QC has been written
     */
    public int finish() throws DataFormatException {
        if (finished) {
            return kept;
        }
        closeCycle();
        int rows = complete();
        throwBadRow();
        return rows;
    }

    /**
     * Ends after a read error: the cycle being read is incomplete and dropped; every completed cycle is delivered
     * (with RPT interpolation: interpolated over the completed cycles; rows breaking a value rule are counted in the
     * QC as skipped) and the QC is written.
     *
     * @param error what stopped the reading, for the QC
     * @return rows delivered for this cell
     */
    public int abort(String error) {
        if (finished) {
            return kept;
        }
        aborting = true;
        badRow = null;
        if (open && buffer.size > 0) {
            open = false;
            cycles++;
            drop(INCOMPLETE, "cycle " + cycleNumber + " from line " + buffer.line[0]);
        }
        qc.warn(cellId, sourceFile, "reading stopped: " + error + " Rows of the cycles completed before were kept.");
        return complete();
    }

    private int complete() {
        finished = true;
        filter.finish();
        qc.read(cellId, sourceFile, samples);
        for (String s : drops.summaries(" (dropped)")) {
            qc.warn(cellId, sourceFile, s);
        }
        for (String s : notes.summaries("")) {
            qc.warn(cellId, sourceFile, s);
        }
        String time = stepper.warning();
        if (time != null) {
            qc.warn(cellId, sourceFile, time);
        }
        if (skipped > 0) {
            qc.warn(cellId, sourceFile, skipped + " sample(s) with a NaN time, current or voltage were skipped");
        }
        if (kept < settings.minUsefulCycles()) {
            qc.warn(cellId, sourceFile, "only " + kept + " usable cycle(s) of " + cycles + ": fewer than the "
                    + settings.minUsefulCycles() + " rows a forecasting window needs (the shortest published"
                    + " horizon, P = 10, needs 11)");
        }
        qc.units(cellId, sourceFile, (unitsNote.isEmpty() ? "" : unitsNote + "; ") + capacityText());
        return kept;
    }

    private String capacityText() {
        StringBuilder sb = new StringBuilder("capacities (Ah) ");
        if (integralCapacities == 0) {
            sb.append("from the capacity counters (resets unwrapped)");
        } else if (counterCapacities == 0) {
            sb.append("integrated from the current, I dt (no counter)");
        } else {
            sb.append("from the counters in ").append(counterCapacities).append(" cycle(s), integrated from the"
                    + " current in ").append(integralCapacities);
        }
        sb.append("; currents in A; ");
        if (!Double.isNaN(settings.temperatureCelsius())) {
            sb.append("temperature fixed at ").append(fmt(settings.temperatureCelsius())).append(" degC; ");
        }
        sb.append("CI ").append(fmt(grid.startVolt())).append('-').append(fmt(grid.endVolt())).append(" V, ")
                .append(grid.points()).append(" points");
        if (settings.rptInterpolation()) {
            sb.append("; discharge capacity interpolated between RPT cycles (cycle % ").append(settings.rptPeriod())
                    .append(" == ").append(settings.rptOffset()).append(')');
        }
        return sb.toString();
    }

    /** @return samples consumed so far */
    public long samples() {
        return samples;
    }

    /** @return cycles completed so far (kept or dropped) */
    public int cycles() {
        return cycles;
    }

    /** @return rows delivered so far */
    public int kept() {
        return kept;
    }

    /** @return true when cycles are inferred rather than taken from the samples */
    public boolean inferring() {
        return infer;
    }

    private static String fmt(double v) {
        return ReadAhead.fmt(v);
    }
}
