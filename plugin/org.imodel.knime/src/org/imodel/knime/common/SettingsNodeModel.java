package org.imodel.knime.common;

import java.io.File;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;

/**
 * Base of our node models: settings live in one {@link SettingsGroup}; nodes keep no internals between
 * executions (their outputs are all there is) unless they override the internals methods.
 *
 * @param <S> the node's settings
 */
public abstract class SettingsNodeModel<S extends SettingsGroup> extends NodeModel {

    /** The node's settings. */
    protected final S settings;

    /**
     * @param inPorts number of input tables
     * @param outPorts number of output tables
     * @param settings the node's settings
     */
    protected SettingsNodeModel(int inPorts, int outPorts, S settings) {
        super(inPorts, outPorts);
        this.settings = settings;
    }

    /**
     * @param inPorts input port types
     * @param outPorts output port types
     * @param settings the node's settings
     */
    protected SettingsNodeModel(PortType[] inPorts, PortType[] outPorts, S settings) {
        super(inPorts, outPorts);
        this.settings = settings;
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO s) {
        settings.save(s);
    }

    @Override
    protected void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        settings.validate(s);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO s) throws InvalidSettingsException {
        settings.load(s);
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
        // no internals: the outputs are all there is
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
        // no internals: the outputs are all there is
    }

    @Override
    protected void reset() {
        // nothing cached between executions
    }
}
