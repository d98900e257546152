package org.imodel.core.eval;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.imodel.core.io.DataFormatException;

/** Measured discharge capacity (Ah) per cell and cycle: the true values of trajectory forecasts. */
public final class MeasuredCycles {

    /** Column of the cell id in a measured-cycles table. */
    public static final String CELL_ID = "cell_id";
    /** Column of the cycle number. */
    public static final String CYCLE = "cycle_count";
    /** Column of the measured discharge capacity (Ah). */
    public static final String CAPACITY = "discharge_capacity_ah";

    private final Map<String, TreeMap<Integer, Double>> cells = new LinkedHashMap<>();
    private final String name;

    /** @param name where the cycles come from, for messages (a file or an input port) */
    public MeasuredCycles(String name) {
        this.name = name;
    }

    /**
     * @param rows a table with the columns {@value #CELL_ID}, {@value #CYCLE} and {@value #CAPACITY} (others are
     *        ignored)
     * @return its cycles
     * @throws IOException on read errors
     * @throws DataFormatException when a column is missing or a value is bad; the message names row and column
     */
    public static MeasuredCycles read(TableRows rows) throws IOException, DataFormatException {
        int[] c = new int[3];
        String[] names = {CELL_ID, CYCLE, CAPACITY};
        for (int i = 0; i < 3; i++) {
            c[i] = rows.index(names[i]);
            if (c[i] < 0) {
                throw rows.error(null, "has no column '" + names[i] + "'. The measured cycles need the columns "
                        + CELL_ID + ", " + CYCLE + " and " + CAPACITY + " (a per-cycle table of imodel read, convert"
                        + " or simulate, or the Battery Dataset Reader).");
            }
        }
        MeasuredCycles out = new MeasuredCycles(rows.name());
        Map<String, Map<Integer, Long>> seen = new HashMap<>();
        long row = 0;
        while (rows.next()) {
            row++;
            String cell = rows.text(c[0]);
            if (cell == null || cell.isBlank()) {
                throw rows.error(CELL_ID, "the cell id is missing. Give every row its cell id.");
            }
            int cycle = ForecastReader.cycle(rows, c[1], CYCLE);
            double capacity = rows.number(c[2]);
            if (Double.isInfinite(capacity)) {
                throw rows.error(CAPACITY, "the capacity is infinite. Fix the value or remove the row.");
            }
            Long before = seen.computeIfAbsent(cell, k -> new HashMap<>()).putIfAbsent(cycle, row);
            if (before != null) {
                throw rows.error(CYCLE, "cell " + cell + " has cycle " + cycle + " twice (first in data row "
                        + before + "). Keep one row per cell and cycle.");
            }
            out.add(cell, cycle, capacity);
        }
        return out;
    }

    /**
     * @param cell cell id
     * @param cycle cycle number
     * @param capacityAh measured discharge capacity (Ah); NaN when not measured
     */
    public void add(String cell, int cycle, double capacityAh) {
        cells.computeIfAbsent(cell, k -> new TreeMap<>()).put(cycle, capacityAh);
    }

    /** @return where the cycles come from */
    public String name() {
        return name;
    }

    /**
     * @param cell cell id
     * @return whether the cell has measured cycles
     */
    public boolean has(String cell) {
        return cells.containsKey(cell);
    }

    /** @return the number of cells */
    public int cellCount() {
        return cells.size();
    }

    /**
     * @param cell a cell that {@link #has(String)}
     * @param cycle cycle number
     * @return its measured capacity (Ah); NaN when the cycle is not measured
     */
    public double capacity(String cell, int cycle) {
        Double v = cells.get(cell).get(cycle);
        return v == null ? Double.NaN : v;
    }

    /**
     * @param cell cell id
     * @return the capacity of the cell's first cycle with a measured capacity (Ah); NaN when none
     */
    public double firstCapacity(String cell) {
        TreeMap<Integer, Double> c = cells.get(cell);
        if (c != null) {
            for (double v : c.values()) {
                if (!Double.isNaN(v)) {
                    return v;
                }
            }
        }
        return Double.NaN;
    }
}
