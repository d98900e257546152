package org.imodel.core.forecast;

/**
 * The forecast of one window: the capacities of cycles r .. r+P-1 predicted from the features of row r and the
 * scenario of those rows.
 *
 * @param cellId cell id
 * @param startRow 0-based row (of the cell, in input order) the window starts at
 * @param cycle cycle number of the start row
 * @param predictions P predicted capacities (Ah); NaN when the start row has a NaN feature
 * @param gates expert weights (E values, summing to 1); NaN when the start row has a NaN feature
 * @param targets the capacities of rows r .. r+P-1 as the data has them (Ah); NaN where the data has no row r+t or no
 *        capacity
 */
public record Forecast(String cellId, int startRow, int cycle, float[] predictions, float[] gates, float[] targets) {
}
