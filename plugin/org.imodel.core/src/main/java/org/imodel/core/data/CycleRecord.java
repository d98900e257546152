package org.imodel.core.data;

/**
 * One row of the canonical per-cycle table: one cycle of one cell, in SI units (A, V, Ah, &deg;C). Column names
 * and meanings are in {@link CycleColumns}.
 *
 * @param cellId cell id (file stem for the published data, e.g. {@code CY25-05_1-#1}, {@code 43})
 * @param cycle cycle number as given by the source
 * @param chargeCurrent charge current; for UL files the published C-rate code (see {@code currentUnit})
 * @param dischargeCurrent discharge current as a positive magnitude
 * @param temperature ambient temperature (&deg;C)
 * @param dischargeCapacity discharge capacity (Ah)
 * @param chargeCapacity charge capacity (Ah), NaN when the source has none
 * @param ci partial-charge curve: charge capacity gained over the voltage grid (Ah); starts at 0 except for
 *        TPSL, whose published curve is the cumulative charge capacity
 * @param ciGrid voltage grid of {@code ci}
 * @param relaxationVoltage voltage trace of the rest after charge (V), any length (may be empty)
 * @param currentUnit unit of the two currents: {@code A}, {@code C} (C-rate) or {@code C-code} (UL published
 *        code: charge = code/10, so 0.25C appears as 2.5 and 1C as 0.1)
 * @param family dataset family: UL-NCA, UL-NCM, UL-NCMNCA, LSD, TPSL, CYCLER or SIMULATED
 * @param condition condition label, e.g. {@code CY25-05_1} (may be empty)
 * @param sourceFile file (or table) the row came from
 * @param sourceLine 1-based line in that file (header = 1), 0 when not from a file
 */
public record CycleRecord(String cellId, int cycle, double chargeCurrent, double dischargeCurrent, double temperature,
        double dischargeCapacity, double chargeCapacity, double[] ci, VoltageGrid ciGrid, double[] relaxationVoltage,
        String currentUnit, String family, String condition, String sourceFile, long sourceLine) {
}
