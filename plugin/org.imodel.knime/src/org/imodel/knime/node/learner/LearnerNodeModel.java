package org.imodel.knime.node.learner;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.artifact.Ensemble;
import org.imodel.core.data.CellSplit;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.training.HistoryTable;
import org.imodel.core.training.EnsembleTrainer;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;
import org.imodel.knime.common.CycleTables;
import org.imodel.knime.common.KnimeProgress;
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
 * iMODEL Learner: trains the model (one network, or an ensemble of networks differing by seed and, with cross-fitted
 * band calibration, by the fold of training cells each leaves out) on the training cells of a per-cycle table; all
 * logic in the engine.
 */
final class LearnerNodeModel extends SettingsNodeModel<LearnerSettings> {

    LearnerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE},
                new PortType[] {ImodelPortObject.TYPE, BufferedDataTable.TYPE}, new LearnerSettings());
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        CycleTables.check((DataTableSpec) inSpecs[0]);
        bandCalibration();
        // what the settings fix is known now; the scaler, feature layout and units follow from the training data
        return new PortObjectSpec[] {ImodelPortObjectSpec.beforeTraining(trainingSettings(),
                settings.members.getIntValue()),
            TableSpecs.toSpec(HistoryTable.COLUMNS)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        TrainingSettings ts = trainingSettings();
        List<CycleRecord> rows = CycleTables.read((BufferedDataTable) inObjects[0], exec.createSubProgress(0.05));
        CellSplit split;
        try {
            split = CellSplit.of(CycleTables.cells(rows), CellSplit.parseIds(settings.trainingCells.getStringValue()),
                    CellSplit.parseIds(settings.validationCells.getStringValue()),
                    settings.validationFraction.getDoubleValue(), ts.seed());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        int members = settings.members.getIntValue();
        List<Object[]> history;
        ImodelPortObject model;
        try (TrainedModel trained = EnsembleTrainer.train(rows, split.training(), split.validation(), ts, members,
                bandCalibration(), EnsembleTrainer.defaultThreads(members),
                new KnimeProgress(exec.createSubProgress(0.95)), null)) {
            model = new ImodelPortObject(trained.toFile());
            history = HistoryTable.rows(trained.histories());
            setWarningMessage(earlyStops(trained.spec().ensemble(), ts.epochs()));
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        TableBuilder table = new TableBuilder(exec, HistoryTable.COLUMNS);
        history.forEach(table::add);
        return new PortObject[] {model, table.build()};
    }

    /** @return the warning for members that stopped early, or null */
    private static String earlyStops(Ensemble e, int epochs) {
        List<String> stopped = new ArrayList<>();
        for (int m = 0; m < e.members(); m++) {
            if (e.epochs()[m] < epochs) {
                stopped.add((e.isEnsemble() ? "member " + m + ": " : "") + "early stopping after epoch "
                        + e.epochs()[m] + " of " + epochs + "; the parameters of epoch " + e.bestEpochs()[m]
                        + " are kept");
            }
        }
        if (stopped.isEmpty()) {
            return null;
        }
        String text = String.join("; ", stopped) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private BandCalibration bandCalibration() throws InvalidSettingsException {
        try {
            return settings.toBandCalibration();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Band calibration: " + e.getMessage(), e);
        }
    }

    private TrainingSettings trainingSettings() throws InvalidSettingsException {
        try {
            return settings.toTrainingSettings();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
