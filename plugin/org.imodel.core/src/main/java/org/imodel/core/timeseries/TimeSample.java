package org.imodel.core.timeseries;

/**
 * One sample of a raw cycler time series, already mapped to SI units and the BDF sign convention (positive
 * current charges the cell). Unknown values are NaN (or {@link #UNKNOWN_INT} for the integer columns).
 *
 * @param cycle cycle number from the cycler, or {@link #UNKNOWN_INT} when the export has none
 * @param step step index from the cycler, or {@link #UNKNOWN_INT}
 * @param timeSecond test time (s)
 * @param currentAmpere current (A), positive = charge
 * @param voltageVolt cell voltage (V)
 * @param chargeCapacityAh charge capacity counter (Ah) as exported (usually reset each cycle), NaN if absent
 * @param dischargeCapacityAh discharge capacity counter (Ah) as exported, positive, NaN if absent
 * @param temperatureCelsius temperature (degC), NaN if absent
 */
public record TimeSample(int cycle, int step, double timeSecond, double currentAmpere, double voltageVolt,
        double chargeCapacityAh, double dischargeCapacityAh, double temperatureCelsius) {

    /** Marker for an unknown cycle or step number. */
    public static final int UNKNOWN_INT = Integer.MIN_VALUE;
}
