package org.imodel.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imodel.core.model.ImodelConfig;
import org.junit.jupiter.api.Test;

class TrainingSettingsTest {

    @Test
    void defaultsAreTheReferenceSettings() {
        TrainingSettings d = TrainingSettings.defaults(50);
        assertEquals(50, d.horizon());
        assertEquals(5, d.experts());
        assertEquals(2, d.topK());
        assertEquals(10, d.alpha());
        assertEquals(64, d.hiddenSize());
        assertEquals(3000, d.epochs());
        assertEquals(500, d.patience());
        assertEquals(1e-4, d.learningRate());
        assertEquals(32, d.batchSize());
        assertEquals(2025, d.seed());
        assertEquals(Recipe.REFERENCE, d.recipe());
        assertEquals(20, d.soc());
        assertEquals("AUTO", d.featureDefaults());
        assertFalse(d.physicalGrid());
        assertEquals(0.5, d.diversityWeight());
        assertEquals(0.0, d.withDiversityWeight(0).config(12).diversityWeight());
        assertEquals(ImodelConfig.reference(50, 12), d.config(12));
        assertEquals(d, TrainingSettings.defaults(50, Recipe.REFERENCE));
    }

    @Test
    void recommendedDefaultsChangeTheScheduleHiddenSizeAndBatch() {
        TrainingSettings r = TrainingSettings.defaults(10, Recipe.RECOMMENDED);
        assertEquals(Recipe.RECOMMENDED, r.recipe());
        assertEquals(TrainingSettings.RECOMMENDED_EPOCHS, r.epochs());
        assertEquals(TrainingSettings.RECOMMENDED_PATIENCE, r.patience());
        assertEquals(TrainingSettings.RECOMMENDED_LEARNING_RATE, r.learningRate());
        assertEquals(TrainingSettings.RECOMMENDED_HIDDEN, r.hiddenSize());
        assertEquals(TrainingSettings.RECOMMENDED_BATCH, r.batchSize());
        assertEquals(TrainingSettings.defaults(10).withHiddenSize(TrainingSettings.RECOMMENDED_HIDDEN).config(12),
                r.config(12));
        assertEquals(64, TrainingSettings.defaults(10, Recipe.REFERENCE).hiddenSize(), "the published architecture");
    }

    @Test
    void invalidValuesGiveClearMessages() {
        TrainingSettings d = TrainingSettings.defaults(50);
        assertMessage("horizon", () -> d.withHorizon(0));
        assertMessage("Epochs", () -> d.withEpochs(0));
        assertMessage("Patience", () -> d.withPatience(0));
        assertMessage("learning rate", () -> d.withLearningRate(-1));
        assertMessage("learning rate", () -> d.withLearningRate(Double.NaN));
        assertMessage("batch size", () -> d.withBatchSize(0));
        assertMessage("SOC", () -> d.withSoc(35));
        assertMessage("feature defaults", () -> d.withFeatureDefaults("nope"));
        assertMessage("topK", () -> d.withExperts(5, 6));
        assertMessage("alpha", () -> d.withAlpha(0));
        assertMessage("hiddenSize", () -> d.withHiddenSize(0));
        assertMessage("recipe", () -> d.withRecipe(null));
        assertMessage("diversity weight", () -> d.withDiversityWeight(-0.1));
        assertMessage("diversity weight", () -> d.withDiversityWeight(Double.NaN));
    }

    @Test
    void recipesParseCaseInsensitively() {
        assertEquals(Recipe.REFERENCE, Recipe.parse("reference"));
        assertEquals(Recipe.RECOMMENDED, Recipe.parse(" Recommended "));
        assertEquals("recommended", Recipe.RECOMMENDED.label());
        assertMessage("reference or recommended", () -> Recipe.parse("fast"));
        assertMessage("reference or recommended", () -> Recipe.parse(null));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().toLowerCase().contains(part.toLowerCase()), x.getMessage());
    }
}
