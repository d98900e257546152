package org.imodel.core.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The published per-cycle file formats of the iMODEL datasets, told apart by their header.
 */
public enum DatasetFamily {

    /** UL (NCA, NCM, NCM+NCA): capacities in mAh, grid 3.6-4.15 V (not stated in the file). */
    UL(List.of("Cycle", "Charge_Current", "Discharge_Current", "Temperature", "Capacity_Increment",
            "Relaxation_Voltage", "Discharge_Capacity")),
    /** LSD: capacities in Ah, grid in Start_Voltage/End_Voltage (3.8-4.1 V). */
    LSD(List.of("Cycle", "Charge_Current", "Discharge_Current", "Temperature", "Capacity_Increment",
            "Relaxation_Voltage", "Discharge_Capacity", "Start_Voltage", "End_Voltage")),
    /** TPSL: Ah, negative discharge current, per-cycle grids, "Temperture" (sic). */
    TPSL(List.of("Cycle_Index", "QV_Curve", "Charge_Current(A)", "Temperture", "Discharge_Current(A)",
            "Max_Charge_Capacity(Ah)", "Max_Discharge_Capacity(Ah)"));

    private final List<String> columns;

    DatasetFamily(List<String> columns) {
        this.columns = columns;
    }

    /** @return the columns this format requires */
    public List<String> columns() {
        return columns;
    }

    /**
     * @param header column names present
     * @return required columns of this family that the header lacks
     */
    public List<String> missing(Set<String> header) {
        List<String> missing = new ArrayList<>();
        for (String c : columns) {
            if (!header.contains(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    /**
     * Detects the family from a header: the one whose columns are all present, preferring the most specific
     * (LSD over UL); if none matches, the closest one (fewest missing columns).
     *
     * @param header column names present
     * @return the best family; check {@link #missing(Set)} to know whether it matches fully
     */
    public static DatasetFamily closest(Set<String> header) {
        DatasetFamily best = null;
        int bestMissing = Integer.MAX_VALUE;
        for (DatasetFamily f : new DatasetFamily[] {LSD, UL, TPSL}) {
            int missing = f.missing(header).size();
            if (missing < bestMissing) {
                best = f;
                bestMissing = missing;
            }
        }
        return best;
    }
}
