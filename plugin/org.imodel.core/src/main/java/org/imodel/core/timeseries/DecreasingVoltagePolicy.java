package org.imodel.core.timeseries;

/**
 * What to do when the voltage decreases inside the constant-current charge segment used for the
 * capacity-increment curve (by more than {@link ExtractionSettings#voltageNoiseVolt()}). Smaller decreases are
 * measurement noise and always handled as in {@link #RUNNING_MAX}.
 */
public enum DecreasingVoltagePolicy {

    /**
     * Build the curve on the running maximum of the voltage: samples below an earlier voltage are skipped (the
     * capacity is read where the voltage first reaches each level), equal voltages share the mean capacity. The
     * cycle is kept and the QC warns, naming the cycle and line.
     */
    RUNNING_MAX,
    /** Drop the cycle with the reason "voltage decreasing in charge segment". */
    DROP_CYCLE
}
