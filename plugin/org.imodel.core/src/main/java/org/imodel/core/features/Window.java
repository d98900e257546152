package org.imodel.core.features;

/**
 * One training or prediction sample (imodel-method.md &sect;2.1): the features and curve of the start row r, the
 * future scenario of rows r .. r+P-1 and the P capacities of those rows as targets. The first target is the
 * capacity of the start row itself. Arrays are shared, not copied; do not modify them.
 *
 * @param cellId cell id
 * @param family family of the cell
 * @param startRow 0-based row of the cell (file order) where the window starts
 * @param cycle cycle number of the start row
 * @param features raw (unscaled) feature vector of the start row, engine units (see {@link FeatureRow})
 * @param ci re-gridded CI curve of the start row (Ah)
 * @param chargeCurrent charge current of rows r .. r+P-1, as stored in the per-cycle table
 * @param dischargeCurrent discharge current of the same rows, as stored (a positive magnitude)
 * @param temperature temperature of the same rows (&deg;C)
 * @param targetCapacity discharge capacity of the same rows (Ah)
 */
public record Window(String cellId, String family, int startRow, int cycle, double[] features, double[] ci,
        double[] chargeCurrent, double[] dischargeCurrent, double[] temperature, double[] targetCapacity) {

    /** @return the horizon P */
    public int horizon() {
        return targetCapacity.length;
    }
}
