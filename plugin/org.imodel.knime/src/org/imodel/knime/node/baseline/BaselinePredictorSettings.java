package org.imodel.knime.node.baseline;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.baseline.BaselineMethod;
import org.imodel.core.baseline.BaselineSettings;
import org.imodel.core.baseline.MlpBaseline;
import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the Baseline Predictor node; the config keys are a public contract. */
final class BaselinePredictorSettings extends SettingsGroup {

    /** Largest history or horizon the dialog accepts. */
    static final int MAX_WINDOW = 10_000;

    final SettingsModelString method = add(new SettingsModelString("method", BaselineMethod.POLYNOMIAL.label()));
    final SettingsModelString cells = add(new SettingsModelString("cells", ""));
    /** 0: the method's published value. */
    final SettingsModelIntegerBounded history = add(new SettingsModelIntegerBounded("history", 0, 0, MAX_WINDOW));
    /** 0: the method's published value. */
    final SettingsModelIntegerBounded horizon = add(new SettingsModelIntegerBounded("horizon", 0, 0, MAX_WINDOW));
    final SettingsModelString trainingCells = add(new SettingsModelString("training_cells", ""));
    final SettingsModelString validationCells = add(new SettingsModelString("validation_cells", ""));
    final SettingsModelIntegerBounded epochs = add(new SettingsModelIntegerBounded("epochs",
            MlpBaseline.DEFAULT_EPOCHS, 1, 1_000_000));
    final SettingsModelInteger seed = add(new SettingsModelInteger("seed", (int) MlpBaseline.DEFAULT_SEED));

    /**
     * @return the engine's settings
     * @throws InvalidSettingsException naming the setting that is out of range
     */
    BaselineSettings engine() throws InvalidSettingsException {
        try {
            BaselineSettings d = BaselineSettings.defaults(BaselineMethod.parse(method.getStringValue()));
            BaselineSettings s = d.withWindow(history.getIntValue() == 0 ? d.history() : history.getIntValue(),
                    horizon.getIntValue() == 0 ? d.horizon() : horizon.getIntValue()).withCells(ids(cells))
                    .withSplit(ids(trainingCells), ids(validationCells))
                    .withTraining(epochs.getIntValue(), seed.getIntValue());
            if (s.method() == BaselineMethod.MLP && (s.trainingCells().isEmpty() || s.validationCells().isEmpty()
                    || s.cells().isEmpty())) {
                throw new IllegalArgumentException("The mlp baseline is trained: name its training cells, validation"
                        + " cells and the cells to forecast (test cells)");
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + ". Change it in the dialog.", e);
        }
    }

    /** @return the cells named (comma separated), in order without repeats */
    private static List<String> ids(SettingsModelString setting) {
        List<String> out = new ArrayList<>();
        for (String token : setting.getStringValue().split(",")) {
            String c = token.strip();
            if (!c.isEmpty() && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
