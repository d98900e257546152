package org.imodel.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CapacitySummarizerTest {

    @Test
    void linearFadeGivesSlopeRetentionAndEndOfLife() {
        CapacitySummarizer s = new CapacitySummarizer(0.8);
        // 3.0 Ah fading 0.01 Ah per cycle, fed in reverse order to prove order does not matter
        for (int cycle = 100; cycle >= 1; cycle--) {
            s.add("A", (double) cycle, 3.0 - 0.01 * (cycle - 1));
        }
        CellCapacitySummary a = s.summaries().get(0);
        assertEquals("A", a.cell());
        assertEquals(100, a.cycles());
        assertEquals(1.0, a.firstCycle());
        assertEquals(100.0, a.lastCycle());
        assertEquals(3.0, a.initialCapacity(), 1e-12);
        assertEquals(2.01, a.finalCapacity(), 1e-12);
        assertEquals(0.67, a.retention(), 1e-12);
        assertEquals(-1.0, a.fadePer100Cycles(), 1e-9);
        // 80 % of 3.0 = 2.4 is reached at cycle 61 (3.0 - 0.6)
        assertEquals(61.0, a.endOfLifeCycle());
    }

    @Test
    void invalidAndDuplicateRowsAreCountedNotUsed() {
        CapacitySummarizer s = new CapacitySummarizer(0.8);
        s.add("B", 1.0, 2.0);
        s.add("B", 2.0, Double.NaN);
        s.add("B", null, 1.9);
        s.add("B", 3.0, Double.POSITIVE_INFINITY);
        s.add("B", 4.0, 1.95);
        s.add("B", 4.0, 0.1);
        CellCapacitySummary b = s.summaries().get(0);
        assertEquals(2, b.cycles());
        assertEquals(3, b.invalidRows());
        assertEquals(1, b.duplicateCycles());
        assertEquals(1.95, b.finalCapacity());
        assertTrue(Double.isNaN(b.endOfLifeCycle()), "never reached 80 %");
    }

    @Test
    void cellsKeepOrderOfFirstAppearanceAndShortSeriesGiveNaN() {
        CapacitySummarizer s = new CapacitySummarizer(0.9);
        s.add("z", 5.0, 1.0);
        s.add("a", 1.0, Double.NaN);
        s.add("z", 6.0, 0.85);
        List<CellCapacitySummary> all = s.summaries();
        assertEquals(List.of("z", "a"), all.stream().map(CellCapacitySummary::cell).toList());
        assertEquals(6.0, all.get(0).endOfLifeCycle());
        CellCapacitySummary a = all.get(1);
        assertEquals(0, a.cycles());
        assertTrue(Double.isNaN(a.initialCapacity()));
        assertTrue(Double.isNaN(a.fadePer100Cycles()));
        CapacitySummarizer one = new CapacitySummarizer(0.8);
        one.add("c", 1.0, 2.0);
        assertTrue(Double.isNaN(one.summaries().get(0).fadePer100Cycles()), "one cycle has no slope");
    }

    @Test
    void endOfLifeFractionIsChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CapacitySummarizer(0));
        assertTrue(e.getMessage().contains("0.8"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CapacitySummarizer(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new CapacitySummarizer(1.5));
    }

    @Test
    void columnsDescribeEveryRecordComponent() {
        assertEquals(CellCapacitySummary.class.getRecordComponents().length, CapacitySummarizer.COLUMNS.size());
    }
}
