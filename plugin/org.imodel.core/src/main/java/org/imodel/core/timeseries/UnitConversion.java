package org.imodel.core.timeseries;

import java.util.Locale;
import java.util.Optional;

/**
 * A unit of a time-series column and how to convert its values to the SI unit of the role: {@code si = value *
 * factor + offset} (s, A, V, Ah, degC).
 *
 * @param label unit as shown in the QC, e.g. "mA"
 * @param factor multiplier to the SI unit
 * @param offset added after the multiplication (only for kelvin)
 */
public record UnitConversion(String label, double factor, double offset) {

    /**
     * Parses a unit for a role, as written in a header ("mA", "mA.h", "°C", "Sec", "h:min:s.ms") or given by the
     * user.
     *
     * @param role the role (must have a unit)
     * @param unit the unit text
     * @return the conversion, or empty when the text is not a unit of that role's quantity
     */
    public static Optional<UnitConversion> of(TimeSeriesRole role, String unit) {
        if (unit == null || !role.hasUnit()) {
            return Optional.empty();
        }
        String u = normalise(unit);
        if (role == TimeSeriesRole.TIME && unit.indexOf(':') >= 0) {
            return Optional.of(new UnitConversion("d hh:mm:ss", 1, 0));
        }
        switch (role) {
            case TIME:
                return time(u);
            case CURRENT:
                return pick(u, new String[] {"a", "amp", "amps", "ampere", "amperes"}, "A", 1,
                        new String[] {"ma", "milliamp", "milliampere", "milliamperes"}, "mA", 1e-3,
                        new String[] {"ua", "microampere", "microamperes"}, "uA", 1e-6);
            case VOLTAGE:
                return pick(u, new String[] {"v", "volt", "volts"}, "V", 1,
                        new String[] {"mv", "millivolt", "millivolts"}, "mV", 1e-3, new String[0], "", 0);
            case TEMPERATURE:
                if (u.equals("c") || u.equals("degc") || u.equals("celsius") || u.equals("degreec")
                        || u.equals("degreesc") || u.equals("degreecelsius")) {
                    return Optional.of(new UnitConversion("degC", 1, 0));
                }
                if (u.equals("k") || u.equals("kelvin")) {
                    return Optional.of(new UnitConversion("K", 1, -273.15));
                }
                return Optional.empty();
            default: // capacities
                return pick(u, new String[] {"ah", "amphr", "amphour", "amperehour", "amperehours"}, "Ah", 1,
                        new String[] {"mah", "milliamphour", "milliamperehour", "milliamperehours"}, "mAh", 1e-3,
                        new String[] {"uah", "microamperehour"}, "uAh", 1e-6);
        }
    }

    private static Optional<UnitConversion> time(String u) {
        switch (u) {
            case "s": case "sec": case "secs": case "second": case "seconds":
                return Optional.of(new UnitConversion("s", 1, 0));
            case "ms": case "millisecond": case "milliseconds":
                return Optional.of(new UnitConversion("ms", 1e-3, 0));
            case "min": case "mins": case "minute": case "minutes":
                return Optional.of(new UnitConversion("min", 60, 0));
            case "h": case "hr": case "hrs": case "hour": case "hours":
                return Optional.of(new UnitConversion("h", 3600, 0));
            case "d": case "day": case "days":
                return Optional.of(new UnitConversion("d", 86400, 0));
            default:
                return Optional.empty();
        }
    }

    private static Optional<UnitConversion> pick(String u, String[] a, String la, double fa, String[] b, String lb,
            double fb, String[] c, String lc, double fc) {
        for (String s : a) {
            if (s.equals(u)) {
                return Optional.of(new UnitConversion(la, fa, 0));
            }
        }
        for (String s : b) {
            if (s.equals(u)) {
                return Optional.of(new UnitConversion(lb, fb, 0));
            }
        }
        for (String s : c) {
            if (s.equals(u)) {
                return Optional.of(new UnitConversion(lc, fc, 0));
            }
        }
        return Optional.empty();
    }

    /**
     * @param unit unit text
     * @return lower case without spaces, dots, hyphens, underscores, degree signs and brackets; micro sign as 'u'
     */
    static String normalise(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT).replace('\u00b5', 'u').replace('\u03bc', 'u');
        return u.replaceAll("[\\s._\\-\u00b0\\[\\]()]", "");
    }

    /**
     * @param value the value in this unit
     * @return the value in the SI unit
     */
    public double apply(double value) {
        return value * factor + offset;
    }
}
