package org.imodel.knime.node.trajectory;

import java.util.List;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.forecast.TrajectoryTable;
import org.imodel.core.scenario.ModelUnits;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.training.TrainedModel;
import org.imodel.knime.common.CycleTables;
import org.imodel.knime.common.ModelInputs;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.port.ImodelPortObject;
import org.imodel.knime.port.ImodelPortObjectSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.BufferedDataTableRowOutput;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;

/**
 * Trajectory Predictor: forecasts every cell of a per-cycle table under every scenario of a scenario table with a
 * trained iMODEL. Streamable: the cell table streams and may be distributed (cells are independent; a cell's rows
 * must stay together), model and scenarios arrive whole; execute runs the same code on whole tables.
 */
final class TrajectoryPredictorNodeModel extends SettingsNodeModel<TrajectoryPredictorSettings> {

    static final DataTableSpec SUMMARY = TableSpecs.toSpec(TrajectoryTable.SUMMARY_COLUMNS);

    /**
     * @param model the model port's spec (null: not known)
     * @return the per-cycle output's spec: with band columns for an ensemble
     */
    static DataTableSpec trajectories(ImodelPortObjectSpec model) {
        return TableSpecs.toSpec(TrajectoryTable.columns(model != null && model.members() > 1));
    }

    TrajectoryPredictorNodeModel() {
        super(new PortType[] {ImodelPortObject.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE},
                new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE}, new TrajectoryPredictorSettings());
    }

    /** Also refuses thresholds that do not parse (the dialog's OK then says why). */
    @Override
    protected void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        TrajectoryPredictorSettings candidate = new TrajectoryPredictorSettings();
        candidate.validate(s);
        candidate.load(s);
        candidate.sohThresholds();
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ImodelPortObjectSpec model = (ImodelPortObjectSpec) inSpecs[0];
        if (model != null) {
            ModelInputs.checkStates(model, (DataTableSpec) inSpecs[1]);
            if (model.modelSpec().isPresent()) {
                checkUnits(model.modelSpec().get());
                settings.cycles(model.horizon(), model.hasRolloutMap());
            }
        }
        CycleTables.check((DataTableSpec) inSpecs[1]);
        ScenarioRows.check((DataTableSpec) inSpecs[2]);
        settings.sohThresholds();
        return new PortObjectSpec[] {trajectories(model), SUMMARY};
    }

    private static void checkUnits(ModelSpec spec) throws InvalidSettingsException {
        try {
            ModelUnits.checkModel(spec);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + ". Scenarios (A or C-rate) cannot be converted for"
                    + " this model: train it with this version's iMODEL Learner.", e);
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        ImodelPortObject model = (ImodelPortObject) inObjects[0];
        BufferedDataTableRowOutput perCycle = new BufferedDataTableRowOutput(exec.createDataContainer(
                trajectories(model.getSpec())));
        BufferedDataTableRowOutput summary = new BufferedDataTableRowOutput(exec.createDataContainer(SUMMARY));
        run(model, new DataTableRowInput((BufferedDataTable) inObjects[1]),
                (BufferedDataTable) inObjects[2], perCycle, summary, exec);
        return new PortObject[] {perCycle.getDataTable(), summary.getDataTable()};
    }

    @Override
    public InputPortRole[] getInputPortRoles() {
        return new InputPortRole[] {InputPortRole.NONDISTRIBUTED_NONSTREAMABLE, InputPortRole.DISTRIBUTED_STREAMABLE,
            InputPortRole.NONDISTRIBUTED_NONSTREAMABLE};
    }

    @Override
    public OutputPortRole[] getOutputPortRoles() {
        return new OutputPortRole[] {OutputPortRole.DISTRIBUTED, OutputPortRole.DISTRIBUTED};
    }

    @Override
    public StreamableOperator createStreamableOperator(PartitionInfo partitionInfo, PortObjectSpec[] inSpecs)
            throws InvalidSettingsException {
        configure(inSpecs);
        return new StreamableOperator() {
            @Override
            public void runFinal(PortInput[] inputs, PortOutput[] outputs, ExecutionContext exec) throws Exception {
                run((ImodelPortObject) ((PortObjectInput) inputs[0]).getPortObject(), (RowInput) inputs[1],
                        (BufferedDataTable) ((PortObjectInput) inputs[2]).getPortObject(), (RowOutput) outputs[0],
                        (RowOutput) outputs[1], exec);
            }
        };
    }

    private void run(ImodelPortObject port, RowInput cells, BufferedDataTable scenarioTable, RowOutput perCycle,
            RowOutput summary, ExecutionContext exec) throws Exception {
        List<Scenario> scenarios = ScenarioRows.read(scenarioTable, exec);
        try (TrainedModel model = TrainedModel.load(port.model())) {
            setWarningMessage(new TrajectoryRun(model, scenarios, settings).run(cells, perCycle, summary, exec));
        }
    }
}
