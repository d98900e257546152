// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * A settings model. As in the settings.xml files KNIME writes, saveSettingsTo writes a config
 * "&lt;key&gt;_Internals" {SettingsModelID, EnabledStatus} before the value itself; loading reads the value and,
 * when present, the enabled status (KNIME tolerates a missing _Internals config).
 */
public abstract class SettingsModel {

    private static final String INTERNALS = "_Internals";

    private boolean enabled = true;
    private final List<ChangeListener> listeners = new ArrayList<>();

    public SettingsModel() {
    }

    protected abstract <T extends SettingsModel> T createClone();

    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        T clone = createClone();
        clone.validateSettingsForModel(settings);
        clone.loadSettingsForModel(settings);
        return clone;
    }

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    protected abstract void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
        throws NotConfigurableException;

    protected abstract void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException;

    protected abstract void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void saveSettingsForModel(NodeSettingsWO settings);

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        NodeSettingsWO internals = settings.addNodeSettings(getConfigName() + INTERNALS);
        internals.addString("SettingsModelID", getModelTypeID());
        internals.addBoolean("EnabledStatus", enabled);
        saveSettingsForModel(settings);
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        loadSettingsForModel(settings);
        if (settings.containsKey(getConfigName() + INTERNALS)) {
            setEnabled(settings.getNodeSettings(getConfigName() + INTERNALS).getBoolean("EnabledStatus", true));
        }
    }

    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateSettingsForModel(settings);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(final boolean enabled) {
        boolean changed = this.enabled != enabled;
        this.enabled = enabled;
        if (changed) {
            notifyChangeListeners();
        }
    }

    public void addChangeListener(final ChangeListener l) {
        if (!listeners.contains(l)) {
            listeners.add(l);
        }
    }

    public void removeChangeListener(final ChangeListener l) {
        listeners.remove(l);
    }

    protected void prependChangeListener(final ChangeListener l) {
        listeners.remove(l);
        listeners.add(0, l);
    }

    protected void notifyChangeListeners() {
        ChangeEvent event = new ChangeEvent(this);
        for (ChangeListener l : new ArrayList<>(listeners)) {
            l.stateChanged(event);
        }
    }

    @Override
    public abstract String toString();
}
