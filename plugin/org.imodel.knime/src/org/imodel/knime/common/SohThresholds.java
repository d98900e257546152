package org.imodel.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** SOH thresholds typed in a node dialog: fractions or percentages separated by commas, e.g. "0.8, 0.7" or "80%". */
public final class SohThresholds {

    private SohThresholds() {
    }

    /**
     * @param setting the string setting holding the thresholds
     * @return the thresholds as fractions, in the order given
     * @throws InvalidSettingsException naming the setting, the value and what to write instead
     */
    public static List<Double> parse(SettingsModelString setting) throws InvalidSettingsException {
        List<Double> out = new ArrayList<>();
        for (String token : setting.getStringValue().strip().split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean percent = token.endsWith("%");
            double v;
            try {
                v = Double.parseDouble(percent ? token.substring(0, token.length() - 1) : token);
            } catch (NumberFormatException e) {
                throw invalid(setting, "'" + token + "' is not a number", e);
            }
            v = percent ? v / 100 : v;
            if (!(v > 0 && v <= 1)) {
                throw invalid(setting, "'" + token + "' is not a state of health between 0 and 1 (or 0 and 100 %)",
                        null);
            }
            if (out.contains(v)) {
                throw invalid(setting, "'" + token + "' is given twice", null);
            }
            out.add(v);
        }
        if (out.isEmpty()) {
            throw invalid(setting, "no threshold is given", null);
        }
        return out;
    }

    private static InvalidSettingsException invalid(SettingsModelString setting, String problem, Exception cause) {
        return new InvalidSettingsException("SOH thresholds (setting '" + setting.getKey() + "'): " + problem
                + ". Give fractions of the nominal capacity separated by commas, e.g. 0.8, 0.7 (or 80%, 70%)", cause);
    }
}
