package org.imodel.core.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * Summarises the capacity fade of each cell in a per-cycle table: rows are fed one at a time (any order),
 * cells are reported in the order they first appear. Invalid values are counted, never silently used.
 */
public final class CapacitySummarizer {

    /** Output columns, in order, as written by {@link #summaries()}. */
    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id."),
            new ColumnDef("cycles", ColumnType.INT, "Number of cycles with a valid capacity."),
            new ColumnDef("first_cycle", ColumnType.DOUBLE, "First cycle with a valid capacity."),
            new ColumnDef("last_cycle", ColumnType.DOUBLE, "Last cycle with a valid capacity."),
            new ColumnDef("initial_capacity", ColumnType.DOUBLE, "Capacity of the first valid cycle (input unit)."),
            new ColumnDef("final_capacity", ColumnType.DOUBLE, "Capacity of the last valid cycle (input unit)."),
            new ColumnDef("retention", ColumnType.DOUBLE, "Final over initial capacity (1 = no fade)."),
            new ColumnDef("fade_per_100_cycles", ColumnType.DOUBLE,
                    "Least-squares capacity slope per 100 cycles (input unit; negative when fading)."),
            new ColumnDef("end_of_life_cycle", ColumnType.DOUBLE,
                    "First cycle at or below the end-of-life fraction of the initial capacity; missing if never."),
            new ColumnDef("invalid_rows", ColumnType.INT, "Rows with a missing, NaN or infinite cycle or capacity."),
            new ColumnDef("duplicate_cycles", ColumnType.INT, "Rows repeating a cycle already seen (ignored)."));

    /** Column names accepted for the cell id when none is chosen, best first. */
    public static final List<String> CELL_COLUMN_NAMES = List.of("cell_id", "cell", "battery_id", "battery");

    /** Column names accepted for the cycle number when none is chosen, best first. */
    public static final List<String> CYCLE_COLUMN_NAMES = List.of("cycle_count", "cycle", "cycle_index",
            "cycle_number", "cyc#");

    /** Column names accepted for the discharge capacity when none is chosen, best first. */
    public static final List<String> CAPACITY_COLUMN_NAMES = List.of("discharge_capacity_ah", "discharge_capacity",
            "max_discharge_capacity(ah)", "capacity_ah", "capacity");

    private final double endOfLifeFraction;
    private final Map<String, CellData> cells = new LinkedHashMap<>();

    /**
     * @param endOfLifeFraction end of life as a fraction of the initial capacity, in (0, 1], typically 0.8
     */
    public CapacitySummarizer(double endOfLifeFraction) {
        if (!(endOfLifeFraction > 0 && endOfLifeFraction <= 1)) {
            throw new IllegalArgumentException(
                    "End-of-life fraction must be in (0, 1], e.g. 0.8 for 80 % of the initial capacity; got "
                            + endOfLifeFraction);
        }
        this.endOfLifeFraction = endOfLifeFraction;
    }

    /**
     * Adds one row.
     *
     * @param cell cell id (must not be null)
     * @param cycle cycle number; null, NaN or infinite marks the row invalid
     * @param capacity capacity; null, NaN or infinite marks the row invalid
     */
    public void add(String cell, Double cycle, Double capacity) {
        CellData data = cells.computeIfAbsent(cell, c -> new CellData());
        if (cycle == null || capacity == null || !Double.isFinite(cycle) || !Double.isFinite(capacity)) {
            data.invalid++;
        } else if (data.byCycle.putIfAbsent(cycle, capacity) != null) {
            data.duplicates++;
        }
    }

    /** @return number of cells seen so far */
    public int cellCount() {
        return cells.size();
    }

    /** @return one summary per cell, in order of first appearance */
    public List<CellCapacitySummary> summaries() {
        List<CellCapacitySummary> out = new ArrayList<>(cells.size());
        cells.forEach((cell, data) -> out.add(summarise(cell, data)));
        return out;
    }

    private CellCapacitySummary summarise(String cell, CellData data) {
        TreeMap<Double, Double> series = data.byCycle;
        if (series.isEmpty()) {
            return new CellCapacitySummary(cell, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, data.invalid, data.duplicates);
        }
        double initial = series.firstEntry().getValue();
        double last = series.lastEntry().getValue();
        double threshold = endOfLifeFraction * initial;
        double endOfLife = Double.NaN;
        for (Map.Entry<Double, Double> e : series.entrySet()) {
            if (e.getValue() <= threshold) {
                endOfLife = e.getKey();
                break;
            }
        }
        return new CellCapacitySummary(cell, series.size(), series.firstKey(), series.lastKey(), initial, last,
                last / initial, 100 * slope(series), endOfLife, data.invalid, data.duplicates);
    }

    private static double slope(TreeMap<Double, Double> series) {
        int n = series.size();
        if (n < 2) {
            return Double.NaN;
        }
        double meanX = 0;
        double meanY = 0;
        for (Map.Entry<Double, Double> e : series.entrySet()) {
            meanX += e.getKey() / n;
            meanY += e.getValue() / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (Map.Entry<Double, Double> e : series.entrySet()) {
            double dx = e.getKey() - meanX;
            sxy += dx * (e.getValue() - meanY);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }

    private static final class CellData {
        private final TreeMap<Double, Double> byCycle = new TreeMap<>();
        private int invalid;
        private int duplicates;
    }
}
