package org.imodel.core.timeseries;

/**
 * Sign convention of the current column of an export. The converter always produces the Battery Data Format
 * convention (positive current charges the cell).
 */
public enum SignConvention {

    /**
     * Detect: from a Maccor-style state column if there is one, else from the capacity counters (a charge counter
     * rising while the current is negative means the sign is flipped), else from the voltage trend while current
     * flows (voltage rises on charge). Without evidence positive = charge is assumed and the QC says so.
     */
    AUTO,
    /** Positive current charges the cell (BDF, Arbin, BioLogic, Neware, NREL). */
    POSITIVE_IS_CHARGE,
    /** Positive current discharges the cell: the sign is flipped. */
    POSITIVE_IS_DISCHARGE
}
