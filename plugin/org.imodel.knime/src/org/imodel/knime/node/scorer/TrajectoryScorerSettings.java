package org.imodel.knime.node.scorer;

import java.util.List;

import org.imodel.knime.common.SettingsGroup;
import org.imodel.knime.common.SohThresholds;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Trajectory Scorer node; the config keys are a public contract. */
final class TrajectoryScorerSettings extends SettingsGroup {

    /** Method label used when the user gives none. */
    static final String DEFAULT_LABEL = "iMODEL";

    final SettingsModelString label = add(new SettingsModelString("method_label", DEFAULT_LABEL));
    final SettingsModelString methodColumn = add(new SettingsModelString("method_column", ""));
    final SettingsModelString thresholds = add(new SettingsModelString("soh_thresholds", "0.8, 0.7"));

    /**
     * @return the method label of every forecast (when no method column is chosen)
     * @throws InvalidSettingsException when it is blank
     */
    String methodLabel() throws InvalidSettingsException {
        String l = label.getStringValue() == null ? "" : label.getStringValue().strip();
        if (l.isEmpty() && methodColumn() == null) {
            throw new InvalidSettingsException("Method label (setting '" + label.getKey() + "') is blank. Name the"
                    + " method of these forecasts, e.g. iMODEL or polynomial, or choose a method column.");
        }
        return l;
    }

    /** @return the chosen method column, or null for none */
    String methodColumn() {
        String c = methodColumn.getStringValue();
        return c == null || c.isBlank() ? null : c;
    }

    /**
     * @return the SOH thresholds as fractions
     * @throws InvalidSettingsException naming the bad value
     */
    List<Double> sohThresholds() throws InvalidSettingsException {
        return SohThresholds.parse(thresholds);
    }
}
