package org.imodel.core.features;

/**
 * A cell that gave no window.
 *
 * @param cellId cell id
 * @param family family of the cell
 * @param rows rows the cell has
 * @param reason why, with the numbers
 */
public record SkippedCell(String cellId, String family, int rows, String reason) {
}
