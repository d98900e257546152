package org.imodel.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A split of cells into training and validation cells (never rows of one cell on both sides): validation cells
 * by id, or a seeded random fraction of the cells; training cells by id, or all the others.
 *
 * @param training training cell ids, in data order
 * @param validation validation cell ids, in data order
 */
public record CellSplit(List<String> training, List<String> validation) {

    /** Copies the lists. */
    public CellSplit {
        training = List.copyOf(training);
        validation = List.copyOf(validation);
    }

    /**
     * @param cells all cell ids in data order
     * @param trainingIds training cells; empty for "all cells that are not validation cells"
     * @param validationIds validation cells; empty to draw {@code fraction} of the cells
     * @param fraction share of cells drawn for validation when no ids are given, in (0, 1)
     * @param seed seed of the draw
     * @return the split
     * @throws IllegalArgumentException naming unknown cells, or when a side would be empty or the sides overlap
     */
    public static CellSplit of(List<String> cells, List<String> trainingIds, List<String> validationIds,
            double fraction, long seed) {
        Set<String> known = new LinkedHashSet<>(cells);
        List<String> unknown = new ArrayList<>();
        for (String id : concat(trainingIds, validationIds)) {
            if (!known.contains(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("cell(s) " + unknown + " are not in the data; the data have "
                    + abbreviate(new ArrayList<>(known)) + ". Use cell ids as in the cell_id column.");
        }
        Set<String> validation = new LinkedHashSet<>(validationIds);
        if (validation.isEmpty()) {
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("the validation fraction must be between 0 and 1, got " + fraction);
            }
            List<String> pool = new ArrayList<>(known);
            pool.removeAll(trainingIds);
            Collections.shuffle(pool, new Random(seed));
            int n = Math.max(1, (int) Math.round(fraction * known.size()));
            validation.addAll(pool.subList(0, Math.min(n, Math.max(0, pool.size() - (trainingIds.isEmpty() ? 1 : 0)))));
        }
        List<String> training = new ArrayList<>();
        List<String> validationOrdered = new ArrayList<>();
        for (String cell : known) {
            if (validation.contains(cell)) {
                validationOrdered.add(cell);
            } else if (trainingIds.isEmpty() || trainingIds.contains(cell)) {
                training.add(cell);
            }
        }
        for (String id : trainingIds) {
            if (validation.contains(id)) {
                throw new IllegalArgumentException("cell " + id + " is both a training and a validation cell");
            }
        }
        if (training.isEmpty() || validationOrdered.isEmpty()) {
            throw new IllegalArgumentException("a split needs at least one training and one validation cell; the data"
                    + " have " + known.size() + " cell(s): " + abbreviate(new ArrayList<>(known)));
        }
        return new CellSplit(training, validationOrdered);
    }

    /**
     * @param text comma-separated ids (blank for none)
     * @return the ids, trimmed
     */
    public static List<String> parseIds(String text) {
        List<String> ids = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    ids.add(part.strip());
                }
            }
        }
        return ids;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String abbreviate(List<String> cells) {
        return cells.size() <= 8 ? cells.toString() : cells.subList(0, 8) + " and " + (cells.size() - 8) + " more";
    }
}
