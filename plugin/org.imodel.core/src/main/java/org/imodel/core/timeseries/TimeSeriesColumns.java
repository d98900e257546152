package org.imodel.core.timeseries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of column names of raw cycler exports and the matching of a header to {@link TimeSeriesRole}s.
 * Names are compared case- and separator-insensitively after splitting off the unit, which may be written in
 * brackets ({@code Current(mA)}, {@code Voltage [V]}), after a slash (BioLogic {@code I/mA}, {@code Q charge/mA.h})
 * or as a last name part (BDF {@code current_ampere}, NREL {@code Current_A}). Known spellings:
 * <ul>
 * <li>Battery Data Format: test_time_second, voltage_volt, current_ampere, cycle_count, step_index, step_count,
 * charging_capacity_ah, discharging_capacity_ah, cycle_charging_capacity_ah, ambient_temperature_celsius,
 * temperature_t1_celsius</li>
 * <li>Arbin: Test_Time, Cycle_Index, Step_Index, Current, Voltage, Charge_Capacity, Discharge_Capacity,
 * Temperature, also with units: Test_Time(s), Current(A), Voltage(V), Charge_Capacity(Ah)</li>
 * <li>NREL batterydata: Time_s, Current_A, Voltage_V, Charge_Capacity_Ah, Discharge_Capacity_Ah, Cycle_Index, Step,
 * Cell_Temperature_C</li>
 * <li>Maccor text: Rec#, Cyc#, Step, TestTime ("0d 00:00:05" or seconds), Amp-hr (one counter), Amps (unsigned),
 * Volts, State (C/D/R)</li>
 * <li>BioLogic EC-Lab: time/s, Ecell/V, Ewe/V, I/mA, &lt;I&gt;/mA, control/mA, Q charge/mA.h, Q discharge/mA.h,
 * cycle number</li>
 * <li>Neware: Cycle ID, Step ID, Time, Total Time, Current(mA), Voltage(V), Capacity(mAh), Chg. Cap.(Ah), DChg.
 * Cap.(Ah), Capacitance_Chg(mAh), Capacitance_DChg(mAh), Temperature(C)</li>
 * </ul>
 * Columns without a unit take it from the name (Amps, Volts, Amp-hr), from the cycler's convention (Arbin: s, A,
 * V, Ah) or, for time and temperature, are assumed to be s and degC; a current or capacity without any unit is
 * left undetermined for {@link TimeSeriesReader} to detect or reject.
 */
public final class TimeSeriesColumns {

    private static final Map<TimeSeriesRole, List<String>> CANDIDATES = new EnumMap<>(TimeSeriesRole.class);
    /** Whole names that imply a role's unit. */
    private static final Map<String, String> IMPLIED_UNIT = new LinkedHashMap<>();
    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*[(\\[](.*)[)\\]]\\s*$");
    private static final List<String> UNIT_TOKENS = List.of("s", "sec", "second", "seconds", "ms", "min", "h",
            "hr", "a", "amp", "ampere", "ma", "milliampere", "ua", "v", "volt", "mv", "millivolt", "ah", "mah", "c",
            "celsius", "degc", "k", "kelvin", "w", "watt", "wh", "ohm", "hz", "degree", "percent");

    static {
        CANDIDATES.put(TimeSeriesRole.TIME, List.of("testtime", "totaltime", "time", "elapsedtime"));
        CANDIDATES.put(TimeSeriesRole.CURRENT, List.of("current", "i", "amps", "cur", "control"));
        CANDIDATES.put(TimeSeriesRole.VOLTAGE, List.of("voltage", "ecell", "ewe", "volts", "cellvoltage",
                "potential"));
        CANDIDATES.put(TimeSeriesRole.CYCLE, List.of("cycleindex", "cyclecount", "cyclenumber", "cycleid", "cycle",
                "cyc#", "cyclenr", "cycleno"));
        CANDIDATES.put(TimeSeriesRole.STEP, List.of("stepindex", "stepcount", "stepid", "step", "stepnumber",
                "step#", "ns"));
        CANDIDATES.put(TimeSeriesRole.CHARGE_CAPACITY, List.of("cyclechargingcapacity", "chargingcapacity",
                "chargecapacity", "qcharge", "chgcap", "capacitancechg", "chargecap"));
        CANDIDATES.put(TimeSeriesRole.DISCHARGE_CAPACITY, List.of("cycledischargingcapacity",
                "dischargingcapacity", "dischargecapacity", "qdischarge", "dchgcap", "capacitancedchg",
                "dischargecap"));
        CANDIDATES.put(TimeSeriesRole.CAPACITY, List.of("amphr", "capacity", "ahr", "cap"));
        CANDIDATES.put(TimeSeriesRole.STATE, List.of("state", "md"));
        CANDIDATES.put(TimeSeriesRole.TEMPERATURE, List.of("ambienttemperature", "temperature", "celltemperature",
                "temperaturet1", "auxtemperature1", "temperature1", "temp", "temp1"));
        IMPLIED_UNIT.put("amps", "A");
        IMPLIED_UNIT.put("volts", "V");
        IMPLIED_UNIT.put("amphr", "Ah");
        IMPLIED_UNIT.put("ahr", "Ah");
        IMPLIED_UNIT.put("watthr", "Wh");
    }

    private TimeSeriesColumns() {
    }

    /**
     * @param role a role
     * @return the accepted names (normalised: lower case, no separators, no unit), best first
     */
    public static List<String> candidates(TimeSeriesRole role) {
        return CANDIDATES.get(role);
    }

    /**
     * A header split into a normalised name and a unit.
     *
     * @param original header as written (trimmed)
     * @param base name without unit, lower case, letters, digits and '#' only
     * @param unit unit text, or null when none is written
     */
    record HeaderName(String original, String base, String unit) {
    }

    /**
     * @param header a column header
     * @return its normalised name and unit
     */
    static HeaderName split(String header) {
        String h = header.replace("\uFEFF", "").strip();
        String whole = normalise(h);
        if (IMPLIED_UNIT.containsKey(whole)) {
            return new HeaderName(h, whole, null);
        }
        Matcher m = BRACKETED.matcher(h);
        if (m.matches() && !m.group(1).isBlank()) {
            return new HeaderName(h, normalise(m.group(1)), m.group(2).strip());
        }
        int slash = h.indexOf('/');
        if (slash > 0) {
            return new HeaderName(h, normalise(h.substring(0, slash)), h.substring(slash + 1).strip());
        }
        int sep = Math.max(h.lastIndexOf('_'), Math.max(h.lastIndexOf(' '), h.lastIndexOf('-')));
        if (sep > 0 && sep < h.length() - 1) {
            String token = h.substring(sep + 1).toLowerCase(Locale.ROOT);
            if (UNIT_TOKENS.contains(token)) {
                return new HeaderName(h, normalise(h.substring(0, sep)), h.substring(sep + 1));
            }
        }
        return new HeaderName(h, whole, null);
    }

    /**
     * @param name a name
     * @return lower case, letters, digits and '#' only
     */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]", "");
    }

    /** Cycler conventions that fix the units of columns written without one. */
    enum Dialect {
        GENERIC, ARBIN, MACCOR
    }

    /**
     * The result of matching one header line.
     *
     * @param columns mapped columns by role (required and optional found)
     * @param missing required roles not found, and user-mapped columns not found (as "role 'name'")
     * @param dialect detected cycler convention
     */
    record Resolution(Map<TimeSeriesRole, MappedColumn> columns, List<String> missing, Dialect dialect) {

        boolean complete() {
            return missing.isEmpty();
        }
    }

    /**
     * Matches a header line to roles: user-mapped columns first, then the catalogue.
     *
     * @param header the fields of a candidate header line
     * @param mapping the user's mapping (may be {@link ColumnMapping#AUTO})
     * @return the resolution (check {@link Resolution#complete()})
     */
    static Resolution resolve(String[] header, ColumnMapping mapping) {
        HeaderName[] names = new HeaderName[header.length];
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            names[i] = split(header[i]);
            bases.add(names[i].base());
        }
        Dialect dialect = bases.contains("cycleindex") && bases.contains("stepindex")
                && (bases.contains("testtime") || bases.contains("datapoint")) ? Dialect.ARBIN
                : bases.contains("cyc#") || bases.contains("rec#") || bases.contains("amphr") ? Dialect.MACCOR
                        : Dialect.GENERIC;
        Map<TimeSeriesRole, MappedColumn> columns = new EnumMap<>(TimeSeriesRole.class);
        boolean[] taken = new boolean[header.length];
        List<String> missing = new ArrayList<>();
        for (TimeSeriesRole role : TimeSeriesRole.values()) {
            String wanted = mapping.column(role).orElse(null);
            if (wanted == null) {
                continue;
            }
            int index = find(names, wanted);
            if (index < 0) {
                missing.add(role.label() + " '" + wanted + "'");
            } else {
                taken[index] = true;
                columns.put(role, column(role, index, names[index], mapping, dialect));
            }
        }
        for (TimeSeriesRole role : TimeSeriesRole.values()) {
            if (columns.containsKey(role) || mapping.column(role).isPresent()) {
                continue;
            }
            int index = autoMatch(role, names, taken);
            if (index >= 0) {
                taken[index] = true;
                columns.put(role, column(role, index, names[index], mapping, dialect));
            } else if (role.required()) {
                missing.add(role.label());
            }
        }
        boolean userCapacity = mapping.column(TimeSeriesRole.CAPACITY).isPresent();
        boolean userSeparate = mapping.column(TimeSeriesRole.CHARGE_CAPACITY).isPresent()
                || mapping.column(TimeSeriesRole.DISCHARGE_CAPACITY).isPresent();
        if (userCapacity && !userSeparate) {
            columns.remove(TimeSeriesRole.CHARGE_CAPACITY);
            columns.remove(TimeSeriesRole.DISCHARGE_CAPACITY);
        } else if (columns.containsKey(TimeSeriesRole.CHARGE_CAPACITY)
                || columns.containsKey(TimeSeriesRole.DISCHARGE_CAPACITY)) {
            columns.remove(TimeSeriesRole.CAPACITY);
        }
        return new Resolution(Collections.unmodifiableMap(columns), List.copyOf(missing), dialect);
    }

    private static int find(HeaderName[] names, String wanted) {
        String w = wanted.replace("\uFEFF", "").strip();
        for (int i = 0; i < names.length; i++) {
            if (names[i].original().equals(w)) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].original().equalsIgnoreCase(w)) {
                return i;
            }
        }
        String n = normalise(w);
        for (int i = 0; i < names.length; i++) {
            if (normalise(names[i].original()).equals(n)) {
                return i;
            }
        }
        return -1;
    }

    private static int autoMatch(TimeSeriesRole role, HeaderName[] names, boolean[] taken) {
        for (String candidate : CANDIDATES.get(role)) {
            for (int i = 0; i < names.length; i++) {
                HeaderName h = names[i];
                if (taken[i] || !h.base().equals(candidate)) {
                    continue;
                }
                if (!role.hasUnit() || h.unit() == null || UnitConversion.of(role, h.unit()).isPresent()) {
                    // a unit of another quantity (BioLogic "control/V/mA") does not match
                    if (candidate.equals("control") && h.unit() == null) {
                        continue;
                    }
                    return i;
                }
            }
        }
        return -1;
    }

    private static MappedColumn column(TimeSeriesRole role, int index, HeaderName h, ColumnMapping mapping,
            Dialect dialect) {
        if (!role.hasUnit()) {
            return new MappedColumn(role, index, h.original(), null, "");
        }
        String userUnit = mapping.unit(role).orElse(null);
        if (userUnit != null) {
            return new MappedColumn(role, index, h.original(), UnitConversion.of(role, userUnit).orElseThrow(),
                    "user");
        }
        if (h.unit() != null) {
            UnitConversion u = UnitConversion.of(role, h.unit()).orElse(null);
            return new MappedColumn(role, index, h.original(), u, u == null ? "" : "header");
        }
        String implied = IMPLIED_UNIT.get(h.base());
        if (implied != null) {
            UnitConversion u = UnitConversion.of(role, implied).orElse(null);
            if (u != null) {
                return new MappedColumn(role, index, h.original(), u, "name");
            }
        }
        if (dialect == Dialect.ARBIN) {
            UnitConversion u = UnitConversion.of(role, baseUnit(role)).orElseThrow();
            return new MappedColumn(role, index, h.original(), u, "Arbin convention");
        }
        if (role == TimeSeriesRole.TIME) {
            return new MappedColumn(role, index, h.original(), new UnitConversion("s", 1, 0),
                    dialect == Dialect.MACCOR ? "Maccor convention" : "assumed");
        }
        if (role == TimeSeriesRole.TEMPERATURE) {
            return new MappedColumn(role, index, h.original(), new UnitConversion("degC", 1, 0), "assumed");
        }
        if (role == TimeSeriesRole.VOLTAGE) {
            return new MappedColumn(role, index, h.original(), new UnitConversion("V", 1, 0), "assumed");
        }
        return new MappedColumn(role, index, h.original(), null, "");
    }

    private static String baseUnit(TimeSeriesRole role) {
        switch (role) {
            case TIME:
                return "s";
            case CURRENT:
                return "A";
            case VOLTAGE:
                return "V";
            case TEMPERATURE:
                return "degC";
            default:
                return "Ah";
        }
    }
}
