package org.imodel.core.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folds of an ensemble's training cells for cross-fitted band calibration: the cells are dealt round-robin, in
 * the order given, into F = min(K, n) folds (cell j into fold j mod F); member i &lt; F does not train on fold i, so
 * its forecasts on those cells are out of fold, and members i &ge; F (when K &gt; n) train on every cell. Each cell
 * is in exactly one fold, so each has exactly one out-of-fold member. Deterministic: the same cells in the same
 * order give the same folds, whatever the seed.
 *
 * <p>Cross-fitting applies only when every member keeps at least {@value #MIN_KEPT_CELLS} training cells, i.e.
 * n - ceil(n / F) &ge; {@value #MIN_KEPT_CELLS} (e.g. 3 cells and 3 or more members; 4 cells and 2 members), and K &ge;
 * 2; otherwise {@link #of} gives none and the band is calibrated on the validation cells alone.
 */
final class CalibrationFolds {

    /** Fewest training cells a member must keep for cross-fitting. */
    static final int MIN_KEPT_CELLS = 2;

    private final List<String> cells;
    private final List<List<String>> folds;
    private final int members;

    private CalibrationFolds(List<String> cells, int members) {
        this.cells = List.copyOf(cells);
        this.members = members;
        int f = Math.min(members, cells.size());
        List<List<String>> built = new ArrayList<>();
        for (int i = 0; i < f; i++) {
            built.add(new ArrayList<>());
        }
        for (int j = 0; j < cells.size(); j++) {
            built.get(j % f).add(cells.get(j));
        }
        this.folds = built.stream().map(List::copyOf).toList();
    }

    /**
     * @param cells the training cells (with usable windows), in order
     * @param members ensemble members K
     * @return the folds, or empty when cross-fitting does not apply (fewer than 2 members, or a member would keep
     *         fewer than {@value #MIN_KEPT_CELLS} cells)
     */
    static Optional<CalibrationFolds> of(List<String> cells, int members) {
        return applies(cells.size(), members) ? Optional.of(new CalibrationFolds(cells, members)) : Optional.empty();
    }

    /**
     * @param cells number of training cells n
     * @param members ensemble members K
     * @return whether every member keeps at least {@value #MIN_KEPT_CELLS} cells (and K &ge; 2)
     */
    static boolean applies(int cells, int members) {
        if (members < 2 || cells < 1) {
            return false;
        }
        int f = Math.min(members, cells);
        int largestFold = (cells + f - 1) / f;
        return cells - largestFold >= MIN_KEPT_CELLS;
    }

    /**
     * @param member member index, 0 .. K - 1
     * @return the cells the member leaves out (empty for members beyond the number of folds)
     */
    List<String> fold(int member) {
        checkMember(member);
        return member < folds.size() ? folds.get(member) : List.of();
    }

    /**
     * @param member member index, 0 .. K - 1
     * @return the cells the member trains on: all but its fold, in the given order
     */
    List<String> trainCells(int member) {
        List<String> left = fold(member);
        return cells.stream().filter(c -> !left.contains(c)).toList();
    }

    /**
     * @param cell a training cell
     * @return the member that does not train on it
     * @throws IllegalArgumentException when the cell is not one of the folds' cells
     */
    int outOfFoldMember(String cell) {
        int j = cells.indexOf(cell);
        if (j < 0) {
            throw new IllegalArgumentException("cell " + cell + " is not one of the calibration folds' cells");
        }
        return j % folds.size();
    }

    /** @return the number of cells */
    int cellCount() {
        return cells.size();
    }

    private void checkMember(int member) {
        if (member < 0 || member >= members) {
            throw new IllegalArgumentException("member " + member + " is not one of the " + members + " members");
        }
    }
}
