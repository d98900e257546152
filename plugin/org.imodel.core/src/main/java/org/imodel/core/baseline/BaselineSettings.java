package org.imodel.core.baseline;

import java.util.List;

/**
 * What a baseline run forecasts.
 *
 * @param method the method
 * @param history capacities read before each forecast
 * @param horizon capacities predicted per window
 * @param cells cells to forecast (empty: every cell of the data)
 */
public record BaselineSettings(BaselineMethod method, int history, int horizon, List<String> cells) {

    /**
     * Checks the values; copies the list.
     *
     * @throws IllegalArgumentException when the history or horizon is out of range
     */
    public BaselineSettings {
        if (method == null) {
            throw new IllegalArgumentException("choose a baseline method");
        }
        if (history < method.minimumHistory()) {
            throw new IllegalArgumentException("the " + method.label() + " baseline needs a history of at least "
                    + method.minimumHistory() + " capacities, got " + history);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("the horizon must be at least 1 cycle, got " + horizon);
        }
        cells = List.copyOf(cells);
    }

    /**
     * @param method a method
     * @return its published history and horizon, all cells
     */
    public static BaselineSettings defaults(BaselineMethod method) {
        return new BaselineSettings(method, method.defaultHistory(), method.defaultHorizon(), List.of());
    }

    /** @return the same with these cells */
    public BaselineSettings withCells(List<String> ids) {
        return new BaselineSettings(method, history, horizon, ids);
    }

    /** @return the same with this history and horizon */
    public BaselineSettings withWindow(int newHistory, int newHorizon) {
        return new BaselineSettings(method, newHistory, newHorizon, cells);
    }
}
