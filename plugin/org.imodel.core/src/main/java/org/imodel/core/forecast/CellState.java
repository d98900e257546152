package org.imodel.core.forecast;

/**
 * A cell as measured "today": the cycle the forecast starts from, its re-gridded partial-charge curve (the experts'
 * input) and its raw feature vector (the gate's input, before scaling), plus the capacities that give its SOH.
 * Arrays are shared, not copied; do not modify them.
 *
 * @param cellId cell id
 * @param cycle the cycle of the state (the forecast's first step predicts this cycle's capacity)
 * @param ci re-gridded capacity-increment curve (Ah), as many points as the model's curve length
 * @param features raw features in the model's feature order (engine units)
 * @param capacityAh measured discharge capacity of that cycle (Ah), NaN when unknown
 * @param nominalAh the capacity SOH refers to (Ah): the given nominal capacity, or the capacity of the cell's first
 *        cycle; NaN when neither is known
 */
public record CellState(String cellId, int cycle, double[] ci, double[] features, double capacityAh,
        double nominalAh) {
}
