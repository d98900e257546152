package org.imodel.core.features;

import java.util.List;

/**
 * Windows built from a set of cells, and the cells that gave none.
 *
 * @param windows windows: cells in the order they first appear, start rows ascending within a cell
 * @param skipped cells too short for the horizon, with reasons
 */
public record WindowSet(List<Window> windows, List<SkippedCell> skipped) {

    /** Makes the lists unmodifiable. */
    public WindowSet {
        windows = List.copyOf(windows);
        skipped = List.copyOf(skipped);
    }

    /** @return number of windows */
    public int size() {
        return windows.size();
    }
}
