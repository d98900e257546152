package org.imodel.knime.node.predictor;

import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;

/** Settings of the iMODEL Predictor; the config keys are a public contract. Everything else travels with the model. */
final class PredictorSettings extends SettingsGroup {

    /** Central coverage of an ensemble's band in percent (added with ensembles: older settings get 90). */
    final SettingsModelDoubleBounded bandPercent = addLater(new SettingsModelDoubleBounded("band_percent", 90, 1, 99),
            "band_percent");

    /** @return the band's central coverage as a fraction */
    double bandLevel() {
        return bandPercent.getDoubleValue() / 100;
    }
}
