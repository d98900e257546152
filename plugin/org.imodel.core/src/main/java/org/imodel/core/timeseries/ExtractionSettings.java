package org.imodel.core.timeseries;

import java.util.Objects;

import org.imodel.core.data.VoltageGrid;

/**
 * How {@link CycleExtractor} turns a time series into per-cycle rows (following the reference's data-generation
 * notebooks, {@code imodel-method.md} section 9). Start from {@link #defaults()} and change values with the
 * {@code with...} methods; the constructor validates.
 *
 * @param ciStartVolt first voltage of the capacity-increment (CI) grid (V); must lie inside the CC charge
 * @param ciEndVolt last voltage of the CI grid (V)
 * @param ciPoints number of grid points
 * @param ccCurrentAmpere a sample is "CC charge" when its current exceeds this (A); NaN: {@code ccFraction} times
 *        the largest charge current of the cycle
 * @param ccFraction see {@code ccCurrentAmpere}, in (0, 1)
 * @param restCurrentAmpere a sample is at rest when |current| is at most this (A), discharging below minus it;
 *        NaN: {@code restFraction} times the largest |current| of the cycle (for inferring cycles while
 *        streaming: of the largest |current| seen so far)
 * @param restFraction see {@code restCurrentAmpere}, in (0, 1)
 * @param relaxationMinVolt the relaxation trace keeps the voltages above this of the rest right after the CC
 *        charge (V)
 * @param relaxationMaxPoints keep at most this many relaxation points (the first ones); 0 keeps all
 * @param capacityJumpAh drop row i when |Q_i - Q_(i-1)| &gt;= this, Q_(i-1) being the discharge capacity of the
 *        previous row before this filter (as the reference); NaN: no filter
 * @param rptInterpolation measure the discharge capacity only on reference-performance-test (RPT) cycles (cycle
 *        % rptPeriod == rptOffset) and interpolate it linearly on the others (constant beyond the first and last
 *        RPT), as the reference does for LSD; rows are then delivered at the end of the cell
 * @param rptPeriod RPT period in cycles
 * @param rptOffset RPT offset, 0 &lt;= offset &lt; period
 * @param minCcPoints drop cycles with fewer CC-charge samples inside the window (reference: 2)
 * @param cycleSource where cycle numbers come from
 * @param decreasingVoltage what to do when the voltage decreases inside the CC charge segment
 * @param voltageNoiseVolt decreases up to this are measurement noise (V)
 * @param temperatureCelsius a fixed temperature for every row (degC), e.g. the chamber setting; NaN: the mean of
 *        the temperature column over the cycle
 * @param condition condition label written to every row
 * @param minUsefulCycles fewer kept cycles give a QC warning (the shortest published horizon, P = 10, needs 11)
 * @param maxSamplesPerCycle a cycle with more samples is an error (guards memory when the cycle column does not
 *        count cycles)
 * @param skipBadRows leave out rows with a malformed cell or an implausible temperature (counted in the QC table
 *        by reason, the first few named) instead of stopping at the first one
 */
public record ExtractionSettings(double ciStartVolt, double ciEndVolt, int ciPoints, double ccCurrentAmpere,
        double ccFraction, double restCurrentAmpere, double restFraction, double relaxationMinVolt,
        int relaxationMaxPoints, double capacityJumpAh, boolean rptInterpolation, int rptPeriod, int rptOffset,
        int minCcPoints, CycleSource cycleSource, DecreasingVoltagePolicy decreasingVoltage, double voltageNoiseVolt,
        double temperatureCelsius, String condition, int minUsefulCycles, int maxSamplesPerCycle,
        boolean skipBadRows) {

    /** Checks the values. */
    public ExtractionSettings {
        Objects.requireNonNull(cycleSource, "cycleSource");
        Objects.requireNonNull(decreasingVoltage, "decreasingVoltage");
        Objects.requireNonNull(condition, "condition");
        if (!Double.isFinite(ciStartVolt) || !Double.isFinite(ciEndVolt) || !(ciEndVolt > ciStartVolt)) {
            throw new IllegalArgumentException("The CI voltage window needs a start below its end; got "
                    + ciStartVolt + " to " + ciEndVolt + " V");
        }
        if (ciPoints < 2) {
            throw new IllegalArgumentException("The CI curve needs at least 2 points; got " + ciPoints);
        }
        checkThreshold(ccCurrentAmpere, "CC charge current threshold");
        checkThreshold(restCurrentAmpere, "rest current threshold");
        checkFraction(ccFraction, "CC charge fraction");
        checkFraction(restFraction, "rest fraction");
        if (!Double.isFinite(relaxationMinVolt)) {
            throw new IllegalArgumentException("The relaxation voltage threshold must be a number (V)");
        }
        if (relaxationMaxPoints < 0) {
            throw new IllegalArgumentException("Relaxation points must be 0 (all) or more; got "
                    + relaxationMaxPoints);
        }
        if (!Double.isNaN(capacityJumpAh) && !(capacityJumpAh > 0 && Double.isFinite(capacityJumpAh))) {
            throw new IllegalArgumentException("The capacity-jump threshold must be positive (Ah), or NaN for no"
                    + " filter; got " + capacityJumpAh);
        }
        if (rptPeriod < 1 || rptOffset < 0 || rptOffset >= rptPeriod) {
            throw new IllegalArgumentException("RPT cycles need period >= 1 and 0 <= offset < period; got period "
                    + rptPeriod + ", offset " + rptOffset);
        }
        if (minCcPoints < 1) {
            throw new IllegalArgumentException("At least 1 CC point is needed; got " + minCcPoints);
        }
        if (!(voltageNoiseVolt >= 0 && Double.isFinite(voltageNoiseVolt))) {
            throw new IllegalArgumentException("The voltage noise must be >= 0 V; got " + voltageNoiseVolt);
        }
        if (!Double.isNaN(temperatureCelsius) && !(temperatureCelsius > -273.15 && temperatureCelsius < 1000)) {
            throw new IllegalArgumentException("The fixed temperature must be a plausible degC value or NaN; got "
                    + temperatureCelsius);
        }
        if (minUsefulCycles < 0) {
            throw new IllegalArgumentException("minUsefulCycles must be >= 0; got " + minUsefulCycles);
        }
        if (maxSamplesPerCycle < 1000) {
            throw new IllegalArgumentException("maxSamplesPerCycle must be at least 1000; got "
                    + maxSamplesPerCycle);
        }
    }

    private static void checkThreshold(double v, String what) {
        if (!Double.isNaN(v) && !(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException("The " + what + " must be >= 0 A, or NaN for automatic; got " + v);
        }
    }

    private static void checkFraction(double v, String what) {
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException("The " + what + " must be between 0 and 1 (exclusive); got " + v);
        }
    }

    /**
     * The defaults: CI 3.6-4.15 V with 50 points (the UL grid); CC charge above 1 % of the cycle's largest charge
     * current; rest at most 0.2 % of the cycle's largest |current|; relaxation above 4.0 V, all points; no
     * capacity-jump filter; no RPT interpolation (period 5, offset 1 when switched on); at least 2 CC points;
     * cycles from the column, else inferred; running maximum for decreasing voltages with 5 mV noise; measured
     * temperature; empty condition; a warning below 11 cycles; at most 2 000 000 samples per cycle; stop at the
     * first bad row.
     *
     * @return the default settings
     */
    public static ExtractionSettings defaults() {
        return new ExtractionSettings(3.6, 4.15, 50, Double.NaN, 0.01, Double.NaN, 0.002, 4.0, 0, Double.NaN,
                false, 5, 1, 2, CycleSource.AUTO, DecreasingVoltagePolicy.RUNNING_MAX, 0.005, Double.NaN, "", 11,
                2_000_000, false);
    }

    /** @return the CI grid */
    public VoltageGrid grid() {
        return new VoltageGrid(ciStartVolt, ciEndVolt, ciPoints, false);
    }

    /**
     * @param start first voltage (V)
     * @param end last voltage (V)
     * @param points grid points
     * @return a copy with that CI window
     */
    public ExtractionSettings withCiWindow(double start, double end, int points) {
        return new ExtractionSettings(start, end, points, ccCurrentAmpere, ccFraction, restCurrentAmpere,
                restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh, rptInterpolation, rptPeriod,
                rptOffset, minCcPoints, cycleSource, decreasingVoltage, voltageNoiseVolt, temperatureCelsius,
                condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param ampere CC threshold (A), NaN for automatic
     * @param fraction fraction of the cycle's largest charge current used when automatic
     * @return a copy with that CC charge rule
     */
    public ExtractionSettings withCcCharge(double ampere, double fraction) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ampere, fraction, restCurrentAmpere,
                restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh, rptInterpolation, rptPeriod,
                rptOffset, minCcPoints, cycleSource, decreasingVoltage, voltageNoiseVolt, temperatureCelsius,
                condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param ampere rest threshold (A), NaN for automatic
     * @param fraction fraction of the largest |current| used when automatic
     * @return a copy with that rest rule
     */
    public ExtractionSettings withRest(double ampere, double fraction) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction, ampere,
                fraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh, rptInterpolation, rptPeriod,
                rptOffset, minCcPoints, cycleSource, decreasingVoltage, voltageNoiseVolt, temperatureCelsius,
                condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param minVolt keep relaxation voltages above this (V)
     * @param maxPoints at most this many points, 0 for all
     * @return a copy with that relaxation rule
     */
    public ExtractionSettings withRelaxation(double minVolt, int maxPoints) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, minVolt, maxPoints, capacityJumpAh, rptInterpolation, rptPeriod,
                rptOffset, minCcPoints, cycleSource, decreasingVoltage, voltageNoiseVolt, temperatureCelsius,
                condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param ah capacity-jump threshold (Ah), NaN for none
     * @return a copy with that filter
     */
    public ExtractionSettings withCapacityJump(double ah) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, relaxationMinVolt, relaxationMaxPoints, ah, rptInterpolation,
                rptPeriod, rptOffset, minCcPoints, cycleSource, decreasingVoltage, voltageNoiseVolt,
                temperatureCelsius, condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param on switch RPT interpolation on
     * @param period RPT period
     * @param offset RPT offset
     * @return a copy with that RPT rule
     */
    public ExtractionSettings withRpt(boolean on, int period, int offset) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh, on, period,
                offset, minCcPoints, cycleSource, decreasingVoltage, voltageNoiseVolt, temperatureCelsius,
                condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param points minimum CC points inside the window
     * @return a copy with that minimum
     */
    public ExtractionSettings withMinCcPoints(int points) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh,
                rptInterpolation, rptPeriod, rptOffset, points, cycleSource, decreasingVoltage, voltageNoiseVolt,
                temperatureCelsius, condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param source where cycle numbers come from
     * @return a copy with that source
     */
    public ExtractionSettings withCycleSource(CycleSource source) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh,
                rptInterpolation, rptPeriod, rptOffset, minCcPoints, source, decreasingVoltage, voltageNoiseVolt,
                temperatureCelsius, condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param policy what to do with a decreasing voltage in the CC charge
     * @param noiseVolt decreases up to this are noise (V)
     * @return a copy with that policy
     */
    public ExtractionSettings withDecreasingVoltage(DecreasingVoltagePolicy policy, double noiseVolt) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh,
                rptInterpolation, rptPeriod, rptOffset, minCcPoints, cycleSource, policy, noiseVolt,
                temperatureCelsius, condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param celsius fixed temperature (degC), NaN for the measured mean
     * @return a copy with that temperature
     */
    public ExtractionSettings withTemperature(double celsius) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh,
                rptInterpolation, rptPeriod, rptOffset, minCcPoints, cycleSource, decreasingVoltage,
                voltageNoiseVolt, celsius, condition, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param label condition label
     * @return a copy with that condition
     */
    public ExtractionSettings withCondition(String label) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh,
                rptInterpolation, rptPeriod, rptOffset, minCcPoints, cycleSource, decreasingVoltage,
                voltageNoiseVolt, temperatureCelsius, label, minUsefulCycles, maxSamplesPerCycle, skipBadRows);
    }

    /**
     * @param cycles minimum useful cycles (below: QC warning)
     * @param samples maximum samples per cycle
     * @return a copy with those limits
     */
    public ExtractionSettings withLimits(int cycles, int samples) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh,
                rptInterpolation, rptPeriod, rptOffset, minCcPoints, cycleSource, decreasingVoltage,
                voltageNoiseVolt, temperatureCelsius, condition, cycles, samples, skipBadRows);
    }

    /**
     * @param skip leave out rows with bad values (counted in the QC table) instead of stopping
     * @return a copy with that choice
     */
    public ExtractionSettings withSkipBadRows(boolean skip) {
        return new ExtractionSettings(ciStartVolt, ciEndVolt, ciPoints, ccCurrentAmpere, ccFraction,
                restCurrentAmpere, restFraction, relaxationMinVolt, relaxationMaxPoints, capacityJumpAh,
                rptInterpolation, rptPeriod, rptOffset, minCcPoints, cycleSource, decreasingVoltage,
                voltageNoiseVolt, temperatureCelsius, condition, minUsefulCycles, maxSamplesPerCycle, skip);
    }

    /**
     * @param cycle a cycle number
     * @return true when it is an RPT cycle
     */
    public boolean isRpt(int cycle) {
        return Math.floorMod(cycle, rptPeriod) == rptOffset;
    }
}
