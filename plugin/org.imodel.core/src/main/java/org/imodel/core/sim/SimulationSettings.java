package org.imodel.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.imodel.core.data.VoltageGrid;

/**
 * Everything {@link CellSimulator} needs: how many cells and cycles, the seed, the cell, the cycling protocol, the
 * use scenario, the capacity-increment window, the sampling of the raw time series and the ageing parameters.
 * Start from {@link #builder()} (the documented defaults) or {@link #example()}; every value is checked when the
 * settings are built, with a message that names the setting and its allowed range.
 *
 * <p>
 * Protocol of every simulated cycle (step index in brackets): [1] constant-current (CC) charge at
 * {@code chargeCRate} &times; nominal capacity up to {@code upperCutoffVolt}; [2] optional constant-voltage (CV)
 * hold at {@code upperCutoffVolt} until the current falls to {@code cvCutoffCRate} &times; nominal capacity (at
 * most 2 h); [3] rest of {@code relaxationSamples} &times; {@code relaxationIntervalSeconds} (the relaxation
 * trace); [4] CC discharge at {@code dischargeCRate} &times; nominal capacity down to {@code lowerCutoffVolt};
 * [5] rest of {@code restAfterDischargeSeconds}.
 *
 * <p>
 * The accepted ranges are wider than the ratings of the modelled cell: far outside them (say 3C charge at 0 &deg;C or
 * 10C discharge) the resistive drop alone reaches a cut-off, so the cell delivers little or no capacity and its test
 * ends after the first cycle (see {@code endOfTestFraction}).
 *
 * @param cells number of simulated cells, 1 to 10 000 (default 8)
 * @param cyclesPerCell cycles per cell, 1 to 100 000 (default 300); a cell stops earlier when its discharge
 *        capacity falls below {@code endOfTestFraction} of the nominal capacity
 * @param seed random seed; identical settings give identical output (default 42)
 * @param nominalCapacityAh nominal capacity (Ah) that the C-rates refer to, in (0, 1000] (default 3.0)
 * @param chargeCRate base charge C-rate (default 0.5)
 * @param dischargeCRate base discharge C-rate (default 1.0)
 * @param temperatureCelsius base ambient temperature in &deg;C (default 25)
 * @param cellConditions optional per-cell base conditions: cell i uses entry {@code i mod size}; when empty
 *        (default) every cell uses the three base values above
 * @param scenario blocks that change rates and temperature from a given cycle on, for all cells, in strictly
 *        increasing order of their first cycle (default none)
 * @param cellSpread scale of the cell-to-cell variation: 0 gives identical cells, 1 the spreads of
 *        {@link AgeingParameters} (default 1), at most 5
 * @param capacityNoise relative standard deviation of the cycle-to-cycle capacity scatter, in [0, 0.05] (default
 *        0.002, about 6 mAh on 3 Ah)
 * @param ciGrid uniform voltage grid of the capacity-increment curve, strictly inside the cut-off voltages
 *        (default {@link VoltageGrid#UL}: 3.6 to 4.15 V, 50 points)
 * @param relaxationSamples voltage samples of the rest after charge, 1 to 10 000 (default 30)
 * @param relaxationIntervalSeconds time between those samples, in (0, 3600] s (default 60, so a 30 min rest)
 * @param relaxationThresholdVolt only rest voltages above this value form the relaxation trace, at least 3.0 V and
 *        below the upper cut-off (default 4.0)
 * @param samplePeriodSeconds sample period of the raw time series outside the rest after charge, in [0.1, 3600] s
 *        (default 10)
 * @param upperCutoffVolt charge cut-off and CV voltage, in [4.0, 4.35] V (default 4.2)
 * @param lowerCutoffVolt discharge cut-off voltage, in [2.5, 3.2] V (default 2.75)
 * @param constantVoltagePhase whether the CC charge is followed by a CV hold (default true)
 * @param cvCutoffCRate C-rate at which the CV hold ends, above 0 and below every charge rate used (default 0.05)
 * @param restAfterDischargeSeconds rest after the discharge, in [1, 86 400] s (default 600)
 * @param endOfTestFraction a cell's test ends after the first cycle whose discharge capacity is below this fraction
 *        of the nominal capacity, in [0.2, 0.99] (default 0.6)
 * @param ageing parameters of the ageing and circuit model (default {@link AgeingParameters#DEFAULTS})
 */
public record SimulationSettings(int cells, int cyclesPerCell, long seed, double nominalCapacityAh,
        double chargeCRate, double dischargeCRate, double temperatureCelsius, List<OperatingCondition> cellConditions,
        List<ScenarioBlock> scenario, double cellSpread, double capacityNoise, VoltageGrid ciGrid,
        int relaxationSamples, double relaxationIntervalSeconds, double relaxationThresholdVolt,
        double samplePeriodSeconds, double upperCutoffVolt, double lowerCutoffVolt, boolean constantVoltagePhase,
        double cvCutoffCRate, double restAfterDischargeSeconds, double endOfTestFraction, AgeingParameters ageing) {

    /** Checks every value; lists are copied. */
    public SimulationSettings {
        Objects.requireNonNull(cellConditions, "cellConditions");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(ciGrid, "ciGrid");
        Objects.requireNonNull(ageing, "ageing");
        cellConditions = List.copyOf(cellConditions);
        scenario = List.copyOf(scenario);
        intRange(cells, "number of cells", 1, 10_000);
        intRange(cyclesPerCell, "number of cycles per cell", 1, 100_000);
        if (!(nominalCapacityAh > 0 && nominalCapacityAh <= 1000)) {
            throw new IllegalArgumentException("The nominal capacity must be above 0 and at most 1000 Ah; got "
                    + nominalCapacityAh + ".");
        }
        OperatingCondition base = new OperatingCondition(chargeCRate, dischargeCRate, temperatureCelsius);
        range(cellSpread, "cell-to-cell spread", 0, 5, "");
        range(capacityNoise, "capacity noise", 0, 0.05, " (relative standard deviation)");
        range(upperCutoffVolt, "upper cut-off voltage", 4.0, 4.35, " V");
        range(lowerCutoffVolt, "lower cut-off voltage", 2.5, 3.2, " V");
        if (ciGrid.perCycle()) {
            throw new IllegalArgumentException("The capacity-increment grid must be a fixed (uniform) grid, not a"
                    + " per-cycle grid.");
        }
        if (!(ciGrid.startVolt() > lowerCutoffVolt && ciGrid.endVolt() < upperCutoffVolt)) {
            throw new IllegalArgumentException("The capacity-increment window " + ciGrid.startVolt() + " to "
                    + ciGrid.endVolt() + " V must lie strictly between the lower cut-off (" + lowerCutoffVolt
                    + " V) and the upper cut-off (" + upperCutoffVolt + " V), so that the CC charge crosses it.");
        }
        intRange(ciGrid.points(), "number of capacity-increment points", 2, 10_000);
        intRange(relaxationSamples, "number of relaxation samples", 1, 10_000);
        if (!(relaxationIntervalSeconds > 0 && relaxationIntervalSeconds <= 3600)) {
            throw new IllegalArgumentException("The relaxation sample interval must be above 0 and at most 3600 s;"
                    + " got " + relaxationIntervalSeconds + ".");
        }
        if (!(relaxationThresholdVolt >= 3.0 && relaxationThresholdVolt < upperCutoffVolt)) {
            throw new IllegalArgumentException("The relaxation threshold must be at least 3.0 V and below the upper"
                    + " cut-off (" + upperCutoffVolt + " V); got " + relaxationThresholdVolt + ".");
        }
        range(samplePeriodSeconds, "time-series sample period", 0.1, 3600, " s");
        range(restAfterDischargeSeconds, "rest after discharge", 1, 86_400, " s");
        range(endOfTestFraction, "end-of-test fraction", 0.2, 0.99, " (of the nominal capacity)");
        for (int i = 1; i < scenario.size(); i++) {
            if (scenario.get(i).fromCycle() <= scenario.get(i - 1).fromCycle()) {
                throw new IllegalArgumentException("Scenario blocks must be in strictly increasing order of their"
                        + " first cycle; block " + (i + 1) + " starts at cycle " + scenario.get(i).fromCycle()
                        + " after a block starting at cycle " + scenario.get(i - 1).fromCycle() + ".");
            }
        }
        double minCharge = minChargeRate(base, cellConditions, scenario);
        if (!(cvCutoffCRate > 0 && cvCutoffCRate < minCharge)) {
            throw new IllegalArgumentException("The CV cut-off C-rate must be above 0 and below every charge C-rate"
                    + " in use (lowest: " + minCharge + "C); got " + cvCutoffCRate + ".");
        }
    }

    private static double minChargeRate(OperatingCondition base, List<OperatingCondition> cellConditions,
            List<ScenarioBlock> scenario) {
        double min = cellConditions.isEmpty() ? base.chargeCRate() : Double.POSITIVE_INFINITY;
        for (OperatingCondition c : cellConditions) {
            min = Math.min(min, c.chargeCRate());
        }
        for (ScenarioBlock b : scenario) {
            if (!Double.isNaN(b.chargeCRate())) {
                min = Math.min(min, b.chargeCRate());
            }
        }
        return min;
    }

    private static void intRange(int v, String what, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException("The " + what + " must be between " + lo + " and " + hi + "; got " + v
                    + ".");
        }
    }

    private static void range(double v, String what, double lo, double hi, String unit) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException("The " + what + " must be between " + lo + " and " + hi + unit
                    + "; got " + v + ".");
        }
    }

    /** @return a builder holding the documented defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the documented defaults: 8 cells &times; 300 cycles at 25 &deg;C, 0.5C charge, 1C discharge */
    public static SimulationSettings defaults() {
        return builder().build();
    }

    /**
     * The product's example data set: 8 cells over 4 UL-like conditions (two cells each): 25 &deg;C 0.5C/1C,
     * 25 &deg;C 1C/1C (early knee), 35 &deg;C 0.5C/2C and 45 &deg;C 0.25C/1C (no knee within 300 cycles), 300 cycles
     * at most, seed 42.
     *
     * @return the example settings
     */
    public static SimulationSettings example() {
        return builder().cellConditions(List.of(new OperatingCondition(0.5, 1, 25), new OperatingCondition(1, 1, 25),
                new OperatingCondition(0.5, 2, 35), new OperatingCondition(0.25, 1, 45))).build();
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.cells = cells;
        b.cyclesPerCell = cyclesPerCell;
        b.seed = seed;
        b.nominalCapacityAh = nominalCapacityAh;
        b.chargeCRate = chargeCRate;
        b.dischargeCRate = dischargeCRate;
        b.temperatureCelsius = temperatureCelsius;
        b.cellConditions = new ArrayList<>(cellConditions);
        b.scenario = new ArrayList<>(scenario);
        b.cellSpread = cellSpread;
        b.capacityNoise = capacityNoise;
        b.ciGrid = ciGrid;
        b.relaxationSamples = relaxationSamples;
        b.relaxationIntervalSeconds = relaxationIntervalSeconds;
        b.relaxationThresholdVolt = relaxationThresholdVolt;
        b.samplePeriodSeconds = samplePeriodSeconds;
        b.upperCutoffVolt = upperCutoffVolt;
        b.lowerCutoffVolt = lowerCutoffVolt;
        b.constantVoltagePhase = constantVoltagePhase;
        b.cvCutoffCRate = cvCutoffCRate;
        b.restAfterDischargeSeconds = restAfterDischargeSeconds;
        b.endOfTestFraction = endOfTestFraction;
        b.ageing = ageing;
        return b;
    }

    /** @return the base condition (used by every cell when {@link #cellConditions()} is empty) */
    public OperatingCondition baseCondition() {
        return new OperatingCondition(chargeCRate, dischargeCRate, temperatureCelsius);
    }

    /**
     * @param cellIndex 0-based cell index
     * @param cycle 1-based cycle number
     * @return the condition of that cell in that cycle: its base condition with all scenario blocks that start
     *         at or before the cycle applied in order
     */
    public OperatingCondition conditionAt(int cellIndex, int cycle) {
        OperatingCondition c = cellConditions.isEmpty() ? baseCondition()
                : cellConditions.get(Math.floorMod(cellIndex, cellConditions.size()));
        for (ScenarioBlock b : scenario) {
            if (b.fromCycle() > cycle) {
                break;
            }
            c = b.applyTo(c);
        }
        return c;
    }

    /** Builder of {@link SimulationSettings}; starts from the documented defaults. */
    public static final class Builder {
        private int cells = 8;
        private int cyclesPerCell = 300;
        private long seed = 42;
        private double nominalCapacityAh = 3.0;
        private double chargeCRate = 0.5;
        private double dischargeCRate = 1.0;
        private double temperatureCelsius = 25;
        private List<OperatingCondition> cellConditions = new ArrayList<>();
        private List<ScenarioBlock> scenario = new ArrayList<>();
        private double cellSpread = 1.0;
        private double capacityNoise = 0.002;
        private VoltageGrid ciGrid = VoltageGrid.UL;
        private int relaxationSamples = 30;
        private double relaxationIntervalSeconds = 60;
        private double relaxationThresholdVolt = 4.0;
        private double samplePeriodSeconds = 10;
        private double upperCutoffVolt = 4.2;
        private double lowerCutoffVolt = 2.75;
        private boolean constantVoltagePhase = true;
        private double cvCutoffCRate = 0.05;
        private double restAfterDischargeSeconds = 600;
        private double endOfTestFraction = 0.6;
        private AgeingParameters ageing = AgeingParameters.DEFAULTS;

        private Builder() {
        }

        /**
         * @param v number of cells
         * @return this builder
         */
        public Builder cells(int v) {
            cells = v;
            return this;
        }

        /**
         * @param v cycles per cell
         * @return this builder
         */
        public Builder cyclesPerCell(int v) {
            cyclesPerCell = v;
            return this;
        }

        /**
         * @param v random seed
         * @return this builder
         */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /**
         * @param v nominal capacity (Ah)
         * @return this builder
         */
        public Builder nominalCapacityAh(double v) {
            nominalCapacityAh = v;
            return this;
        }

        /**
         * @param v base charge C-rate
         * @return this builder
         */
        public Builder chargeCRate(double v) {
            chargeCRate = v;
            return this;
        }

        /**
         * @param v base discharge C-rate
         * @return this builder
         */
        public Builder dischargeCRate(double v) {
            dischargeCRate = v;
            return this;
        }

        /**
         * @param v base ambient temperature (&deg;C)
         * @return this builder
         */
        public Builder temperatureCelsius(double v) {
            temperatureCelsius = v;
            return this;
        }

        /**
         * @param c sets the three base values at once
         * @return this builder
         */
        public Builder condition(OperatingCondition c) {
            chargeCRate = c.chargeCRate();
            dischargeCRate = c.dischargeCRate();
            temperatureCelsius = c.temperatureCelsius();
            return this;
        }

        /**
         * @param v per-cell base conditions (cell i uses entry i mod size)
         * @return this builder
         */
        public Builder cellConditions(List<OperatingCondition> v) {
            cellConditions = new ArrayList<>(v);
            return this;
        }

        /**
         * @param v scenario blocks in increasing order of first cycle
         * @return this builder
         */
        public Builder scenario(List<ScenarioBlock> v) {
            scenario = new ArrayList<>(v);
            return this;
        }

        /**
         * @param v scale of the cell-to-cell variation
         * @return this builder
         */
        public Builder cellSpread(double v) {
            cellSpread = v;
            return this;
        }

        /**
         * @param v relative sd of the cycle-to-cycle capacity scatter
         * @return this builder
         */
        public Builder capacityNoise(double v) {
            capacityNoise = v;
            return this;
        }

        /**
         * @param v capacity-increment grid
         * @return this builder
         */
        public Builder ciGrid(VoltageGrid v) {
            ciGrid = v;
            return this;
        }

        /**
         * @param v number of relaxation samples
         * @return this builder
         */
        public Builder relaxationSamples(int v) {
            relaxationSamples = v;
            return this;
        }

        /**
         * @param v seconds between relaxation samples
         * @return this builder
         */
        public Builder relaxationIntervalSeconds(double v) {
            relaxationIntervalSeconds = v;
            return this;
        }

        /**
         * @param v relaxation threshold (V)
         * @return this builder
         */
        public Builder relaxationThresholdVolt(double v) {
            relaxationThresholdVolt = v;
            return this;
        }

        /**
         * @param v time-series sample period (s)
         * @return this builder
         */
        public Builder samplePeriodSeconds(double v) {
            samplePeriodSeconds = v;
            return this;
        }

        /**
         * @param v upper cut-off voltage (V)
         * @return this builder
         */
        public Builder upperCutoffVolt(double v) {
            upperCutoffVolt = v;
            return this;
        }

        /**
         * @param v lower cut-off voltage (V)
         * @return this builder
         */
        public Builder lowerCutoffVolt(double v) {
            lowerCutoffVolt = v;
            return this;
        }

        /**
         * @param v whether a CV hold follows the CC charge
         * @return this builder
         */
        public Builder constantVoltagePhase(boolean v) {
            constantVoltagePhase = v;
            return this;
        }

        /**
         * @param v C-rate that ends the CV hold
         * @return this builder
         */
        public Builder cvCutoffCRate(double v) {
            cvCutoffCRate = v;
            return this;
        }

        /**
         * @param v rest after discharge (s)
         * @return this builder
         */
        public Builder restAfterDischargeSeconds(double v) {
            restAfterDischargeSeconds = v;
            return this;
        }

        /**
         * @param v end-of-test capacity fraction
         * @return this builder
         */
        public Builder endOfTestFraction(double v) {
            endOfTestFraction = v;
            return this;
        }

        /**
         * @param v ageing parameters
         * @return this builder
         */
        public Builder ageing(AgeingParameters v) {
            ageing = v;
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalArgumentException when a value is out of range, with a message naming it
         */
        public SimulationSettings build() {
            return new SimulationSettings(cells, cyclesPerCell, seed, nominalCapacityAh, chargeCRate, dischargeCRate,
                    temperatureCelsius, cellConditions, scenario, cellSpread, capacityNoise, ciGrid,
                    relaxationSamples, relaxationIntervalSeconds, relaxationThresholdVolt, samplePeriodSeconds,
                    upperCutoffVolt, lowerCutoffVolt, constantVoltagePhase, cvCutoffCRate, restAfterDischargeSeconds,
                    endOfTestFraction, ageing);
        }
    }
}
