package org.imodel.core.timeseries;

/**
 * A column of the export assigned to a role.
 *
 * @param role what the column means
 * @param index 0-based field index
 * @param name the column name as spelled in the header
 * @param unit how values convert to SI, or null while undetermined (and for cycle, step and state)
 * @param unitSource where the unit came from: "header", "name", "Arbin convention", "user", "assumed",
 *        "detected ..." (for the QC)
 */
public record MappedColumn(TimeSeriesRole role, int index, String name, UnitConversion unit, String unitSource) {

    /**
     * @param newUnit the unit decided later
     * @param source where it came from
     * @return a copy with that unit
     */
    MappedColumn withUnit(UnitConversion newUnit, String source) {
        return new MappedColumn(role, index, name, newUnit, source);
    }
}
