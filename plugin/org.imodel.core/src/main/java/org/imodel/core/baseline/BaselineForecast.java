package org.imodel.core.baseline;

/**
 * One forecast window of a baseline: the capacities of the rows {@code startRow .. startRow + P - 1}, predicted from
 * the rows before them.
 *
 * @param cellId cell id
 * @param startRow first predicted row (0-based, file order): the same row numbering as an iMODEL window that starts
 *        there, so forecasts of both predict the same targets
 * @param cycle cycle of that row
 * @param predicted predicted capacities (Ah)
 * @param target measured capacities of those rows (Ah)
 */
public record BaselineForecast(String cellId, int startRow, int cycle, double[] predicted, double[] target) {
}
