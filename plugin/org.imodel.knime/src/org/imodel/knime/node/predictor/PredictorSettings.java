package org.imodel.knime.node.predictor;

import org.imodel.knime.common.SettingsGroup;

/** The iMODEL Predictor has no settings: everything it needs travels with the model. */
final class PredictorSettings extends SettingsGroup {
}
