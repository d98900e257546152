// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.defaultnodesettings;

public abstract class SettingsModelNumber extends SettingsModel {

    public SettingsModelNumber() {
    }
}
