package org.imodel.core.timeseries;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's column mapping for a raw time series: a column name per role, a unit per role and the current's sign
 * convention. Everything set here takes precedence over detection; everything left unset is detected (see
 * {@link TimeSeriesColumns}). Immutable; build it from {@link #AUTO} with the {@code with...} methods, e.g.
 * {@code ColumnMapping.AUTO.withColumn(TimeSeriesRole.CURRENT, "I_meas").withUnit(TimeSeriesRole.CURRENT, "mA")}.
 */
public final class ColumnMapping {

    /** Detect everything. */
    public static final ColumnMapping AUTO = new ColumnMapping(Map.of(), Map.of(), SignConvention.AUTO);

    private final Map<TimeSeriesRole, String> columns;
    private final Map<TimeSeriesRole, String> units;
    private final SignConvention sign;

    private ColumnMapping(Map<TimeSeriesRole, String> columns, Map<TimeSeriesRole, String> units,
            SignConvention sign) {
        this.columns = columns;
        this.units = units;
        this.sign = sign;
    }

    /**
     * @param role the role
     * @param column the column name as in the header (matched exactly first, then ignoring case and separators);
     *        null removes the mapping
     * @return a copy with that column
     */
    public ColumnMapping withColumn(TimeSeriesRole role, String column) {
        Objects.requireNonNull(role, "role");
        Map<TimeSeriesRole, String> c = copy(columns);
        if (column == null || column.isBlank()) {
            c.remove(role);
        } else {
            c.put(role, column.strip());
        }
        return new ColumnMapping(Collections.unmodifiableMap(c), units, sign);
    }

    /**
     * @param role a role with a unit (time, current, voltage, capacities, temperature)
     * @param unit e.g. "s", "h", "ms", "A", "mA", "V", "mV", "Ah", "mAh", "degC", "K"; null removes the override
     * @return a copy with that unit
     * @throws IllegalArgumentException when the unit is not one of that role's quantity
     */
    public ColumnMapping withUnit(TimeSeriesRole role, String unit) {
        Objects.requireNonNull(role, "role");
        Map<TimeSeriesRole, String> u = copy(units);
        if (unit == null || unit.isBlank()) {
            u.remove(role);
        } else {
            if (UnitConversion.of(role, unit).isEmpty()) {
                throw new IllegalArgumentException("'" + unit + "' is not a unit of the " + role.label()
                        + (role.hasUnit() ? "; use e.g. " + example(role) : " (it has no unit)"));
            }
            u.put(role, unit.strip());
        }
        return new ColumnMapping(columns, Collections.unmodifiableMap(u), sign);
    }

    /**
     * @param convention the sign convention of the exported current
     * @return a copy with that convention
     */
    public ColumnMapping withSign(SignConvention convention) {
        return new ColumnMapping(columns, units, Objects.requireNonNull(convention, "convention"));
    }

    /** @param role a role @return the column the user chose for it */
    public Optional<String> column(TimeSeriesRole role) {
        return Optional.ofNullable(columns.get(role));
    }

    /** @param role a role @return the unit the user set for it */
    public Optional<String> unit(TimeSeriesRole role) {
        return Optional.ofNullable(units.get(role));
    }

    /** @return the sign convention (AUTO unless set) */
    public SignConvention sign() {
        return sign;
    }

    private static Map<TimeSeriesRole, String> copy(Map<TimeSeriesRole, String> m) {
        Map<TimeSeriesRole, String> c = new EnumMap<>(TimeSeriesRole.class);
        c.putAll(m);
        return c;
    }

    private static String example(TimeSeriesRole role) {
        switch (role) {
            case TIME:
                return "s, ms, min, h";
            case CURRENT:
                return "A, mA";
            case VOLTAGE:
                return "V, mV";
            case TEMPERATURE:
                return "degC, K";
            default:
                return "Ah, mAh";
        }
    }

    @Override
    public String toString() {
        return "ColumnMapping[columns=" + columns + ", units=" + units + ", sign=" + sign + "]";
    }
}
