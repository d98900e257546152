package org.imodel.knime.testing;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
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
import org.knime.core.node.streamable.PortObjectOutput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.StreamableOperator;

/**
 * Runs one node the way KNIME's framework does, through the behavioural KNIME stand-in: the model comes from its
 * factory; settings are saved to, validated from and loaded from a NodeSettings "model" config (the part of a
 * settings.xml the node owns); configure gets input specs; execute first configures with the inputs' specs (KNIME
 * never executes an unconfigured node), clears the warning, runs the node and checks that every output is present,
 * of its port's type and, where configure promised a spec, of exactly that spec (KNIME reports a mismatch).
 * Reusable by a workflow runner: one harness per node, outputs feed the next node's execute.
 *
 * @param <M> the node model
 */
public final class NodeHarness<M extends NodeModel> {

    private static final Class<?>[] SPECS = {PortObjectSpec[].class};
    private static final Class<?>[] EXECUTE = {PortObject[].class, ExecutionContext.class};

    private final M model;
    private PortObjectSpec[] configured;

    private NodeHarness(M model) {
        this.model = model;
    }

    /**
     * @param factory the node's factory
     * @param <M> model type
     * @return a harness around a new model of it
     */
    public static <M extends NodeModel> NodeHarness<M> of(NodeFactory<M> factory) {
        return new NodeHarness<>(factory.createNodeModel());
    }

    /** @return the node model */
    public M model() {
        return model;
    }

    /** @return the node's current settings, as saved into a settings.xml's "model" config */
    public NodeSettings saveSettings() {
        NodeSettings settings = new NodeSettings("model");
        Internals.callUnchecked(model, NodeModel.class, "saveSettingsTo", new Class<?>[] {NodeSettingsWO.class},
                settings);
        return settings;
    }

    /**
     * @param settings settings to check
     * @throws InvalidSettingsException when the node rejects them
     */
    public void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
        invokeSettings("validateSettings", settings);
    }

    /**
     * Validates, then loads (as KNIME does when a dialog is applied or a workflow is loaded).
     *
     * @param settings the settings
     * @throws InvalidSettingsException when the node rejects them
     */
    public void loadSettings(NodeSettingsRO settings) throws InvalidSettingsException {
        validateSettings(settings);
        invokeSettings("loadValidatedSettingsFrom", settings);
    }

    private void invokeSettings(String method, NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            Internals.call(model, NodeModel.class, method, new Class<?>[] {NodeSettingsRO.class}, settings);
        } catch (InvalidSettingsException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param inSpecs one spec per input port
     * @return the output specs (entries may be null where the node cannot tell)
     * @throws InvalidSettingsException when the node cannot be configured
     */
    public PortObjectSpec[] configure(PortObjectSpec... inSpecs) throws InvalidSettingsException {
        PortObjectSpec[] out;
        try {
            out = (PortObjectSpec[]) Internals.call(model, NodeModel.class, "configure", SPECS, (Object) inSpecs);
        } catch (InvalidSettingsException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        configured = out == null ? null : out.clone();
        return out;
    }

    /**
     * Configures with the inputs' specs, then executes in a fresh execution.
     *
     * @param inputs one port object per input port
     * @return the outputs
     * @throws Exception what the node throws
     */
    public PortObject[] execute(PortObject... inputs) throws Exception {
        return execute(new Execution(), inputs);
    }

    /**
     * @param execution the execution (for cancel and progress)
     * @param inputs one port object per input port (null for an optional port left unconnected)
     * @return the outputs, checked against the port types and the configured specs
     * @throws Exception what the node throws
     */
    public PortObject[] execute(Execution execution, PortObject... inputs) throws Exception {
        PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i] == null ? null : inputs[i].getSpec(); // null: an optional port left open
        }
        configure(specs);
        Internals.call(model, NodeModel.class, "setWarningMessage", new Class<?>[] {String.class}, (Object) null);
        PortObject[] out = (PortObject[]) Internals.call(model, NodeModel.class, "execute", EXECUTE, inputs,
                execution.context());
        check(out);
        return out;
    }

    /**
     * Executes as KNIME's streaming executor does: configures with the inputs' specs (a streamed output needs the
     * spec configure promised), asks the node for its port roles and one operator per partition, hands streamable
     * table inputs over as row inputs and the others whole, table outputs as row outputs into containers of the
     * configured specs and the others as port object outputs. The rows of the distributed streamable inputs are
     * split into partitions at the given row indices (none: one partition); a distributed output is the partitions'
     * outputs one after the other, as KNIME joins them.
     *
     * @param execution the execution (for cancel and progress)
     * @param splits row indices where a new partition starts (ascending)
     * @param inputs one port object per input port
     * @return the outputs, checked against the port types and the configured specs
     * @throws Exception what the node throws
     */
    public PortObject[] executeStreaming(Execution execution, long[] splits, PortObject... inputs) throws Exception {
        PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i].getSpec();
        }
        PortObjectSpec[] outSpecs = configure(specs);
        Internals.call(model, NodeModel.class, "setWarningMessage", new Class<?>[] {String.class}, (Object) null);
        InputPortRole[] inRoles = model.getInputPortRoles();
        OutputPortRole[] outRoles = model.getOutputPortRoles();
        int partitions = splits.length + 1;
        List<List<PortObject>> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            StreamableOperator operator = model.createStreamableOperator(new PartitionInfo(p, partitions), specs);
            PortInput[] in = new PortInput[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                boolean split = inRoles[i].isDistributable() && inRoles[i].isStreamable();
                PortObject part = split ? partition((BufferedDataTable) inputs[i], splits, p) : inputs[i];
                in[i] = inRoles[i].isStreamable() ? new DataTableRowInput((BufferedDataTable) part)
                        : new PortObjectInput(part);
            }
            PortOutput[] out = new PortOutput[outSpecs.length];
            for (int o = 0; o < out.length; o++) {
                out[o] = outSpecs[o] instanceof DataTableSpec ? new BufferedDataTableRowOutput(
                        execution.context().createDataContainer((DataTableSpec) outSpecs[o])) : new PortObjectOutput();
            }
            operator.runFinal(in, out, execution.context());
            List<PortObject> results = new ArrayList<>();
            for (PortOutput o : out) {
                results.add(o instanceof BufferedDataTableRowOutput ? ((BufferedDataTableRowOutput) o).getDataTable()
                        : ((PortObjectOutput) o).getPortObject());
            }
            parts.add(results);
        }
        PortObject[] result = new PortObject[outSpecs.length];
        for (int o = 0; o < result.length; o++) {
            if (partitions > 1 && !outRoles[o].isDistributable()) {
                throw new AssertionError("output " + o + " is not distributed, but the inputs were partitioned");
            }
            List<DataRow> rows = new ArrayList<>();
            for (List<PortObject> part : parts) {
                if (part.get(o) instanceof BufferedDataTable) {
                    rows.addAll(rows((BufferedDataTable) part.get(o)));
                }
            }
            result[o] = parts.get(0).get(o) instanceof BufferedDataTable
                    ? table((DataTableSpec) outSpecs[o], rows) : parts.get(0).get(o);
        }
        check(result);
        return result;
    }

    private static BufferedDataTable partition(BufferedDataTable table, long[] splits, int p) {
        long from = p == 0 ? 0 : splits[p - 1];
        long to = p == splits.length ? table.size() : splits[p];
        List<DataRow> all = rows(table);
        return table(table.getDataTableSpec(), all.subList((int) from, (int) to));
    }

    private void check(PortObject[] out) {
        PortType[] types = outPortTypes();
        int ports = types.length;
        if (out == null || out.length != ports) {
            throw new AssertionError("execute returned " + (out == null ? "null" : out.length + " objects") + " for "
                    + ports + " output ports");
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new AssertionError("output " + i + " is null");
            }
            if (!types[i].acceptsPortObject(out[i])) {
                throw new AssertionError("output " + i + " is a " + out[i].getClass().getName() + ", not "
                        + types[i]);
            }
            if (configured != null && configured[i] instanceof org.knime.core.data.DataTableSpec
                    && !configured[i].equals(out[i].getSpec())) {
                throw new AssertionError("output " + i + ": the spec after execution differs from configure's:\n  "
                        + configured[i] + "\n  " + out[i].getSpec());
            }
        }
    }

    /** @return the node's input port types (data and model ports; index 0 is KNIME's port 1) */
    public PortType[] inPortTypes() {
        return portTypes("getNrInPorts", "getInPortType");
    }

    /** @return the node's output port types (data and model ports; index 0 is KNIME's port 1) */
    public PortType[] outPortTypes() {
        return portTypes("getNrOutPorts", "getOutPortType");
    }

    private PortType[] portTypes(String count, String type) {
        int n = (Integer) Internals.callUnchecked(model, NodeModel.class, count, new Class<?>[0]);
        PortType[] types = new PortType[n];
        for (int i = 0; i < n; i++) {
            types[i] = (PortType) Internals.callUnchecked(model, NodeModel.class, type, new Class<?>[] {int.class}, i);
        }
        return types;
    }

    /** @return the node's warning message of the last execution, or null */
    public String warning() {
        return (String) Internals.callUnchecked(model, NodeModel.class, "getWarningMessage", new Class<?>[0]);
    }

    /**
     * @param spec table spec
     * @param rows rows (unique keys, cells fitting the spec)
     * @return a table, as an upstream node would produce it
     */
    public static BufferedDataTable table(DataTableSpec spec, List<? extends DataRow> rows) {
        BufferedDataContainer container = new Execution().context().createDataContainer(spec);
        rows.forEach(container::addRowToTable);
        container.close();
        return container.getTable();
    }

    /**
     * @param table a table
     * @return its rows in order
     */
    public static List<DataRow> rows(BufferedDataTable table) {
        List<DataRow> rows = new ArrayList<>();
        table.forEach(rows::add);
        return rows;
    }
}
