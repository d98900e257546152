package org.imodel.knime.node.learner;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.training.EnsembleTrainer;
import org.imodel.core.training.Recipe;
import org.imodel.core.training.TrainingSettings;
import org.imodel.knime.common.SettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Settings of the iMODEL Learner node; the config keys are a public contract. */
final class LearnerSettings extends SettingsGroup {

    private static final TrainingSettings D = TrainingSettings.defaults(10, Recipe.RECOMMENDED);

    final SettingsModelIntegerBounded horizon = add(new SettingsModelIntegerBounded("horizon", D.horizon(), 1, 1000));
    final SettingsModelIntegerBounded experts = add(new SettingsModelIntegerBounded("experts", D.experts(), 1, 64));
    final SettingsModelIntegerBounded topK = add(new SettingsModelIntegerBounded("top_k", D.topK(), 1, 64));
    final SettingsModelDoubleBounded alpha = add(new SettingsModelDoubleBounded("alpha", D.alpha(), 1e-3, 1e3));
    final SettingsModelIntegerBounded hidden = add(
            new SettingsModelIntegerBounded("hidden_size", D.hiddenSize(), 1, 1024));
    final SettingsModelIntegerBounded epochs = add(new SettingsModelIntegerBounded("epochs", D.epochs(), 1, 100_000));
    final SettingsModelIntegerBounded patience = add(
            new SettingsModelIntegerBounded("patience", D.patience(), 1, 100_000));
    final SettingsModelDoubleBounded learningRate = add(
            new SettingsModelDoubleBounded("learning_rate", D.learningRate(), 1e-7, 1));
    final SettingsModelDoubleBounded diversityWeight = add(
            new SettingsModelDoubleBounded("diversity_weight", D.diversityWeight(), 0, 100));
    final SettingsModelIntegerBounded batchSize = add(
            new SettingsModelIntegerBounded("batch_size", D.batchSize(), 1, 4096));
    final SettingsModelInteger seed = add(new SettingsModelInteger("seed", (int) D.seed()));
    final SettingsModelString recipe = add(new SettingsModelString("recipe", "recommended"));
    final SettingsModelIntegerBounded soc = add(new SettingsModelIntegerBounded("soc", D.soc(), 20, 50));
    final SettingsModelString featureDefaults = add(new SettingsModelString("feature_defaults", D.featureDefaults()));
    final SettingsModelBoolean physicalGrid = add(new SettingsModelBoolean("physical_grid", D.physicalGrid()));
    final SettingsModelString trainingCells = add(new SettingsModelString("training_cells", ""));
    final SettingsModelString validationCells = add(new SettingsModelString("validation_cells", ""));
    final SettingsModelDoubleBounded validationFraction = add(
            new SettingsModelDoubleBounded("validation_fraction", 0.15, 0.01, 0.9));
    /** Ensemble members (added with ensembles: older settings train one network). */
    final SettingsModelIntegerBounded members = addLater(
            new SettingsModelIntegerBounded("members", 1, 1, EnsembleTrainer.MAX_MEMBERS), "members");
    /**
     * How an ensemble's band is calibrated, {@link BandCalibration#label()} (added with cross-fitting: older
     * settings load the default, cross).
     */
    final SettingsModelString bandCalibration = addLater(
            new SettingsModelString("band_calibration", BandCalibration.CROSS.label()), "band_calibration");

    /**
     * @return the band calibration
     * @throws IllegalArgumentException naming the valid values
     */
    BandCalibration toBandCalibration() {
        return BandCalibration.parse(bandCalibration.getStringValue());
    }

    /** @return the engine's training settings (validated by the engine) */
    TrainingSettings toTrainingSettings() {
        return new TrainingSettings(horizon.getIntValue(), experts.getIntValue(), topK.getIntValue(),
                alpha.getDoubleValue(), hidden.getIntValue(), epochs.getIntValue(), patience.getIntValue(),
                learningRate.getDoubleValue(), batchSize.getIntValue(), seed.getIntValue(),
                Recipe.parse(recipe.getStringValue()), soc.getIntValue(), featureDefaults.getStringValue(),
                physicalGrid.getBooleanValue(), diversityWeight.getDoubleValue());
    }
}
