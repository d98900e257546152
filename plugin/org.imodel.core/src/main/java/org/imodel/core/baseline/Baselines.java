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
     * @throws IllegalArgumentException naming cells the rows do not hold, or settings out of range
     * @throws CancelledException when cancelled
     */
    public static BaselineResult run(List<CycleRecord> rows, BaselineSettings settings, Progress progress)
            throws DataFormatException, CancelledException {
        List<CellSeries> cells = CellSeries.select(CellSeries.of(rows), settings.cells());
        return new PolynomialBaseline(settings.history(), settings.horizon()).run(cells, progress);
    }
}
