package org.imodel.core.sim;

import java.math.BigDecimal;

/**
 * How a simulated cell is used during one cycle: CC charge rate, CC discharge rate (C-rates relative to the
 * nominal capacity) and ambient temperature.
 *
 * @param chargeCRate charge C-rate, in (0, 5]
 * @param dischargeCRate discharge C-rate (positive magnitude), in (0, 10]
 * @param temperatureCelsius ambient temperature (&deg;C), in [-20, 60]
 */
public record OperatingCondition(double chargeCRate, double dischargeCRate, double temperatureCelsius) {

    /** Largest accepted charge C-rate. */
    public static final double MAX_CHARGE_C_RATE = 5.0;
    /** Largest accepted discharge C-rate. */
    public static final double MAX_DISCHARGE_C_RATE = 10.0;
    /** Lowest accepted temperature (&deg;C). */
    public static final double MIN_TEMPERATURE = -20.0;
    /** Highest accepted temperature (&deg;C). */
    public static final double MAX_TEMPERATURE = 60.0;

    /** Checks the ranges. */
    public OperatingCondition {
        checkChargeRate(chargeCRate, "charge C-rate");
        checkDischargeRate(dischargeCRate, "discharge C-rate");
        checkTemperature(temperatureCelsius, "temperature");
    }

    static void checkChargeRate(double v, String what) {
        if (!(v > 0 && v <= MAX_CHARGE_C_RATE)) {
            throw new IllegalArgumentException("The " + what + " must be above 0 and at most " + MAX_CHARGE_C_RATE
                    + " (C); got " + v + ".");
        }
    }

    static void checkDischargeRate(double v, String what) {
        if (!(v > 0 && v <= MAX_DISCHARGE_C_RATE)) {
            throw new IllegalArgumentException("The " + what + " must be above 0 and at most "
                    + MAX_DISCHARGE_C_RATE + " (C, positive magnitude); got " + v + ".");
        }
    }

    static void checkTemperature(double v, String what) {
        if (!(v >= MIN_TEMPERATURE && v <= MAX_TEMPERATURE)) {
            throw new IllegalArgumentException("The " + what + " must be between " + MIN_TEMPERATURE + " and "
                    + MAX_TEMPERATURE + " degC (the ageing model is not meant for other temperatures); got " + v
                    + ".");
        }
    }

    /**
     * @return the condition label written to the per-cycle table, e.g. {@code T25-C0.5-D1} for 25 &deg;C, 0.5C
     *         charge, 1C discharge
     */
    public String label() {
        return "T" + plain(temperatureCelsius) + "-C" + plain(chargeCRate) + "-D" + plain(dischargeCRate);
    }

    private static String plain(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
