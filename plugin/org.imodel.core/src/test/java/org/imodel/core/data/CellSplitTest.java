package org.imodel.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CellSplitTest {

    private static final List<String> CELLS = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

    @Test
    void byIdsKeepsDataOrder() {
        CellSplit s = CellSplit.of(CELLS, List.of(), List.of("j", "b"), 0.2, 1);
        assertEquals(List.of("b", "j"), s.validation());
        assertEquals(8, s.training().size());
        CellSplit t = CellSplit.of(CELLS, List.of("a", "c"), List.of("d"), 0.2, 1);
        assertEquals(List.of("a", "c"), t.training());
    }

    @Test
    void fractionIsSeededAndDisjoint() {
        CellSplit s1 = CellSplit.of(CELLS, List.of(), List.of(), 0.2, 7);
        CellSplit s2 = CellSplit.of(CELLS, List.of(), List.of(), 0.2, 7);
        assertEquals(s1, s2);
        assertEquals(2, s1.validation().size());
        assertTrue(s1.training().stream().noneMatch(s1.validation()::contains));
        assertEquals(1, CellSplit.of(List.of("x", "y"), List.of(), List.of(), 0.5, 3).validation().size());
    }

    @Test
    void badSplitsAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CellSplit.of(CELLS, List.of(), List.of("zz"), 0.2, 1));
        assertTrue(e.getMessage().contains("[zz]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CellSplit.of(List.of("a"), List.of(), List.of(), 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> CellSplit.of(CELLS, List.of("a"), List.of("a"), 0.5, 1));
        assertEquals(List.of("a", "b"), CellSplit.parseIds(" a, ,b "));
    }
}
