package org.imodel.knime.node.baseline;

import java.util.List;

import org.imodel.core.baseline.BaselineResult;
import org.imodel.core.baseline.BaselineTables;
import org.imodel.core.baseline.Baselines;
import org.imodel.core.baseline.CellScore;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.knime.common.CycleTables;
import org.imodel.knime.common.KnimeProgress;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableBuilder;
import org.imodel.knime.common.TableSpecs;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * Baseline Predictor: the paper's history baselines on the cells of a per-cycle table, as forecast windows (the
 * iMODEL Predictor's column names) and per-cell errors. All logic in the engine ({@link Baselines}).
 */
final class BaselinePredictorNodeModel extends SettingsNodeModel<BaselinePredictorSettings> {

    BaselinePredictorNodeModel() {
        super(1, 2, new BaselinePredictorSettings());
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        CycleTables.check(inSpecs[0]);
        settings.engine();
        return new DataTableSpec[] {TableSpecs.toSpec(BaselineTables.FORECAST_COLUMNS),
            TableSpecs.toSpec(BaselineTables.CELL_COLUMNS)};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        List<CycleRecord> rows = CycleTables.read(inData[0], exec.createSubProgress(0.1));
        BaselineResult result;
        try {
            result = Baselines.run(rows, settings.engine(), new KnimeProgress(exec.createSubProgress(0.8)));
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        } catch (DataFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        List<CellScore> skipped = result.skipped();
        if (!skipped.isEmpty()) {
            setWarningMessage(skipped.size() + " of " + result.cells().size() + " cell(s) too short for one window"
                    + " and skipped (listed in the per-cell table), e.g. " + skipped.get(0).cellId() + ": "
                    + skipped.get(0).note());
        }
        TableBuilder forecasts = new TableBuilder(exec.createSubExecutionContext(0.1),
                BaselineTables.FORECAST_COLUMNS);
        result.forecasts().forEach(f -> forecasts.add(BaselineTables.forecastRow(f)));
        return new BufferedDataTable[] {forecasts.build(), TableBuilder.of(exec, BaselineTables.CELL_COLUMNS,
                BaselineTables.cellRows(result))};
    }
}
