package org.imodel.knime.node.scenario;

import java.util.List;

import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioTable;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableSpecs;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.BufferedDataTableRowOutput;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;

/**
 * Scenario Builder: future-use scenarios from a grid of charge &times; discharge &times; temperature values or from
 * piecewise schedules, one row per scenario and future cycle in the engine's scenario table layout. Streamable: its
 * rows are pushed one by one; execute runs the same writer into a table.
 */
final class ScenarioBuilderNodeModel extends SettingsNodeModel<ScenarioBuilderSettings> {

    static final DataTableSpec SPEC = TableSpecs.toSpec(ScenarioTable.COLUMNS);

    ScenarioBuilderNodeModel() {
        super(new PortType[0], new PortType[] {BufferedDataTable.TYPE}, new ScenarioBuilderSettings());
    }

    /** Also refuses settings whose values or schedules do not parse (the dialog's OK then says why). */
    @Override
    protected void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        ScenarioBuilderSettings candidate = new ScenarioBuilderSettings();
        candidate.validate(s);
        candidate.load(s);
        candidate.scenarios();
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.scenarios();
        return new PortObjectSpec[] {SPEC};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTableRowOutput out = new BufferedDataTableRowOutput(exec.createDataContainer(SPEC));
        write(settings.scenarios(), out, exec);
        return new PortObject[] {out.getDataTable()};
    }

    @Override
    public StreamableOperator createStreamableOperator(PartitionInfo partitionInfo, PortObjectSpec[] inSpecs)
            throws InvalidSettingsException {
        List<Scenario> scenarios = settings.scenarios();
        return new StreamableOperator() {
            @Override
            public void runFinal(PortInput[] inputs, PortOutput[] outputs, ExecutionContext exec) throws Exception {
                write(scenarios, (RowOutput) outputs[0], exec);
            }
        };
    }

    private static void write(List<Scenario> scenarios, RowOutput out, ExecutionContext exec)
            throws CanceledExecutionException, InterruptedException {
        long row = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            exec.checkCanceled();
            exec.setProgress(i / (double) scenarios.size(), "Scenario " + (i + 1) + " of " + scenarios.size() + ": "
                    + scenarios.get(i).name());
            for (Object[] values : ScenarioTable.rows(List.of(scenarios.get(i)))) {
                out.push(TableSpecs.toRow(row++, ScenarioTable.COLUMNS, values));
            }
        }
        out.close();
    }
}
