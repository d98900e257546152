package org.imodel.core.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.features.Window;
import org.junit.jupiter.api.Test;

/** The chains of windows the band beyond the horizon is calibrated on (the fit itself: RolloutTest). */
class RolloutBandFitTest {

    @Test
    void aChainFollowsItsCellPRowsAtATimeAndStopsAtAGapOrTheBlockLimit() {
        List<Window> windows = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            if (r != 25) {
                windows.add(window("A", "UL", r));
            }
            windows.add(window("B", "UL", r));
        }
        for (int r = 0; r < 200; r += 10) {
            windows.add(window("A", "LSD", r)); // same id, another family: its own cell
        }
        List<Window[]> chains = RolloutBandFit.chains(windows, 10);
        assertEquals(windows.size(), chains.size(), "one chain per start window");
        // windows in order A0, B0, A1, B1, ... (A25 missing)
        assertEquals(List.of(0, 10, 20, 30), rows(chains.get(0)), "A row 0");
        assertEquals(List.of(5, 15), rows(chains.get(10)), "A row 5 stops where A row 25 is missing");
        assertEquals(List.of(1, 11, 21, 31), rows(chains.get(3)), "B row 1");
        assertEquals(List.of(35), rows(chains.get(70)), "B row 35: nothing 10 rows later");
        Window[] lsd = chains.get(chains.size() - 20);
        assertEquals("LSD", lsd[0].family());
        assertEquals(RolloutBandFit.MAX_BLOCKS, lsd.length, "at most " + RolloutBandFit.MAX_BLOCKS + " blocks");
        for (Window w : lsd) {
            assertEquals("LSD", w.family());
        }
    }

    private static List<Integer> rows(Window[] chain) {
        List<Integer> out = new ArrayList<>();
        for (Window w : chain) {
            out.add(w.startRow());
        }
        return out;
    }

    private static Window window(String cell, String family, int row) {
        double[] p = new double[10];
        return new Window(cell, family, row, 100 + row, new double[12], new double[50], p, p, p, p);
    }
}
