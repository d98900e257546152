package org.imodel.knime.node.predictor;

import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ForecastTable;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.training.TrainedModel;
import org.imodel.knime.common.CycleTables;
import org.imodel.knime.common.KnimeProgress;
import org.imodel.knime.common.ModelInputs;
import org.imodel.knime.common.SettingsGroup;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableBuilder;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.port.ImodelPortObject;
import org.imodel.knime.port.ImodelPortObjectSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * iMODEL Predictor: capacity trajectories, expert weights and (where the data go on) targets and errors for every
 * complete window of a per-cycle table; all logic in the engine.
 */
final class PredictorNodeModel extends SettingsNodeModel<SettingsGroup> {

    PredictorNodeModel() {
        super(new PortType[] {ImodelPortObject.TYPE, BufferedDataTable.TYPE},
                new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE}, new PredictorSettings());
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (inSpecs[0] != null) {
            ModelInputs.checkWindows((ImodelPortObjectSpec) inSpecs[0], (DataTableSpec) inSpecs[1]);
        }
        CycleTables.check((DataTableSpec) inSpecs[1]);
        return new PortObjectSpec[] {TableSpecs.toSpec(ForecastTable.FORECAST_COLUMNS),
            TableSpecs.toSpec(ForecastTable.METRIC_COLUMNS)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        ImodelPortObject port = (ImodelPortObject) inObjects[0];
        List<CycleRecord> rows = CycleTables.read((BufferedDataTable) inObjects[1], exec.createSubProgress(0.2));
        List<Forecast> forecasts;
        try (TrainedModel model = TrainedModel.load(port.model())) {
            forecasts = ImodelPredictor.predict(model, rows, new KnimeProgress(exec.createSubProgress(0.7)));
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        if (forecasts.isEmpty()) {
            // a cell too short for one window is an error above: only an empty table comes here
            setWarningMessage("The input table has no rows: nothing to predict.");
        }
        TableBuilder out = new TableBuilder(exec, ForecastTable.FORECAST_COLUMNS);
        forecasts.forEach(f -> out.add(ForecastTable.values(f)));
        return new PortObject[] {out.build(), TableBuilder.of(exec, ForecastTable.METRIC_COLUMNS,
                ForecastTable.metricRows(forecasts))};
    }
}
