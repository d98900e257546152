package org.imodel.core.baseline;

import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;

/** The one entry point of the node and the command line: a baseline run on per-cycle rows. */
public final class Baselines {

    private Baselines() {
    }

    /**
     * @param rows per-cycle rows of any cells (rows of a cell in file order)
     * @param settings method, window and cells
     * @param progress progress and cancellation
     * @return forecasts and per-cell errors
     * @throws DataFormatException naming file, line and column of an unusable capacity
     * @throws IllegalArgumentException naming cells the rows do not hold, an MLP without training, validation or
     *         test cells, or a test cell that is also a training or validation cell
     * @throws CancelledException when cancelled
     */
    public static BaselineResult run(List<CycleRecord> rows, BaselineSettings settings, Progress progress)
            throws DataFormatException, CancelledException {
        return run(rows, null, settings, progress);
    }

    /**
     * As {@link #run(List, BaselineSettings, Progress)}, with the MLP's training and validation cells taken from
     * their own rows (e.g. another table: a cell id there names a cell of those rows, even where the forecast rows
     * have a cell of the same id).
     *
     * @param rows per-cycle rows holding the cells to forecast
     * @param trainingRows per-cycle rows holding the training and validation cells; null: {@code rows}
     * @param settings method, window and cells
     * @param progress progress and cancellation
     * @return forecasts and per-cell errors
     * @throws DataFormatException naming file, line and column of an unusable capacity
     * @throws IllegalArgumentException as {@link #run(List, BaselineSettings, Progress)}
     * @throws CancelledException when cancelled
     */
    public static BaselineResult run(List<CycleRecord> rows, List<CycleRecord> trainingRows,
            BaselineSettings settings, Progress progress) throws DataFormatException, CancelledException {
        List<CellSeries> all = CellSeries.of(rows);
        List<CellSeries> cells = CellSeries.select(all, settings.cells());
        if (settings.method() == BaselineMethod.POLYNOMIAL) {
            return new PolynomialBaseline(settings.history(), settings.horizon()).run(cells, progress);
        }
        if (settings.trainingCells().isEmpty() || settings.validationCells().isEmpty() || settings.cells().isEmpty()) {
            throw new IllegalArgumentException("the mlp baseline is trained: name its training, validation and test"
                    + " cells (e.g. the iMODEL split of the condition, imodel-method.md 2.2)");
        }
        List<CellSeries> fitted = trainingRows == null ? all : CellSeries.of(trainingRows);
        List<CellSeries> training;
        List<CellSeries> validation;
        try {
            training = CellSeries.select(fitted, settings.trainingCells());
            validation = CellSeries.select(fitted, settings.validationCells());
        } catch (IllegalArgumentException e) {
            if (trainingRows == null) {
                throw e;
            }
            throw new IllegalArgumentException("training and validation cells: " + e.getMessage(), e);
        }
        for (CellSeries c : cells) {
            if (training.contains(c) || validation.contains(c)) {
                throw new IllegalArgumentException("cell " + c.cellId() + " is both a test cell and a training or"
                        + " validation cell; keep the test cells apart");
            }
        }
        return MlpBaseline.run(training, validation, cells, settings, progress);
    }
}
