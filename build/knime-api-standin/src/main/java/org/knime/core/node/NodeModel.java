// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
// Behaviour: the default configure/execute for PortObject arrays delegate to the table variants (as KNIME does);
// the warning message is kept for the framework (our test harness reads it). Streaming: by default every input is
// non-distributed and non-streamable and every output non-distributed, and the default operator runs execute() on
// whole port objects, as KNIME documents. Flow variables, views and loops still throw: our nodes do not use them.
package org.knime.core.node;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortObjectOutput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.StreamableOperator;

public abstract class NodeModel implements AbstractNodeView.ViewableModel {

    private final PortType[] inTypes;
    private final PortType[] outTypes;
    private volatile String warning;

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(tables(nrInDataPorts), tables(nrOutDataPorts));
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        inTypes = inPortTypes.clone();
        outTypes = outPortTypes.clone();
    }

    private static PortType[] tables(final int n) {
        PortType[] types = new PortType[n];
        java.util.Arrays.fill(types, BufferedDataTable.TYPE);
        return types;
    }

    protected abstract void saveSettingsTo(NodeSettingsWO settings);

    protected abstract void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException;

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] specs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = (DataTableSpec) inSpecs[i];
        }
        return configure(specs);
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
    }

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = (BufferedDataTable) inObjects[i];
        }
        return execute(tables, exec);
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IllegalStateException("NodeModel.execute() implementation missing!");
    }

    public InputPortRole[] getInputPortRoles() {
        InputPortRole[] roles = new InputPortRole[getNrInPorts()];
        java.util.Arrays.fill(roles, InputPortRole.NONDISTRIBUTED_NONSTREAMABLE);
        return roles;
    }

    public OutputPortRole[] getOutputPortRoles() {
        OutputPortRole[] roles = new OutputPortRole[getNrOutPorts()];
        java.util.Arrays.fill(roles, OutputPortRole.NONDISTRIBUTED);
        return roles;
    }

    /** KNIME's default operator: the whole inputs as port objects into execute(), its results to the outputs. */
    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new StreamableOperator() {
            @Override
            public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext exec)
                throws Exception {
                PortObject[] in = new PortObject[inputs.length];
                for (int i = 0; i < in.length; i++) {
                    in[i] = inputs[i] == null ? null : ((PortObjectInput) inputs[i]).getPortObject();
                }
                PortObject[] out = execute(in, exec);
                for (int i = 0; i < outputs.length; i++) {
                    ((PortObjectOutput) outputs[i]).setPortObject(out[i]);
                }
            }
        };
    }

    protected abstract void reset();

    protected void onDispose() {
        // nothing to release
    }

    protected abstract void loadInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected void saveDefaultViewSettingsTo(final NodeSettingsWO settings) {
        // no view settings
    }

    protected void validateViewSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        // no view settings
    }

    protected final void setWarningMessage(final String warningMessage) {
        warning = warningMessage;
    }

    protected final String getWarningMessage() {
        return warning;
    }

    protected final NodeLogger getLogger() {
        return NodeLogger.getLogger(getClass());
    }

    protected final int getNrInPorts() {
        return inTypes.length;
    }

    protected final int getNrOutPorts() {
        return outTypes.length;
    }

    protected final PortType getInPortType(final int index) {
        return inTypes[index];
    }

    protected final PortType getOutPortType(final int index) {
        return outTypes[index];
    }

    protected final void notifyViews(final Object arg) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void stateChanged() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void continueLoop() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final double peekFlowVariableDouble(final String name) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final int peekFlowVariableInt(final String name) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final String peekFlowVariableString(final String name) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void pushFlowVariableDouble(final String name, final double value) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void pushFlowVariableInt(final String name, final int value) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void pushFlowVariableString(final String name, final String value) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
