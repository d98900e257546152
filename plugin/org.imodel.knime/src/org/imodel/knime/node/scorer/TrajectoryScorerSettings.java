package org.imodel.knime.node.scorer;

import java.util.ArrayList;
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
    final SettingsModelString label2 = add(new SettingsModelString("method_label_2", "method 2"));
    final SettingsModelString label3 = add(new SettingsModelString("method_label_3", "method 3"));
    final SettingsModelString methodColumn = add(new SettingsModelString("method_column", ""));
    final SettingsModelString thresholds = add(new SettingsModelString("soh_thresholds", "0.8, 0.7"));

    /**
     * @return the method labels of the forecasts at inputs 1, 3 and 4 (used when no method column is chosen)
     * @throws InvalidSettingsException when one is blank or two are equal
     */
    List<String> methodLabels() throws InvalidSettingsException {
        List<String> out = new ArrayList<>();
        for (SettingsModelString m : List.of(label, label2, label3)) {
            String l = m.getStringValue() == null ? "" : m.getStringValue().strip();
            if (methodColumn() == null && l.isEmpty()) {
                throw new InvalidSettingsException("Method label (setting '" + m.getKey() + "') is blank. Name the"
                        + " method of these forecasts, e.g. iMODEL or polynomial, or choose a method column.");
            }
            if (methodColumn() == null && out.contains(l)) {
                throw new InvalidSettingsException("Method label '" + l + "' (setting '" + m.getKey() + "') is"
                        + " given twice. Give each forecast input its own label.");
            }
            out.add(l);
        }
        return out;
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
