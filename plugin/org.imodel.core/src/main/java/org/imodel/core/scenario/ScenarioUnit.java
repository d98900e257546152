package org.imodel.core.scenario;

import java.util.Locale;

/** Unit of a scenario's currents: amperes, or C-rates (multiples of the cell's nominal capacity per hour). */
public enum ScenarioUnit {

    /** Amperes. */
    AMPERE("A"),
    /** C-rate: current / nominal capacity (1C discharges the nominal capacity in one hour). */
    C_RATE("C");

    private final String symbol;

    ScenarioUnit(String symbol) {
        this.symbol = symbol;
    }

    /** @return "A" or "C", as written after a current ("0.5C", "1.5A") and in tables */
    public String symbol() {
        return symbol;
    }

    /**
     * @param text "A" or "C" (any case; "C-rate" too)
     * @return the unit
     * @throws IllegalArgumentException for anything else
     */
    public static ScenarioUnit parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("A")) {
            return AMPERE;
        }
        if (t.equals("C") || t.equals("C-RATE")) {
            return C_RATE;
        }
        throw new IllegalArgumentException("'" + text + "' is not a scenario current unit: use A (amperes) or C"
                + " (C-rate)");
    }
}
