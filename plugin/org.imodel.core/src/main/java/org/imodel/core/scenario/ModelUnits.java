package org.imodel.core.scenario;

import java.math.BigDecimal;
import java.util.List;

import org.imodel.core.artifact.ModelSpec;

/**
 * Converts a scenario to the values a model takes per future step: its current unit ({@code A}, {@code C} or the
 * UL files' {@code C-code}) and &deg;C, for exactly the model's horizon.
 *
 * <p>Amperes and C-rates convert with the cell's nominal capacity (A = C-rate &times; Ah). {@code C-code} is the
 * published UL encoding: the charge value is the file-name code divided by 10 (0.25C is code "025" and reads 2.5,
 * 0.5C reads 0.5, 1C reads 0.1, 2C reads 0.2), the discharge value is the C-rate itself. Only charge rates below 1C
 * with a short decimal, or whole rates, have a code; others are refused.
 */
public final class ModelUnits {

    private ModelUnits() {
    }

    /**
     * @param scenario the scenario
     * @param spec the model's spec (its scenario units and horizon)
     * @param nominalAh the cell's nominal capacity (Ah), or NaN when unknown (then only scenarios already in the
     *        model's kind of unit convert)
     * @param cellId the cell, for messages
     * @return {@code [P][3]} charge, discharge, temperature per step, in the model's units
     * @throws IllegalArgumentException when the scenario is shorter than the horizon, the model's units are unknown,
     *         or the conversion needs a nominal capacity that is not given
     */
    public static float[][] toModel(Scenario scenario, ModelSpec spec, double nominalAh, String cellId) {
        int horizon = spec.config().horizon();
        checkModel(spec);
        if (scenario.cycles() < horizon) {
            throw new IllegalArgumentException("Scenario '" + scenario.name() + "' covers " + scenario.cycles()
                    + " cycles but the model forecasts " + horizon + " cycles: extend the scenario to at least "
                    + horizon + " cycles");
        }
        List<String> units = spec.scenarioUnits();
        float[][] out = new float[horizon][];
        for (int k = 0; k < horizon; k++) {
            out[k] = new float[] {
                (float) current(scenario, scenario.charge(k), units.get(0), true, nominalAh, cellId),
                (float) current(scenario, scenario.discharge(k), units.get(1), false, nominalAh, cellId),
                (float) scenario.temperature(k)};
        }
        return out;
    }

    /**
     * Checks, before any scenario is at hand, that scenarios can be converted for the model: its scenario channels
     * are this version's, its currents in A, C or C-code and its temperatures in degC.
     *
     * @param spec the model's spec
     * @throws IllegalArgumentException naming the channel or unit this version does not know
     */
    public static void checkModel(ModelSpec spec) {
        if (!spec.scenarioChannels().equals(ModelSpec.SCENARIO_CHANNELS)) {
            throw new IllegalArgumentException("The model takes scenario channels " + spec.scenarioChannels()
                    + "; this version knows " + ModelSpec.SCENARIO_CHANNELS);
        }
        List<String> units = spec.scenarioUnits();
        for (int c = 0; c < 2; c++) {
            if (!List.of("A", "C", "C-code").contains(units.get(c))) {
                throw new IllegalArgumentException("The model takes currents in '" + units.get(c)
                        + "'; this version knows A, C and C-code");
            }
        }
        if (!units.get(2).equals("degC")) {
            throw new IllegalArgumentException("The model takes temperatures in '" + units.get(2)
                    + "'; this version knows degC");
        }
    }

    /**
     * @param scenario the scenario
     * @param spec the model's spec
     * @return whether converting the scenario for that model needs a cell's nominal capacity
     */
    public static boolean needsNominal(Scenario scenario, ModelSpec spec) {
        boolean modelAmpere = spec.scenarioUnits().get(0).equals("A");
        return modelAmpere != (scenario.unit() == ScenarioUnit.AMPERE);
    }

    private static double current(Scenario s, double value, String modelUnit, boolean charge, double nominalAh,
            String cellId) {
        switch (modelUnit) {
            case "A":
                return s.unit() == ScenarioUnit.AMPERE ? value : value * nominal(s, nominalAh, cellId, "amperes");
            case "C":
                return cRate(s, value, nominalAh, cellId);
            case "C-code":
                double rate = cRate(s, value, nominalAh, cellId);
                return charge ? chargeCode(s, rate) : rate;
            default:
                throw new IllegalArgumentException("The model takes currents in '" + modelUnit
                        + "'; this version knows A, C and C-code");
        }
    }

    private static double cRate(Scenario s, double value, double nominalAh, String cellId) {
        return s.unit() == ScenarioUnit.C_RATE ? value : value / nominal(s, nominalAh, cellId, "C-rates");
    }

    private static double nominal(Scenario s, double nominalAh, String cellId, String modelUnit) {
        if (!(nominalAh > 0) || Double.isInfinite(nominalAh)) {
            throw new IllegalArgumentException("Scenario '" + s.name() + "' gives currents in "
                    + (s.unit() == ScenarioUnit.AMPERE ? "amperes" : "C-rates") + " but the model takes " + modelUnit
                    + ": give the nominal capacity (Ah) of cell " + cellId + " to convert them");
        }
        return nominalAh;
    }

    /**
     * @param s the scenario (for messages)
     * @param rate a charge C-rate
     * @return its UL published value: the file-name code / 10
     */
    static double chargeCode(Scenario s, double rate) {
        BigDecimal r = BigDecimal.valueOf(rate).stripTrailingZeros();
        String code;
        if (r.scale() <= 0) {
            code = r.toPlainString();
        } else if (rate < 1 && r.scale() <= 3) {
            code = "0" + r.movePointRight(r.scale()).toPlainString();
        } else {
            throw new IllegalArgumentException("Scenario '" + s.name() + "': the model was trained on UL files, whose"
                    + " charge currents use the file-name code (0.25C = 025, 0.5C = 05, 1C = 1); " + rate
                    + "C has no such code. Use a rate below 1C with at most three decimals, or a whole rate");
        }
        return Double.parseDouble(code) / 10;
    }
}
