package org.imodel.core.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.io.DataFormatException;

/**
 * Reads forecasts to score from a table, by column name (other columns are ignored). Two layouts:
 * <ul>
 * <li><b>windows</b> (the iMODEL Predictor's forecast table, ensembles, baselines): one row per forecast with
 * {@value #CELL_ID}, {@value #CYCLE} (the first step's cycle) and the lists {@value #PREDICTED} and
 * {@value #TARGET} (Ah, one value per step; NaN targets where the data end), optionally the band lists
 * {@value #BAND_LOW} and {@value #BAND_HIGH}. Step k predicts cycle {@value #CYCLE} + k.</li>
 * <li><b>trajectories</b> (the Trajectory Predictor's long table, recognised by its {@value #STEP} column): one
 * row per cell, scenario and step with {@value #CELL_ID}, {@value #CYCLE}, {@value #STEP} (0, 1, ... in order),
 * {@value #PREDICTED} (Ah), optionally {@value #SCENARIO}, {@value #SOH}, {@value #BAND_LOW}/{@value #BAND_HIGH}
 * and {@value #TARGET}; without a target column the true values are looked up in measured cycles by cell and
 * cycle.</li>
 * </ul>
 * The nominal capacity of the crossing cycles is, in this order: predicted / {@value #SOH} (the capacity the
 * Trajectory Predictor's SOH refers to), the cell's first measured capacity, the cell's earliest true value in
 * the table. Infinite values, lists of different lengths, band edges in the wrong order, a missing cell id or a
 * cell absent from the measured cycles are errors naming the row and column.
 */
public final class ForecastReader {

    /** Cell id column. */
    public static final String CELL_ID = "cell_id";
    /** Cycle column: the window's start cycle, or the cycle a trajectory row predicts. */
    public static final String CYCLE = "cycle_count";
    /** Step column of the trajectory layout (0 = the start cycle). */
    public static final String STEP = "step";
    /** Scenario column of the trajectory layout. */
    public static final String SCENARIO = "scenario";
    /** SOH column of the trajectory layout. */
    public static final String SOH = "soh";
    /** Predicted capacity (Ah): a list per window, or one value per trajectory row. */
    public static final String PREDICTED = "predicted_capacity_ah";
    /** True capacity (Ah), same shape as {@value #PREDICTED}. */
    public static final String TARGET = "target_capacity_ah";
    /** Lower band edge (Ah), same shape as {@value #PREDICTED}. */
    public static final String BAND_LOW = "band_low_ah";
    /** Upper band edge (Ah), same shape as {@value #PREDICTED}. */
    public static final String BAND_HIGH = "band_high_ah";

    private final TableRows rows;
    private final String label;
    private final int methodColumn;
    private final MeasuredCycles measured;
    private final Map<String, Double> firstTarget = new HashMap<>();
    private final Map<String, Integer> firstCycle = new HashMap<>();
    private final boolean longLayout;
    private final int cell;
    private final int cycle;
    private final int predicted;
    private final int target;
    private final int[] band;

    private ForecastReader(TableRows rows, String label, String methodColumn, MeasuredCycles measured,
            boolean hasMeasured) throws DataFormatException {
        this.rows = rows;
        this.label = label;
        this.measured = measured;
        this.methodColumn = methodColumn == null || methodColumn.isBlank() ? -1 : rows.index(methodColumn);
        if (methodColumn != null && !methodColumn.isBlank() && this.methodColumn < 0) {
            throw rows.error(null, "has no method column '" + methodColumn + "'. Choose one of its columns "
                    + rows.columns() + " or none (then every forecast gets the method label).");
        }
        longLayout = rows.index(STEP) >= 0;
        cell = required(CELL_ID, "");
        cycle = required(CYCLE, "");
        predicted = required(PREDICTED, "");
        target = longLayout ? rows.index(TARGET) : required(TARGET, " The scorer needs the true values: score the"
                + " Predictor's forecast table of cells whose data go on after the windows, or a trajectory table"
                + " with measured cycles.");
        band = band();
        if (longLayout && target < 0 && !hasMeasured) {
            throw rows.error(null, "has no column '" + TARGET + "', so the true values must come from measured"
                    + " cycles. Give the cells' measured cycles (--measured, or the scorer's second input).");
        }
    }

    /**
     * Checks a table's columns without reading rows (e.g. a node's configure).
     *
     * @param rows the table (only its name and columns are used)
     * @param methodColumn column of the method labels, or null/blank for none
     * @param hasMeasured whether measured cycles will be given
     * @throws DataFormatException naming the missing column and what to do
     */
    public static void checkColumns(TableRows rows, String methodColumn, boolean hasMeasured)
            throws DataFormatException {
        new ForecastReader(rows, "", methodColumn, null, hasMeasured);
    }

    /**
     * @param rows the forecast table
     * @param label method label of every forecast when methodColumn is not given
     * @param methodColumn column holding each row's method label, or null/blank for none
     * @param measured measured cycles (true values of trajectory tables without targets; nominal capacities), or null
     * @return the forecasts in table order (a trajectory at its first row)
     * @throws IOException on read errors
     * @throws DataFormatException on bad input, naming row and column and what to do
     */
    public static List<ScoredForecast> read(TableRows rows, String label, String methodColumn,
            MeasuredCycles measured) throws IOException, DataFormatException {
        ForecastReader r = new ForecastReader(rows, label, methodColumn, measured, measured != null);
        List<Raw> raw = r.longLayout ? r.trajectories() : r.windows();
        if (raw.isEmpty()) {
            throw rows.error(null, "holds no forecasts. Give a forecast table with at least one row.");
        }
        List<ScoredForecast> out = new ArrayList<>(raw.size());
        for (Raw f : raw) {
            out.add(new ScoredForecast(f.method, f.cell, f.cycles, f.predicted, f.target, f.low, f.high,
                    r.nominal(f)));
        }
        return out;
    }

    /** A forecast being read. */
    private static final class Raw {
        String method;
        String cell;
        int[] cycles;
        double[] predicted;
        double[] target;
        double[] low;
        double[] high;
        double nominal = Double.NaN;
        int lastStep;
        int size;
    }

    private List<Raw> windows() throws IOException, DataFormatException {
        List<Raw> out = new ArrayList<>();
        while (rows.next()) {
            Raw f = new Raw();
            f.method = method();
            f.cell = cell(cell);
            int start = cycle(rows, cycle, CYCLE);
            f.predicted = list(predicted, PREDICTED, null);
            if (f.predicted.length == 0) {
                throw rows.error(PREDICTED, "the list is empty. Every forecast needs at least one step.");
            }
            f.target = list(target, TARGET, f.predicted);
            if (band != null) {
                f.low = list(band[0], BAND_LOW, f.predicted);
                f.high = list(band[1], BAND_HIGH, f.predicted);
                checkBand(f.low, f.high, -1);
            }
            f.cycles = new int[f.predicted.length];
            for (int k = 0; k < f.cycles.length; k++) {
                f.cycles[k] = start + k;
            }
            remember(f.cell, start, f.target[0]);
            out.add(f);
        }
        return out;
    }

    private List<Raw> trajectories() throws IOException, DataFormatException {
        int step = rows.index(STEP);
        int scenario = rows.index(SCENARIO);
        int soh = rows.index(SOH);
        List<Raw> out = new ArrayList<>();
        Map<List<String>, Raw> open = new LinkedHashMap<>();
        while (rows.next()) {
            String method = method();
            String id = cell(cell);
            String scen = scenario < 0 ? "" : String.valueOf(rows.text(scenario));
            int c = cycle(rows, cycle, CYCLE);
            int k = cycle(rows, step, STEP);
            List<String> key = List.of(method, id, scen);
            Raw f = open.get(key);
            if (k == 0) {
                f = new Raw();
                f.method = method;
                f.cell = id;
                f.cycles = new int[16];
                f.predicted = new double[16];
                f.target = new double[16];
                if (band != null) {
                    f.low = new double[16];
                    f.high = new double[16];
                }
                open.put(key, f);
                out.add(f);
            } else if (f == null || f.lastStep != k - 1) {
                throw rows.error(STEP, "step " + k + " of cell " + id + (scen.isEmpty() ? "" : ", scenario " + scen)
                        + " does not follow step " + (k - 1) + ". Keep each trajectory's rows together in step"
                        + " order 0, 1, 2, ... as the Trajectory Predictor writes them.");
            }
            grow(f);
            int i = f.size++;
            f.lastStep = k;
            f.cycles[i] = c;
            f.predicted[i] = finite(rows.number(predicted), PREDICTED);
            f.target[i] = target >= 0 ? finite(rows.number(target), TARGET) : measured(id, c);
            if (band != null) {
                f.low[i] = finite(rows.number(band[0]), BAND_LOW);
                f.high[i] = finite(rows.number(band[1]), BAND_HIGH);
                checkBand(new double[] {f.low[i]}, new double[] {f.high[i]}, k);
            }
            double s = soh < 0 ? Double.NaN : finite(rows.number(soh), SOH);
            if (Double.isNaN(f.nominal) && s > 0 && !Double.isNaN(f.predicted[i])) {
                f.nominal = f.predicted[i] / s;
            }
            remember(id, c, f.target[i]);
        }
        for (Raw f : out) {
            f.cycles = Arrays.copyOf(f.cycles, f.size);
            f.predicted = Arrays.copyOf(f.predicted, f.size);
            f.target = Arrays.copyOf(f.target, f.size);
            if (f.low != null) {
                f.low = Arrays.copyOf(f.low, f.size);
                f.high = Arrays.copyOf(f.high, f.size);
            }
        }
        if (target < 0 && out.stream().allMatch(f -> allNaN(f.target))) {
            throw rows.error(null, "no forecast cycle has a measured capacity in " + measured.name() + ". Give the"
                    + " measured cycles that the forecasts cover (the cells' data after the forecast start).");
        }
        return out;
    }

    private static void grow(Raw f) {
        if (f.size == f.cycles.length) {
            int n = f.size * 2;
            f.cycles = Arrays.copyOf(f.cycles, n);
            f.predicted = Arrays.copyOf(f.predicted, n);
            f.target = Arrays.copyOf(f.target, n);
            if (f.low != null) {
                f.low = Arrays.copyOf(f.low, n);
                f.high = Arrays.copyOf(f.high, n);
            }
        }
    }

    private double measured(String cell, int cycle) throws DataFormatException {
        if (!measured.has(cell)) {
            throw rows.error(CELL_ID, "cell " + cell + " is not in the measured cycles " + measured.name()
                    + " (" + measured.cellCount() + " cells). Give that cell's measured cycles or leave its forecasts"
                    + " out.");
        }
        return measured.capacity(cell, cycle);
    }

    private int required(String column, String hint) throws DataFormatException {
        int i = rows.index(column);
        if (i < 0) {
            throw rows.error(null, "has no column '" + column + "' (columns: " + cut(rows.columns()) + ")."
                    + (hint.isEmpty() ? " Give a forecast table of the iMODEL Predictor, Trajectory Predictor or a"
                            + " baseline." : hint));
        }
        return i;
    }

    private int[] band() throws DataFormatException {
        int low = rows.index(BAND_LOW);
        int high = rows.index(BAND_HIGH);
        if ((low < 0) != (high < 0)) {
            throw rows.error(low < 0 ? BAND_HIGH : BAND_LOW, "is given without '" + (low < 0 ? BAND_LOW : BAND_HIGH)
                    + "'. Give both band columns or neither.");
        }
        return low < 0 ? null : new int[] {low, high};
    }

    private String method() throws DataFormatException {
        if (methodColumn < 0) {
            return label;
        }
        String m = rows.text(methodColumn);
        if (m == null || m.isBlank()) {
            throw rows.error(rows.columns().get(methodColumn), "the method label is missing. Give every row its"
                    + " method.");
        }
        return m;
    }

    private String cell(int column) throws DataFormatException {
        String id = rows.text(column);
        if (id == null || id.isBlank()) {
            throw rows.error(CELL_ID, "the cell id is missing. Give every row its cell id.");
        }
        return id;
    }

    /**
     * @param rows a table
     * @param column column index
     * @param name column name
     * @return the current row's whole number in that column
     * @throws DataFormatException when it is missing or not a whole number
     */
    static int cycle(TableRows rows, int column, String name) throws DataFormatException {
        double v = rows.number(column);
        if (!(v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE)) {
            throw rows.error(name, (Double.isNaN(v) ? "the value is missing" : "'" + v + "' is not a whole number")
                    + ". Give the whole number of the cycle or step.");
        }
        return (int) v;
    }

    /** @return the list; errors when missing, infinite, or not as long as {@code like} */
    private double[] list(int column, String name, double[] like) throws DataFormatException {
        double[] v = rows.list(column);
        if (v == null) {
            throw rows.error(name, "the list is missing. Give a list of capacities in Ah, e.g. [1.80, 1.79].");
        }
        if (like != null && v.length != like.length) {
            throw rows.error(name, "the list has " + v.length + " values but " + PREDICTED + " has " + like.length
                    + ". Give one value per forecast step (NaN where unknown).");
        }
        for (int k = 0; k < v.length; k++) {
            if (Double.isInfinite(v[k])) {
                throw rows.error(name, "element " + (k + 1) + " is infinite. Fix the value (NaN marks an unknown"
                        + " value).");
            }
        }
        return v;
    }

    private double finite(double v, String name) throws DataFormatException {
        if (Double.isInfinite(v)) {
            throw rows.error(name, "the value is infinite. Fix the value (a missing value marks an unknown one).");
        }
        return v;
    }

    private void checkBand(double[] low, double[] high, int step) throws DataFormatException {
        for (int k = 0; k < low.length; k++) {
            if (low[k] > high[k]) {
                throw rows.error(BAND_LOW, (step < 0 ? "element " + (k + 1) + " " : "") + "band_low " + low[k]
                        + " is above band_high " + high[k] + ". Give band_low <= band_high.");
            }
        }
    }

    private void remember(String cell, int cycle, double target) {
        Integer before = firstCycle.get(cell);
        if (!Double.isNaN(target) && (before == null || cycle < before)) {
            firstCycle.put(cell, cycle);
            firstTarget.put(cell, target);
        }
    }

    private double nominal(Raw f) {
        if (!Double.isNaN(f.nominal)) {
            return f.nominal;
        }
        double m = measured == null ? Double.NaN : measured.firstCapacity(f.cell);
        return Double.isNaN(m) ? firstTarget.getOrDefault(f.cell, Double.NaN) : m;
    }

    private static boolean allNaN(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private static String cut(List<String> names) {
        return names.size() <= 12 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 12)) + ", ... (" + names.size() + " columns)";
    }
}
