package org.imodel.core.summary;

/**
 * Capacity-fade summary of one cell.
 *
 * @param cell cell id
 * @param cycles number of cycles with a valid (finite) capacity
 * @param firstCycle first cycle number with a valid capacity
 * @param lastCycle last cycle number with a valid capacity
 * @param initialCapacity capacity of the first valid cycle (unit of the input, normally Ah)
 * @param finalCapacity capacity of the last valid cycle
 * @param retention final capacity divided by initial capacity (1.0 = no fade)
 * @param fadePer100Cycles least-squares slope of capacity over cycle, times 100 (negative when fading);
 *        NaN with fewer than two valid cycles
 * @param endOfLifeCycle first cycle whose capacity is at or below the end-of-life fraction of the initial
 *        capacity; NaN when the cell never got there
 * @param invalidRows rows whose capacity or cycle was missing, NaN or infinite (left out of the summary)
 * @param duplicateCycles rows whose cycle number had already been seen for this cell (the first row is kept)
 */
public record CellCapacitySummary(String cell, int cycles, double firstCycle, double lastCycle,
        double initialCapacity, double finalCapacity, double retention, double fadePer100Cycles,
        double endOfLifeCycle, int invalidRows, int duplicateCycles) {
}
