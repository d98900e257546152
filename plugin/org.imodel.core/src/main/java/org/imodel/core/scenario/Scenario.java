package org.imodel.core.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named schedule of future use, one entry per future cycle: charge current, discharge current (positive magnitude)
 * and ambient temperature. Cycle 1 of a scenario is the cycle of the cell's state ("today", whose capacity the model
 * also predicts), cycle k the (k-1)-th cycle after it. Currents are in amperes or C-rates ({@link ScenarioUnit});
 * {@link ModelUnits} converts them to what a model takes.
 *
 * <p>Build one as a constant use ({@link #constant}), piecewise ({@link #piecewise}, or from text with
 * {@link ScheduleText}), explicitly per cycle ({@link #explicit}), or many at once as a grid ({@link ScenarioGrid}).
 */
public final class Scenario {

    private final String name;
    private final ScenarioUnit unit;
    private final double[] charge;
    private final double[] discharge;
    private final double[] temperature;

    private Scenario(String name, ScenarioUnit unit, double[] charge, double[] discharge, double[] temperature) {
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A scenario needs a name");
        }
        if (charge.length != discharge.length || charge.length != temperature.length) {
            throw new IllegalArgumentException("Scenario '" + name + "': " + charge.length + " charge currents, "
                    + discharge.length + " discharge currents and " + temperature.length
                    + " temperatures; give one of each per cycle");
        }
        if (charge.length == 0) {
            throw new IllegalArgumentException("Scenario '" + name + "' has no cycles");
        }
        for (int k = 0; k < charge.length; k++) {
            check(name, k, "charge current", charge[k], 0, Double.MAX_VALUE);
            check(name, k, "discharge current", discharge[k], 0, Double.MAX_VALUE);
            check(name, k, "temperature", temperature[k], -273.15, Double.MAX_VALUE);
        }
        this.charge = charge;
        this.discharge = discharge;
        this.temperature = temperature;
    }

    private static void check(String name, int k, String what, double v, double above, double max) {
        if (!(v > above && v <= max)) {
            throw new IllegalArgumentException("Scenario '" + name + "', cycle " + (k + 1) + ": the " + what
                    + " must be a number above " + (above == 0 ? "0" : above + " degC") + "; got " + v);
        }
    }

    /**
     * @param name scenario name
     * @param unit current unit
     * @param cycles number of cycles, at least 1
     * @param charge charge current
     * @param discharge discharge current (positive magnitude)
     * @param temperature ambient temperature (&deg;C)
     * @return the same use on every cycle
     */
    public static Scenario constant(String name, ScenarioUnit unit, int cycles, double charge, double discharge,
            double temperature) {
        return piecewise(name, unit, List.of(new Segment(cycles, charge, discharge, temperature)));
    }

    /**
     * @param name scenario name
     * @param unit current unit
     * @param segments stretches of constant use, in order
     * @return the scenario
     */
    public static Scenario piecewise(String name, ScenarioUnit unit, List<Segment> segments) {
        int n = 0;
        for (Segment s : segments) {
            if (s.cycles() < 1) {
                throw new IllegalArgumentException("Scenario '" + name + "': a segment must last at least 1 cycle; got "
                        + s.cycles());
            }
            n = Math.addExact(n, s.cycles());
        }
        double[] c = new double[n];
        double[] d = new double[n];
        double[] t = new double[n];
        int k = 0;
        for (Segment s : segments) {
            Arrays.fill(c, k, k + s.cycles(), s.charge());
            Arrays.fill(d, k, k + s.cycles(), s.discharge());
            Arrays.fill(t, k, k + s.cycles(), s.temperature());
            k += s.cycles();
        }
        return new Scenario(name, unit, c, d, t);
    }

    /**
     * @param name scenario name
     * @param unit current unit
     * @param charge charge current per cycle
     * @param discharge discharge current per cycle (positive magnitudes)
     * @param temperature ambient temperature per cycle (&deg;C)
     * @return the scenario (the arrays are copied)
     */
    public static Scenario explicit(String name, ScenarioUnit unit, double[] charge, double[] discharge,
            double[] temperature) {
        return new Scenario(name, unit, charge.clone(), discharge.clone(), temperature.clone());
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the unit of the currents */
    public ScenarioUnit unit() {
        return unit;
    }

    /** @return the number of cycles the scenario covers */
    public int cycles() {
        return charge.length;
    }

    /**
     * @param cycle 0-based cycle index
     * @return charge current of that cycle
     */
    public double charge(int cycle) {
        return charge[cycle];
    }

    /**
     * @param cycle 0-based cycle index
     * @return discharge current of that cycle
     */
    public double discharge(int cycle) {
        return discharge[cycle];
    }

    /**
     * @param cycle 0-based cycle index
     * @return temperature of that cycle (&deg;C)
     */
    public double temperature(int cycle) {
        return temperature[cycle];
    }

    @Override
    public String toString() {
        return "Scenario '" + name + "' (" + cycles() + " cycles, currents in " + unit.symbol() + ")";
    }
}
