package org.imodel.knime.node.baseline;

import java.util.List;

import org.imodel.core.baseline.BaselineMethod;
import org.imodel.core.baseline.BaselineResult;
import org.imodel.core.baseline.BaselineSettings;
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
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Baseline Predictor: the paper's history baselines on the cells of a per-cycle table, as forecast windows (the
 * iMODEL Predictor's column names) and per-cell errors. The optional second input holds the MLP's training and
 * validation cells when they are not in the first table. All logic in the engine ({@link Baselines}).
 */
final class BaselinePredictorNodeModel extends SettingsNodeModel<BaselinePredictorSettings> {

    BaselinePredictorNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
                new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE}, new BaselinePredictorSettings());
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CycleTables.check((DataTableSpec) inSpecs[0]);
        if (inSpecs[1] != null) {
            try {
                CycleTables.check((DataTableSpec) inSpecs[1]);
            } catch (InvalidSettingsException e) {
                throw new InvalidSettingsException("Training cells (input 2): " + e.getMessage(), e);
            }
        }
        settings.engine();
        return new PortObjectSpec[] {TableSpecs.toSpec(BaselineTables.FORECAST_COLUMNS),
            TableSpecs.toSpec(BaselineTables.CELL_COLUMNS)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        List<CycleRecord> rows = CycleTables.read((BufferedDataTable) inObjects[0], exec.createSubProgress(0.05));
        BaselineSettings engine = settings.engine();
        BufferedDataTable trainingTable = (BufferedDataTable) inObjects[1];
        List<CycleRecord> trainingRows = trainingTable == null || engine.method() != BaselineMethod.MLP ? null
                : CycleTables.read(trainingTable, exec.createSubProgress(0.05));
        BaselineResult result;
        try {
            result = Baselines.run(rows, trainingRows, engine, new KnimeProgress(exec.createSubProgress(0.8)));
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
        } else if (trainingTable != null && trainingRows == null) {
            setWarningMessage("The training cells at input 2 are not used: the polynomial baseline needs no"
                    + " training.");
        }
        TableBuilder forecasts = new TableBuilder(exec.createSubExecutionContext(0.1),
                BaselineTables.FORECAST_COLUMNS);
        result.forecasts().forEach(f -> forecasts.add(BaselineTables.forecastRow(f)));
        return new PortObject[] {forecasts.build(), TableBuilder.of(exec, BaselineTables.CELL_COLUMNS,
                BaselineTables.cellRows(result))};
    }
}
