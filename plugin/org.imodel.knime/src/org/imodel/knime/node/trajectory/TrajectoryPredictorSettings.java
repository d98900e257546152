package org.imodel.knime.node.trajectory;

import java.util.List;

import org.imodel.core.forecast.CellStates;
import org.imodel.core.forecast.Rollout;
import org.imodel.knime.common.SettingsGroup;
import org.imodel.knime.common.SohThresholds;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Trajectory Predictor node; the config keys are a public contract. */
final class TrajectoryPredictorSettings extends SettingsGroup {

    final SettingsModelBoolean latest = add(new SettingsModelBoolean("latest_cycle", true));
    final SettingsModelIntegerBounded cycle = add(new SettingsModelIntegerBounded("cycle", 1, 0, Integer.MAX_VALUE));
    final SettingsModelString thresholds = add(new SettingsModelString("soh_thresholds", "0.8, 0.7"));
    final SettingsModelBoolean nominalFromFirstCycle = add(new SettingsModelBoolean("nominal_from_first_cycle", true));
    final SettingsModelDoubleBounded nominalAh = add(
            new SettingsModelDoubleBounded("nominal_capacity_ah", 1.0, 1e-6, 1e6));
    final SettingsModelIntegerBounded threads = add(new SettingsModelIntegerBounded("threads", 1, 1, 64));
    /** Cycles to forecast; 0 (the default, also for settings saved before the option existed) = the model's P. */
    final SettingsModelIntegerBounded horizon = addLater(new SettingsModelIntegerBounded("horizon", 0, 0,
            MAX_HORIZON), "horizon");

    /** The largest number of cycles the node forecasts. */
    static final int MAX_HORIZON = 100_000;

    /** Central coverage of an ensemble's band in percent (added with ensembles: older settings get 90). */
    final SettingsModelDoubleBounded bandPercent = addLater(new SettingsModelDoubleBounded("band_percent", 90, 1, 99),
            "band_percent");

    /** @return the band's central coverage as a fraction */
    double bandLevel() {
        return bandPercent.getDoubleValue() / 100;
    }

    /** @return the cycle to forecast from, or {@link CellStates#LATEST} */
    int startCycle() {
        return latest.getBooleanValue() ? CellStates.LATEST : cycle.getIntValue();
    }

    /**
     * @param p the model's horizon P
     * @param rolloutMap whether the model has a rollout map
     * @return the number of cycles to forecast: the setting, or the model's horizon when it is 0
     * @throws InvalidSettingsException when the model cannot forecast that far (no rollout map)
     */
    int cycles(int p, boolean rolloutMap) throws InvalidSettingsException {
        int n = horizon.getIntValue() == 0 ? p : horizon.getIntValue();
        try {
            Rollout.check(p, rolloutMap, n);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Horizon (setting '" + horizon.getKey() + "'): " + e.getMessage(), e);
        }
        return n;
    }

    /** @return the nominal capacity (Ah), or NaN for each cell's first-cycle capacity */
    double nominal() {
        return nominalFromFirstCycle.getBooleanValue() ? Double.NaN : nominalAh.getDoubleValue();
    }

    /**
     * @return the SOH thresholds as fractions, in the order given
     * @throws InvalidSettingsException naming the value and what to write instead
     */
    List<Double> sohThresholds() throws InvalidSettingsException {
        return SohThresholds.parse(thresholds);
    }
}
