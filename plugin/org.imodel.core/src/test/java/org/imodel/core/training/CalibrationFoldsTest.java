package org.imodel.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The folds of cross-fitted band calibration and the rule for when they apply. */
class CalibrationFoldsTest {

    private static final List<String> CELLS = List.of("a", "b", "c", "d", "e", "f", "g");

    @Test
    void cellsAreDealtRoundRobinEachInExactlyOneFoldAndEveryMemberTrainsOnTheRest() {
        CalibrationFolds folds = CalibrationFolds.of(CELLS, 3).orElseThrow();
        assertEquals(List.of("a", "d", "g"), folds.fold(0));
        assertEquals(List.of("b", "e"), folds.fold(1));
        assertEquals(List.of("c", "f"), folds.fold(2));
        List<String> all = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            all.addAll(folds.fold(m));
            List<String> rest = new ArrayList<>(CELLS);
            rest.removeAll(folds.fold(m));
            assertEquals(rest, folds.trainCells(m), "member " + m + " trains on all but its fold, in order");
            for (String c : folds.fold(m)) {
                assertEquals(m, folds.outOfFoldMember(c));
            }
        }
        assertEquals(CELLS.size(), all.size());
        assertEquals(CELLS.size(), all.stream().distinct().count(), "each cell in exactly one fold");
        assertEquals(7, folds.cellCount());
        // deterministic: the same cells give the same folds
        CalibrationFolds again = CalibrationFolds.of(CELLS, 3).orElseThrow();
        for (int m = 0; m < 3; m++) {
            assertEquals(folds.fold(m), again.fold(m));
        }
        assertThrows(IllegalArgumentException.class, () -> folds.outOfFoldMember("z"));
        assertThrows(IllegalArgumentException.class, () -> folds.fold(3));
    }

    @Test
    void membersBeyondTheCellsTrainOnEveryCell() {
        CalibrationFolds folds = CalibrationFolds.of(List.of("a", "b", "c"), 5).orElseThrow();
        assertEquals(List.of("a"), folds.fold(0));
        assertEquals(List.of("c"), folds.fold(2));
        assertEquals(List.of(), folds.fold(3));
        assertEquals(List.of("a", "b", "c"), folds.trainCells(4));
        assertEquals(List.of("b", "c"), folds.trainCells(0));
        assertEquals(1, folds.outOfFoldMember("b"));
    }

    @Test
    void crossFittingNeedsTwoMembersAndTwoKeptCellsPerMember() {
        // n cells, K members: every member keeps n - ceil(n / min(K, n)) cells
        assertFalse(CalibrationFolds.applies(5, 1), "one network has no band");
        assertFalse(CalibrationFolds.applies(2, 2), "keeps 1");
        assertFalse(CalibrationFolds.applies(2, 5), "keeps 1");
        assertFalse(CalibrationFolds.applies(3, 2), "folds of 2 and 1 cells: keeps 1");
        assertTrue(CalibrationFolds.applies(3, 3), "keeps 2");
        assertTrue(CalibrationFolds.applies(3, 5), "keeps 2 (members 3, 4 keep 3)");
        assertTrue(CalibrationFolds.applies(4, 2), "keeps 2");
        assertTrue(CalibrationFolds.applies(5, 5), "keeps 4");
        assertFalse(CalibrationFolds.applies(0, 5));
        assertTrue(CalibrationFolds.of(List.of("a", "b", "c"), 2).isEmpty());
    }
}
