package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.StartRule;

/**
 * Checks, before a model runs, that rows are data it can use. Each refusal is an {@link IllegalArgumentException}
 * whose one-line message names the cell and the reason: a model that needs relaxation features given a cell
 * without any relaxation trace (TPSL files have none), a cell too short for one complete window, and, where the
 * forecasts are scored, a capacity that is missing (NaN) or not positive.
 */
public final class PredictionInput {

    /** Largest cell length searched for the shortest cell giving one window. */
    private static final int MAX_SEARCH = 100_000;

    private PredictionInput() {
    }

    /**
     * @param spec the model's spec
     * @param rows rows of the cells to predict, rows of a cell in order
     * @throws IllegalArgumentException naming the first cell the model cannot use and why
     */
    public static void requireUsable(ModelSpec spec, List<CycleRecord> rows) {
        int horizon = spec.config().horizon();
        StartRule rule = StartRule.valueOf(spec.windowRule());
        for (Map.Entry<String, List<CycleRecord>> cell : byCell(rows).entrySet()) {
            List<CycleRecord> r = cell.getValue();
            if (spec.features().relaxationFeatures() && r.stream().noneMatch(PredictionInput::hasRelaxation)) {
                throw new IllegalArgumentException("Cell " + cell.getKey() + " has no relaxation voltages"
                        + ("TPSL".equals(r.get(0).family()) ? " (TPSL files have none)" : "") + ", but the model"
                        + " uses relaxation features. Use a model trained without them (e.g. on TPSL data, or with"
                        + " --feature-defaults tpsl) or data with relaxation traces.");
            }
            if (rule.windowCount(r.size(), horizon) == 0) {
                throw new IllegalArgumentException("Cell " + cell.getKey() + " has " + r.size() + " rows; one"
                        + " complete window of the model (horizon " + horizon + ", " + rule.name().toLowerCase(
                                Locale.ROOT) + " window rule) needs at least " + shortest(rule, horizon)
                        + " rows. Leave the cell out or use a model with a shorter horizon.");
            }
        }
    }

    /**
     * @param rows rows whose discharge capacities are the forecasts' targets
     * @throws IllegalArgumentException naming the first cell and cycle whose capacity is NaN or not positive
     */
    public static void requireTargets(List<CycleRecord> rows) {
        for (CycleRecord r : rows) {
            double c = r.dischargeCapacity();
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("Cell " + r.cellId() + ", cycle " + r.cycle()
                        + (r.sourceLine() > 0 ? " (" + r.sourceFile() + ", line " + r.sourceLine() + ")" : "")
                        + ": the discharge capacity is " + (Double.isNaN(c) ? "missing (NaN)" : c + " Ah")
                        + ", which cannot be scored as a target. Evaluate on cells whose capacities are all positive"
                        + " numbers.");
            }
        }
    }

    private static boolean hasRelaxation(CycleRecord r) {
        for (double v : r.relaxationVoltage()) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static int shortest(StartRule rule, int horizon) {
        for (int n = 1; n < MAX_SEARCH; n++) {
            if (rule.windowCount(n, horizon) > 0) {
                return n;
            }
        }
        return MAX_SEARCH;
    }

    private static Map<String, List<CycleRecord>> byCell(List<CycleRecord> rows) {
        Map<String, List<CycleRecord>> cells = new LinkedHashMap<>();
        for (CycleRecord r : rows) {
            cells.computeIfAbsent(r.cellId(), k -> new ArrayList<>()).add(r);
        }
        return cells;
    }
}
