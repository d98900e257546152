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
 * complete window of a per-cycle table; for an ensemble the members' mean with a band, and the band's coverage. The
 * columns follow from the model port's spec (its member count is known at configure). All logic in the engine.
 */
final class PredictorNodeModel extends SettingsNodeModel<PredictorSettings> {

    PredictorNodeModel() {
        super(new PortType[] {ImodelPortObject.TYPE, BufferedDataTable.TYPE},
                new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE}, new PredictorSettings());
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ImodelPortObjectSpec model = (ImodelPortObjectSpec) inSpecs[0];
        if (model != null) {
            ModelInputs.checkWindows(model, (DataTableSpec) inSpecs[1]);
        }
        CycleTables.check((DataTableSpec) inSpecs[1]);
        boolean band = model != null && model.members() > 1;
        return new PortObjectSpec[] {TableSpecs.toSpec(ForecastTable.forecastColumns(band)),
            TableSpecs.toSpec(ForecastTable.metricColumns(band))};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        ImodelPortObject port = (ImodelPortObject) inObjects[0];
        List<CycleRecord> rows = CycleTables.read((BufferedDataTable) inObjects[1], exec.createSubProgress(0.2));
        List<Forecast> forecasts;
        boolean band = port.getSpec().members() > 1;
        try (TrainedModel model = TrainedModel.load(port.model())) {
            forecasts = ImodelPredictor.predict(model, rows, settings.bandLevel(),
                    new KnimeProgress(exec.createSubProgress(0.7)));
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        if (forecasts.isEmpty()) {
            // a cell too short for one window is an error above: only an empty table comes here
            setWarningMessage("The input table has no rows: nothing to predict.");
        }
        TableBuilder out = new TableBuilder(exec, ForecastTable.forecastColumns(band));
        forecasts.forEach(f -> out.add(ForecastTable.values(f)));
        return new PortObject[] {out.build(), TableBuilder.of(exec, ForecastTable.metricColumns(band),
                ForecastTable.metricRows(forecasts, band))};
    }
}
