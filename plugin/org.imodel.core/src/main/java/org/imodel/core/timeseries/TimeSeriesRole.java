package org.imodel.core.timeseries;

/**
 * What a column of a raw cycler time series means. {@link #TIME}, {@link #CURRENT} and {@link #VOLTAGE} are
 * required; the others are optional (a missing one is a QC warning, and the converter falls back, e.g. to
 * integrating the current when there is no capacity counter, or to inferring cycles when there is no cycle column).
 */
public enum TimeSeriesRole {

    /** Test time (s after conversion). */
    TIME("time", true),
    /** Current (A after conversion, positive = charge). */
    CURRENT("current", true),
    /** Cell voltage (V). */
    VOLTAGE("voltage", true),
    /** Cycle number from the cycler. */
    CYCLE("cycle", false),
    /** Step index from the cycler. */
    STEP("step", false),
    /** Charge capacity counter (Ah). */
    CHARGE_CAPACITY("charge capacity", false),
    /** Discharge capacity counter (Ah). */
    DISCHARGE_CAPACITY("discharge capacity", false),
    /**
     * One capacity counter for both directions (Maccor "Amp-hr", Neware "Capacity"): it counts charge while the
     * current is positive and discharge while it is negative.
     */
    CAPACITY("capacity", false),
    /** Maccor-style state: C (charge), D (discharge), R (rest); gives the sign of unsigned currents. */
    STATE("state", false),
    /** Temperature (degC). */
    TEMPERATURE("temperature", false);

    private final String label;
    private final boolean required;

    TimeSeriesRole(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    /** @return a lower-case label for messages, e.g. "discharge capacity" */
    public String label() {
        return label;
    }

    /** @return true for time, current and voltage */
    public boolean required() {
        return required;
    }

    /** @return true when the values are a physical quantity with a unit (not cycle, step or state) */
    public boolean hasUnit() {
        return this != CYCLE && this != STEP && this != STATE;
    }

    /** @return true for the three capacity counters */
    public boolean isCapacity() {
        return this == CHARGE_CAPACITY || this == DISCHARGE_CAPACITY || this == CAPACITY;
    }
}
