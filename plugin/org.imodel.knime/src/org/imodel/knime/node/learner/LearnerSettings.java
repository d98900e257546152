package org.imodel.knime.node.learner;

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

    final SettingsModelIntegerBounded horizon;
    final SettingsModelIntegerBounded experts;
    final SettingsModelIntegerBounded topK;
    final SettingsModelDoubleBounded alpha;
    final SettingsModelIntegerBounded hidden;
    final SettingsModelIntegerBounded epochs;
    final SettingsModelIntegerBounded patience;
    final SettingsModelDoubleBounded learningRate;
    final SettingsModelDoubleBounded diversityWeight;
    final SettingsModelIntegerBounded batchSize;
    final SettingsModelInteger seed;
    final SettingsModelString recipe;
    final SettingsModelIntegerBounded soc;
    final SettingsModelString featureDefaults;
    final SettingsModelBoolean physicalGrid;
    final SettingsModelString trainingCells;
    final SettingsModelString validationCells;
    final SettingsModelDoubleBounded validationFraction;

    LearnerSettings() {
        this(new Models());
    }

    private LearnerSettings(Models m) {
        super(m.horizon, m.experts, m.topK, m.alpha, m.hidden, m.epochs, m.patience, m.learningRate,
                m.diversityWeight, m.batchSize, m.seed, m.recipe, m.soc, m.featureDefaults, m.physicalGrid,
                m.trainingCells, m.validationCells, m.validationFraction);
        horizon = m.horizon;
        experts = m.experts;
        topK = m.topK;
        alpha = m.alpha;
        hidden = m.hidden;
        epochs = m.epochs;
        patience = m.patience;
        learningRate = m.learningRate;
        diversityWeight = m.diversityWeight;
        batchSize = m.batchSize;
        seed = m.seed;
        recipe = m.recipe;
        soc = m.soc;
        featureDefaults = m.featureDefaults;
        physicalGrid = m.physicalGrid;
        trainingCells = m.trainingCells;
        validationCells = m.validationCells;
        validationFraction = m.validationFraction;
    }

    /** @return the engine's training settings (validated by the engine) */
    TrainingSettings toTrainingSettings() {
        return new TrainingSettings(horizon.getIntValue(), experts.getIntValue(), topK.getIntValue(),
                alpha.getDoubleValue(), hidden.getIntValue(), epochs.getIntValue(), patience.getIntValue(),
                learningRate.getDoubleValue(), batchSize.getIntValue(), seed.getIntValue(),
                Recipe.parse(recipe.getStringValue()), soc.getIntValue(), featureDefaults.getStringValue(),
                physicalGrid.getBooleanValue(), diversityWeight.getDoubleValue());
    }

    /** The models with their keys and defaults (the recommended recipe's). */
    private static final class Models {
        final SettingsModelIntegerBounded horizon = new SettingsModelIntegerBounded("horizon", D.horizon(), 1, 1000);
        final SettingsModelIntegerBounded experts = new SettingsModelIntegerBounded("experts", D.experts(), 1, 64);
        final SettingsModelIntegerBounded topK = new SettingsModelIntegerBounded("top_k", D.topK(), 1, 64);
        final SettingsModelDoubleBounded alpha = new SettingsModelDoubleBounded("alpha", D.alpha(), 1e-3, 1e3);
        final SettingsModelIntegerBounded hidden = new SettingsModelIntegerBounded("hidden_size", D.hiddenSize(), 1,
                1024);
        final SettingsModelIntegerBounded epochs = new SettingsModelIntegerBounded("epochs", D.epochs(), 1, 100_000);
        final SettingsModelIntegerBounded patience = new SettingsModelIntegerBounded("patience", D.patience(), 1,
                100_000);
        final SettingsModelDoubleBounded learningRate = new SettingsModelDoubleBounded("learning_rate",
                D.learningRate(), 1e-7, 1);
        final SettingsModelDoubleBounded diversityWeight = new SettingsModelDoubleBounded("diversity_weight",
                D.diversityWeight(), 0, 100);
        final SettingsModelIntegerBounded batchSize = new SettingsModelIntegerBounded("batch_size", D.batchSize(), 1,
                4096);
        final SettingsModelInteger seed = new SettingsModelInteger("seed", (int) D.seed());
        final SettingsModelString recipe = new SettingsModelString("recipe", "recommended");
        final SettingsModelIntegerBounded soc = new SettingsModelIntegerBounded("soc", D.soc(), 20, 50);
        final SettingsModelString featureDefaults = new SettingsModelString("feature_defaults",
                D.featureDefaults());
        final SettingsModelBoolean physicalGrid = new SettingsModelBoolean("physical_grid", D.physicalGrid());
        final SettingsModelString trainingCells = new SettingsModelString("training_cells", "");
        final SettingsModelString validationCells = new SettingsModelString("validation_cells", "");
        final SettingsModelDoubleBounded validationFraction = new SettingsModelDoubleBounded("validation_fraction",
                0.15, 0.01, 0.9);
    }
}
