package org.imodel.core.baseline;

import java.util.List;

/**
 * What a baseline run forecasts, and how the MLP is trained.
 *
 * @param method the method
 * @param history capacities read before each forecast
 * @param horizon capacities predicted per window
 * @param cells cells to forecast (the MLP's test cells; empty: every cell of the data for the polynomial)
 * @param trainingCells cells the MLP trains on (unused by the polynomial)
 * @param validationCells cells that choose the MLP's kept epoch (unused by the polynomial)
 * @param epochs MLP training epochs
 * @param seed MLP seed (initialisation, dropout, batch order)
 */
public record BaselineSettings(BaselineMethod method, int history, int horizon, List<String> cells,
        List<String> trainingCells, List<String> validationCells, int epochs, long seed) {

    /**
     * Checks the values; copies the lists.
     *
     * @throws IllegalArgumentException when the history, horizon or epochs are out of range
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
        if (epochs < 1) {
            throw new IllegalArgumentException("the epochs must be at least 1, got " + epochs);
        }
        cells = List.copyOf(cells);
        trainingCells = List.copyOf(trainingCells);
        validationCells = List.copyOf(validationCells);
    }

    /**
     * @param method a method
     * @return its published history and horizon, all cells, the MLP's published epochs and seed
     */
    public static BaselineSettings defaults(BaselineMethod method) {
        return new BaselineSettings(method, method.defaultHistory(), method.defaultHorizon(), List.of(), List.of(),
                List.of(), MlpBaseline.DEFAULT_EPOCHS, MlpBaseline.DEFAULT_SEED);
    }

    /** @return the same with these cells to forecast */
    public BaselineSettings withCells(List<String> ids) {
        return new BaselineSettings(method, history, horizon, ids, trainingCells, validationCells, epochs, seed);
    }

    /** @return the same with this history and horizon */
    public BaselineSettings withWindow(int newHistory, int newHorizon) {
        return new BaselineSettings(method, newHistory, newHorizon, cells, trainingCells, validationCells, epochs,
                seed);
    }

    /** @return the same with these MLP training and validation cells */
    public BaselineSettings withSplit(List<String> training, List<String> validation) {
        return new BaselineSettings(method, history, horizon, cells, training, validation, epochs, seed);
    }

    /** @return the same with these MLP epochs and seed */
    public BaselineSettings withTraining(int newEpochs, long newSeed) {
        return new BaselineSettings(method, history, horizon, cells, trainingCells, validationCells, newEpochs,
                newSeed);
    }
}
