// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

public abstract class NodeModel implements AbstractNodeView.ViewableModel {

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
    }

    protected abstract void saveSettingsTo(NodeSettingsWO settings);

    protected abstract void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException;

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract void reset();

    protected void onDispose() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected abstract void loadInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected void saveDefaultViewSettingsTo(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected void validateViewSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final void setWarningMessage(final String warningMessage) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final String getWarningMessage() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final NodeLogger getLogger() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final int getNrInPorts() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final int getNrOutPorts() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final PortType getInPortType(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    protected final PortType getOutPortType(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
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
