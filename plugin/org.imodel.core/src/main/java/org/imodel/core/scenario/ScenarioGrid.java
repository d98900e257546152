package org.imodel.core.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Every combination of charge current, discharge current and temperature as a constant scenario: charge varies
 * slowest, temperature fastest. Names read like the schedule text, e.g. {@code 0.5C/1C/25degC}.
 */
public final class ScenarioGrid {

    private ScenarioGrid() {
    }

    /**
     * @param unit unit of the currents
     * @param charge charge currents
     * @param discharge discharge currents (positive magnitudes)
     * @param temperature temperatures (&deg;C)
     * @param cycles cycles per scenario (at least the model's horizon)
     * @return |charge| &times; |discharge| &times; |temperature| scenarios
     * @throws IllegalArgumentException when a list is empty or a value is repeated (names would clash)
     */
    public static List<Scenario> of(ScenarioUnit unit, List<Double> charge, List<Double> discharge,
            List<Double> temperature, int cycles) {
        check("charge", charge);
        check("discharge", discharge);
        check("temperature", temperature);
        List<Scenario> out = new ArrayList<>(charge.size() * discharge.size() * temperature.size());
        for (double c : charge) {
            for (double d : discharge) {
                for (double t : temperature) {
                    out.add(Scenario.constant(name(unit, c, d, t), unit, cycles, c, d, t));
                }
            }
        }
        return out;
    }

    /**
     * @param unit unit of the currents
     * @param charge charge current
     * @param discharge discharge current
     * @param temperature temperature (&deg;C)
     * @return the grid's name of that combination, e.g. {@code 0.5C/1C/25degC}
     */
    public static String name(ScenarioUnit unit, double charge, double discharge, double temperature) {
        return ScheduleText.number(charge) + unit.symbol() + "/" + ScheduleText.number(discharge) + unit.symbol() + "/"
                + ScheduleText.number(temperature) + "degC";
    }

    private static void check(String what, List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("The scenario grid needs at least one " + what + " value");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("The scenario grid's " + what + " values " + values
                    + " repeat a value; give each value once");
        }
    }
}
