package org.imodel.core.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The windows of the MLP-history baseline, float32 as the network reads them: for every start s = 0 .. N - H - P of
 * each cell, the capacities of rows s .. s+H-1 (input) and s+H .. s+H+P-1 (target), in Ah.
 */
final class HistoryWindows {

    private final int history;
    private final int horizon;
    private final float[] inputs;
    private final float[] targets;
    private final List<CellSeries> cells;
    private final int[] startRows;

    private HistoryWindows(int history, int horizon, float[] inputs, float[] targets, List<CellSeries> cells,
            int[] startRows) {
        this.history = history;
        this.horizon = horizon;
        this.inputs = inputs;
        this.targets = targets;
        this.cells = cells;
        this.startRows = startRows;
    }

    /**
     * @param series cells, in order
     * @param history H
     * @param horizon P
     * @return all their windows, cell after cell, start rows ascending
     */
    static HistoryWindows of(List<CellSeries> series, int history, int horizon) {
        int n = 0;
        for (CellSeries c : series) {
            n += Math.max(0, c.rows() - history - horizon + 1);
        }
        float[] in = new float[n * history];
        float[] out = new float[n * horizon];
        List<CellSeries> owner = new ArrayList<>(n);
        int[] start = new int[n];
        int w = 0;
        for (CellSeries c : series) {
            double[] y = c.capacityAh();
            for (int s = 0; s + history + horizon <= c.rows(); s++) {
                for (int i = 0; i < history; i++) {
                    in[w * history + i] = (float) y[s + i];
                }
                for (int t = 0; t < horizon; t++) {
                    out[w * horizon + t] = (float) y[s + history + t];
                }
                owner.add(c);
                start[w] = s + history;
                w++;
            }
        }
        return new HistoryWindows(history, horizon, in, out, owner, start);
    }

    /** @return why a cell has no window */
    static String tooShort(CellSeries cell, int history, int horizon) {
        return String.format(Locale.ROOT, "skipped: %d rows, fewer than the %d (%d read + %d predicted) one window"
                + " needs", cell.rows(), history + horizon, history, horizon);
    }

    int size() {
        return startRows.length;
    }

    int history() {
        return history;
    }

    int horizon() {
        return horizon;
    }

    /** @return inputs, row-major N x H */
    float[] inputs() {
        return inputs;
    }

    /** @return targets, row-major N x P */
    float[] targets() {
        return targets;
    }

    /** @return the cell of window w */
    CellSeries cell(int w) {
        return cells.get(w);
    }

    /** @return the first predicted row of window w */
    int startRow(int w) {
        return startRows[w];
    }
}
