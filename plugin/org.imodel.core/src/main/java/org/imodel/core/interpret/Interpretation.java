package org.imodel.core.interpret;

import java.util.List;

/**
 * The interpretation of a model's gate on a set of cells.
 *
 * @param experts E
 * @param horizon P
 * @param cells cell ids in input order
 * @param windows per window: gates, dominant expert, entropy, life position, geometry and map position (cells in
 *        input order, windows in life order)
 * @param profiles per expert (E entries)
 * @param changes per cell, where the dominant expert changes, in life order
 * @param map the joint gate map all windows were placed on
 * @param associations per tested quantity, its association with the dominant expert
 */
public record Interpretation(int experts, int horizon, List<String> cells, List<WindowGates> windows,
        List<ExpertProfile> profiles, List<DominantChange> changes, GateMap map, List<Association> associations) {

    /** Makes the lists unmodifiable. */
    public Interpretation {
        cells = List.copyOf(cells);
        windows = List.copyOf(windows);
        profiles = List.copyOf(profiles);
        changes = List.copyOf(changes);
        associations = List.copyOf(associations);
    }

    /**
     * @param cell a cell id
     * @return its windows, in life order
     */
    public List<WindowGates> windowsOf(String cell) {
        return windows.stream().filter(w -> w.cellId().equals(cell)).toList();
    }
}
