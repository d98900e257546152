package org.imodel.core.timeseries;

/** Where cycle numbers come from. */
public enum CycleSource {

    /**
     * The cycle column when the export has one, else inferred. The column is also replaced by inference when it
     * stays constant over the first rows read ahead while the current goes from discharge to charge at least three
     * times (e.g. a Maccor export with Cyc# 0 throughout, a Neware rate test with one cycle_count value); the QC
     * says so.
     */
    AUTO,
    /** Always the cycle column (an error when there is none). */
    COLUMN,
    /**
     * Always inferred: cycle 1 starts with the first sample, and a new cycle starts at each transition from
     * discharge to charge, i.e. at the first charging sample after a discharging sample (rests in between do not
     * matter). A cycle therefore is "charge ... discharge ... rest".
     */
    INFER
}
