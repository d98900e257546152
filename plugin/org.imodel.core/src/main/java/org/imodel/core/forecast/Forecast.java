package org.imodel.core.forecast;

/**
 * The forecast of one window: the capacities of cycles r .. r+P-1 predicted from the features of row r and the
 * scenario of those rows. An ensemble's forecast is its members' mean, with a band around it.
 *
 * @param cellId cell id
 * @param startRow 0-based row (of the cell, in input order) the window starts at
 * @param cycle cycle number of the start row
 * @param predictions P predicted capacities (Ah); NaN when the start row has a NaN feature
 * @param gates expert weights (E values, summing to 1) of the (first member's) gate; NaN when the start row has a
 *        NaN feature
 * @param targets the capacities of rows r .. r+P-1 as the data has them (Ah); NaN where the data has no row r+t or no
 *        capacity
 * @param bandLow lower band edge per step (Ah), or null for a single model
 * @param bandHigh upper band edge per step (Ah), or null for a single model
 */
public record Forecast(String cellId, int startRow, int cycle, float[] predictions, float[] gates, float[] targets,
        float[] bandLow, float[] bandHigh) {

    /**
     * The forecast of a single model (no band).
     *
     * @param cellId cell id
     * @param startRow start row
     * @param cycle cycle of the start row
     * @param predictions predictions
     * @param gates expert weights
     * @param targets targets
     */
    public Forecast(String cellId, int startRow, int cycle, float[] predictions, float[] gates, float[] targets) {
        this(cellId, startRow, cycle, predictions, gates, targets, null, null);
    }

    /** @return whether the forecast has a band (an ensemble's) */
    public boolean hasBand() {
        return bandLow != null;
    }
}
