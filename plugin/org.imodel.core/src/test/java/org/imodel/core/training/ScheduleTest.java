package org.imodel.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The early stopping, model selection and learning-rate schedule of both recipes. */
class ScheduleTest {

    @Test
    void referenceKeepsATieAndStopsAfterPatienceEpochsWithoutImprovement() {
        ImodelTrainer.Schedule s = new ImodelTrainer.Schedule(
                TrainingSettings.defaults(10).withEpochs(100).withPatience(3));
        assertEquals(1e-4, s.learningRate(1));
        assertEquals(1e-4, s.learningRate(100), "constant rate");
        assertTrue(s.update(1, 5.0));
        assertTrue(s.update(2, 5.0), "val_loss <= best counts as an improvement, as in the reference");
        assertFalse(s.update(3, 6.0));
        assertFalse(s.update(4, 6.0));
        assertFalse(s.stop());
        assertFalse(s.update(5, 5.5));
        assertTrue(s.stop(), "three epochs without improvement");
    }

    @Test
    void recommendedFollowsACosineAndSelectsOnlyAmongTheLastPatienceEpochs() {
        TrainingSettings settings = TrainingSettings.defaults(10, Recipe.RECOMMENDED).withEpochs(101)
                .withPatience(10).withLearningRate(2e-3);
        ImodelTrainer.Schedule s = new ImodelTrainer.Schedule(settings);
        double min = 2e-3 * ImodelTrainer.RECOMMENDED_MIN_RATE_FRACTION;
        assertEquals(2e-3, s.learningRate(1), 1e-15);
        assertEquals((2e-3 + min) / 2, s.learningRate(51), 1e-15, "half way");
        assertEquals(min, s.learningRate(101), 1e-15);
        for (int e = 2; e <= 101; e++) {
            assertTrue(s.learningRate(e) < s.learningRate(e - 1), "decreasing at epoch " + e);
        }
        assertEquals(92, s.firstSelectable());
        for (int e = 1; e <= 91; e++) {
            assertFalse(s.update(e, 1.0 / e), "epoch " + e + " is before the selection window");
            assertFalse(s.stop(), "no early stop: the run has a known length");
        }
        assertTrue(s.update(92, 0.5));
        assertFalse(s.update(93, 0.6));
        assertTrue(s.update(94, 0.4));
        assertFalse(s.update(95, 0.4), "a tie keeps the earlier epoch");
        assertFalse(s.stop());
    }

    @Test
    void aRunShorterThanThePatienceSelectsAmongAllEpochs() {
        ImodelTrainer.Schedule s = new ImodelTrainer.Schedule(
                TrainingSettings.defaults(10, Recipe.RECOMMENDED).withEpochs(5).withPatience(200));
        assertEquals(1, s.firstSelectable());
        assertTrue(s.update(1, 1.0));
        ImodelTrainer.Schedule single = new ImodelTrainer.Schedule(
                TrainingSettings.defaults(10, Recipe.RECOMMENDED).withEpochs(1));
        assertEquals(TrainingSettings.RECOMMENDED_LEARNING_RATE, single.learningRate(1));
    }
}
