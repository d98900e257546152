package org.imodel.core.training;

import org.imodel.core.features.FeatureDefaults;
import org.imodel.core.features.FeatureSettings;
import org.imodel.core.model.ImodelConfig;

/**
 * Settings of one training run. The defaults are the reference's (imodel-method.md &sect;4&ndash;&sect;5):
 * {@link #defaults(int)} (the {@code reference} preset: the published architecture and training);
 * {@link #defaults(int, Recipe)} gives those of the recommended recipe (a smaller network, trained faster).
 *
 * @param horizon forecast horizon P in cycles (50 in the reference; 10 for UL-NCA CY25-1_1)
 * @param experts number of experts E (5)
 * @param topK top-k of the gate transform (2)
 * @param alpha scale of the gate transform (10)
 * @param hiddenSize BiLSTM hidden size per direction (64; {@value #RECOMMENDED_HIDDEN} recommended)
 * @param epochs maximum number of epochs (3000); for {@link Recipe#RECOMMENDED} the length of its schedule
 * @param patience epochs without improvement of the validation criterion before training stops (500); for
 *        {@link Recipe#RECOMMENDED} the number of last epochs among which the kept one is chosen
 * @param learningRate Adam learning rate; the initial one for {@link Recipe#RECOMMENDED} (1e-4)
 * @param batchSize training batch size (32; {@value #RECOMMENDED_BATCH} recommended)
 * @param seed random seed of weight initialisation, gate noise and shuffling (2025)
 * @param recipe how to train ({@link Recipe#REFERENCE})
 * @param soc partial-charge setting 20, 30, 40 or 50 (20: the whole curve)
 * @param featureDefaults a {@link FeatureDefaults} name: how feature settings follow the data's family ("AUTO")
 * @param physicalGrid compute features on each curve's recorded voltage grid instead of the reference's assumed one
 * @param diversityWeight weight w of the cv&sup2; load-balancing term in the training loss ({@value #DIVERSITY_WEIGHT}
 *        as published; 0 trains on the MSE alone, which lets the gates concentrate on fewer experts)
 */
public record TrainingSettings(int horizon, int experts, int topK, double alpha, int hiddenSize, int epochs,
        int patience, double learningRate, int batchSize, long seed, Recipe recipe, int soc,
        String featureDefaults, boolean physicalGrid, double diversityWeight) {

    /** Default weight of the cv&sup2; load-balancing term in the training loss (the reference's 0.5). */
    public static final double DIVERSITY_WEIGHT = 0.5;

    /** Reference maximum epochs. */
    public static final int REFERENCE_EPOCHS = 3000;
    /** Reference early-stopping patience. */
    public static final int REFERENCE_PATIENCE = 500;
    /** Reference (constant) learning rate. */
    public static final double REFERENCE_LEARNING_RATE = 1e-4;

    /** Epochs of the recommended recipe (the length of its cosine schedule). */
    public static final int RECOMMENDED_EPOCHS = 1500;
    /** Selection window of the recommended recipe: the kept epoch is one of the last this many. */
    public static final int RECOMMENDED_PATIENCE = 200;
    /** Initial learning rate of the recommended recipe. */
    public static final double RECOMMENDED_LEARNING_RATE = 3e-3;
    /**
     * BiLSTM hidden size of the recommended recipe: as accurate as the published 64 on the measured conditions,
     * trains in less time and forecasts twice as fast (README, "Time to accuracy").
     */
    public static final int RECOMMENDED_HIDDEN = 32;
    /** Training batch size of the recommended recipe. */
    public static final int RECOMMENDED_BATCH = 32;

    /** Checks every value; messages say what is accepted. */
    public TrainingSettings {
        if (horizon < 1) {
            throw new IllegalArgumentException("The horizon (cycles to predict) must be at least 1; got " + horizon);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("Epochs must be at least 1; got " + epochs);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("Patience (epochs without improvement before stopping) must be at"
                    + " least 1; got " + patience);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate must be a positive number (the reference uses"
                    + " 1e-4); got " + learningRate);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1 (the reference uses 32); got "
                    + batchSize);
        }
        if (recipe == null) {
            throw new IllegalArgumentException("A training recipe is needed: reference or recommended");
        }
        FeatureSettings.trimPointsForSoc(soc);
        if (featureDefaults == null) {
            throw new IllegalArgumentException("Feature defaults are needed, e.g. AUTO");
        }
        FeatureDefaults.parse(featureDefaults);
        if (!(diversityWeight >= 0) || Double.isInfinite(diversityWeight)) {
            throw new IllegalArgumentException("The diversity weight (of the gate load-balancing term in the training"
                    + " loss) must be 0 or more; the published value is " + DIVERSITY_WEIGHT + "; got "
                    + diversityWeight);
        }
        // the network checks E, k, alpha and H with its own messages
        new ImodelConfig(experts, topK, alpha, hiddenSize, horizon, FeatureSettings.DEFAULT_GRID_POINTS, 1,
                diversityWeight);
    }

    /**
     * The reference settings: E 5, k 2, &alpha; 10, H 64, 3000 epochs, patience 500, learning rate 1e-4, batch 32,
     * seed 2025, {@link Recipe#REFERENCE}, SOC 20, feature defaults AUTO, reference grids.
     *
     * @param horizon P
     * @return the settings
     */
    public static TrainingSettings defaults(int horizon) {
        return new TrainingSettings(horizon, 5, 2, 10, 64, REFERENCE_EPOCHS, REFERENCE_PATIENCE,
                REFERENCE_LEARNING_RATE, 32, 2025, Recipe.REFERENCE, FeatureSettings.DEFAULT_SOC,
                FeatureDefaults.AUTO.name(), false, DIVERSITY_WEIGHT);
    }

    /**
     * The defaults of a recipe: {@link #defaults(int)} for {@link Recipe#REFERENCE}; for
     * {@link Recipe#RECOMMENDED} the same with hidden size {@value #RECOMMENDED_HIDDEN}, batch size
     * {@value #RECOMMENDED_BATCH}, {@value #RECOMMENDED_EPOCHS} epochs, patience {@value #RECOMMENDED_PATIENCE} and
     * initial learning rate {@value #RECOMMENDED_LEARNING_RATE}.
     *
     * @param horizon P
     * @param recipe the recipe
     * @return the settings
     */
    public static TrainingSettings defaults(int horizon, Recipe recipe) {
        TrainingSettings d = defaults(horizon);
        return recipe == Recipe.RECOMMENDED ? d.withRecipe(recipe).withEpochs(RECOMMENDED_EPOCHS)
                .withPatience(RECOMMENDED_PATIENCE).withLearningRate(RECOMMENDED_LEARNING_RATE)
                .withHiddenSize(RECOMMENDED_HIDDEN).withBatchSize(RECOMMENDED_BATCH) : d;
    }

    /**
     * @param featureCount gate inputs F of the feature layout
     * @return the network configuration (curve length 50, this diversity weight)
     */
    public ImodelConfig config(int featureCount) {
        return new ImodelConfig(experts, topK, alpha, hiddenSize, horizon, FeatureSettings.DEFAULT_GRID_POINTS,
                featureCount, diversityWeight);
    }

    /** @return the feature defaults as the enum */
    public FeatureDefaults featureDefaultsChoice() {
        return FeatureDefaults.parse(featureDefaults);
    }

    /** @param v horizon @return a copy */
    public TrainingSettings withHorizon(int v) {
        return new TrainingSettings(v, experts, topK, alpha, hiddenSize, epochs, patience, learningRate, batchSize,
                seed, recipe, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param e experts @param k top-k @return a copy */
    public TrainingSettings withExperts(int e, int k) {
        return new TrainingSettings(horizon, e, k, alpha, hiddenSize, epochs, patience, learningRate, batchSize,
                seed, recipe, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param v alpha @return a copy */
    public TrainingSettings withAlpha(double v) {
        return new TrainingSettings(horizon, experts, topK, v, hiddenSize, epochs, patience, learningRate, batchSize,
                seed, recipe, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param v hidden size @return a copy */
    public TrainingSettings withHiddenSize(int v) {
        return new TrainingSettings(horizon, experts, topK, alpha, v, epochs, patience, learningRate, batchSize,
                seed, recipe, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param v maximum epochs @return a copy */
    public TrainingSettings withEpochs(int v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, v, patience, learningRate, batchSize,
                seed, recipe, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param v patience @return a copy */
    public TrainingSettings withPatience(int v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, epochs, v, learningRate, batchSize,
                seed, recipe, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param v learning rate @return a copy */
    public TrainingSettings withLearningRate(double v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, epochs, patience, v, batchSize, seed,
                recipe, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param v batch size @return a copy */
    public TrainingSettings withBatchSize(int v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, epochs, patience, learningRate, v,
                seed, recipe, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param v seed @return a copy */
    public TrainingSettings withSeed(long v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, epochs, patience, learningRate,
                batchSize, v, recipe, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /**
     * Changes only the recipe (not epochs, patience or learning rate; see {@link #defaults(int, Recipe)}).
     *
     * @param v recipe
     * @return a copy
     */
    public TrainingSettings withRecipe(Recipe v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, epochs, patience, learningRate,
                batchSize, seed, v, soc, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param v SOC setting @return a copy */
    public TrainingSettings withSoc(int v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, epochs, patience, learningRate,
                batchSize, seed, recipe, v, featureDefaults, physicalGrid, diversityWeight);
    }

    /** @param v feature defaults name @return a copy */
    public TrainingSettings withFeatureDefaults(String v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, epochs, patience, learningRate,
                batchSize, seed, recipe, soc, v, physicalGrid, diversityWeight);
    }

    /** @param v physical grid @return a copy */
    public TrainingSettings withPhysicalGrid(boolean v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, epochs, patience, learningRate,
                batchSize, seed, recipe, soc, featureDefaults, v, diversityWeight);
    }

    /** @param v weight of the cv&sup2; term in the training loss @return a copy */
    public TrainingSettings withDiversityWeight(double v) {
        return new TrainingSettings(horizon, experts, topK, alpha, hiddenSize, epochs, patience, learningRate,
                batchSize, seed, recipe, soc, featureDefaults, physicalGrid, v);
    }
}
