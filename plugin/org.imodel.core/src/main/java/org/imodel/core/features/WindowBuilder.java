package org.imodel.core.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.data.CycleRecord;

/**
 * Builds the prediction windows of the iMODEL loaders (imodel-method.md &sect;2.1) from per-cycle rows: per cell
 * (rows of one cell in the order given, which should be file order), the start rows of the cell's family rule
 * ({@link StartRule}), each with the start row's features and curve, the scenario and the target capacities of
 * the P rows from the start row on. Cells too short for the horizon are listed with a reason instead of failing.
 * Features are computed only for start rows.
 */
public final class WindowBuilder {

    private final int horizon;
    private final FeatureExtractor extractor;
    private final StartRule rule;

    /**
     * Start rules follow each cell's family ({@link StartRule#forFamily(String)}).
     *
     * @param horizon P, the number of future cycles (10 or 50 in the published runs), at least 1
     * @param settings feature settings
     */
    public WindowBuilder(int horizon, FeatureSettings settings) {
        this(horizon, settings, null);
    }

    /**
     * @param horizon P, at least 1
     * @param settings feature settings
     * @param rule start rule for every cell, or null to follow each cell's family
     */
    public WindowBuilder(int horizon, FeatureSettings settings, StartRule rule) {
        if (horizon < 1) {
            throw new IllegalArgumentException("The horizon (number of predicted cycles) must be at least 1; got "
                    + horizon);
        }
        this.horizon = horizon;
        this.extractor = new FeatureExtractor(settings);
        this.rule = rule;
    }

    /**
     * The reference loader of a family: its feature settings and start rule.
     *
     * @param family family as in {@code CycleRecord.family()}
     * @param soc 20, 30, 40 or 50
     * @param horizon P
     * @return the builder
     */
    public static WindowBuilder forFamily(String family, int soc, int horizon) {
        return new WindowBuilder(horizon, FeatureSettings.forFamily(family, soc), StartRule.forFamily(family));
    }

    /** @return the horizon P */
    public int horizon() {
        return horizon;
    }

    /** @return the feature settings */
    public FeatureSettings settings() {
        return extractor.settings();
    }

    /**
     * @param records rows of one or more cells; a cell is identified by family and cell id, and its rows keep
     *        their order in this list
     * @return windows (cells in order of first appearance) and skipped cells
     */
    public WindowSet build(List<CycleRecord> records) {
        Map<List<String>, List<CycleRecord>> cells = new LinkedHashMap<>();
        for (CycleRecord r : records) {
            cells.computeIfAbsent(List.of(String.valueOf(r.family()), String.valueOf(r.cellId())),
                    k -> new ArrayList<>()).add(r);
        }
        List<Window> windows = new ArrayList<>();
        List<SkippedCell> skipped = new ArrayList<>();
        for (List<CycleRecord> cell : cells.values()) {
            addCell(cell, windows, skipped);
        }
        return new WindowSet(windows, skipped);
    }

    private void addCell(List<CycleRecord> rows, List<Window> windows, List<SkippedCell> skipped) {
        CycleRecord first = rows.get(0);
        StartRule r = rule != null ? rule : StartRule.forFamily(first.family());
        int n = rows.size();
        if (r.windowCount(n, horizon) == 0) {
            skipped.add(new SkippedCell(first.cellId(), first.family(), n, r.tooShortReason(n, horizon)));
            return;
        }
        int last = r.lastStart(n, horizon);
        for (int start = r.firstStart(n, horizon); start <= last; start++) {
            CycleRecord s = rows.get(start);
            FeatureRow f = extractor.extract(s);
            double[] charge = new double[horizon];
            double[] discharge = new double[horizon];
            double[] temperature = new double[horizon];
            double[] target = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                CycleRecord c = rows.get(start + k);
                charge[k] = c.chargeCurrent();
                discharge[k] = c.dischargeCurrent();
                temperature[k] = c.temperature();
                target[k] = c.dischargeCapacity();
            }
            windows.add(new Window(s.cellId(), s.family(), start, s.cycle(), f.features(), f.ci(), charge, discharge,
                    temperature, target));
        }
    }
}
