package org.imodel.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.model.NamedArray;
import org.imodel.core.testing.RecordingProgress;
import org.junit.jupiter.api.Test;

/** Going back after a non-finite training loss: the policy, and a run whose loss can never be finite. */
class DivergenceGuardTest {

    @Test
    void goesBackToTheLastFinishedEpochAtHalfTheRateAndGivesUpAfterTheLimit() {
        Map<String, NamedArray> initial = Map.of();
        Map<String, NamedArray> epoch3 = Map.of();
        DivergenceGuard guard = new DivergenceGuard(initial);
        assertEquals(1, guard.rateFactor());
        assertEquals("", guard.note());
        assertSame(initial, guard.diverged(1, Double.NaN));
        assertTrue(guard.note().contains("epoch 1") && guard.note().contains("initial parameters"), guard.note());
        assertEquals(0.5, guard.rateFactor());
        guard.epochFinished(3, epoch3);
        assertSame(epoch3, guard.diverged(4, Double.POSITIVE_INFINITY));
        assertTrue(guard.note().contains("parameters of epoch 3") && guard.note().contains("restart 2 of at most"),
                guard.note());
        assertEquals(0.25, guard.rateFactor());
        for (int i = guard.retries(); i < DivergenceGuard.MAX_RETRIES; i++) {
            guard.diverged(4, Double.NaN);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> guard.diverged(4, Double.NaN));
        assertTrue(e.getMessage().contains("Lower the learning rate") && e.getMessage().contains("epoch 4"),
                e.getMessage());
    }

    @Test
    void anEpochThatLeavesANonFiniteParameterCountsAsDiverged() {
        NamedArray fine = NamedArray.of("gate.weight", new float[] {1, -2, 3}, 3);
        assertTrue(ImodelTrainer.finite(Map.of("gate.weight", fine)));
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            NamedArray spoilt = NamedArray.of("w_noise", new float[] {0, bad}, 2);
            assertTrue(!ImodelTrainer.finite(Map.of("gate.weight", fine, "w_noise", spoilt)), "value " + bad);
        }
    }

    @Test
    void aTrainingWhoseLossCannotBeFiniteRestartsAndThenSaysWhatToDo() {
        // a capacity of 1e30 Ah makes every squared error overflow float32
        List<CycleRecord> rows = new ArrayList<>();
        for (CycleRecord r : SimulatedCells.rows()) {
            boolean spoil = r.cellId().equals("SIM-002") && r.cycle() == 20;
            rows.add(spoil ? new CycleRecord(r.cellId(), r.cycle(), r.chargeCurrent(), r.dischargeCurrent(),
                    r.temperature(), 1e30, r.chargeCapacity(), r.ci(), r.ciGrid(), r.relaxationVoltage(),
                    r.currentUnit(), r.family(), r.condition(), r.sourceFile(), r.sourceLine()) : r);
        }
        RecordingProgress progress = new RecordingProgress();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ImodelTrainer.train(rows,
                SimulatedCells.TRAIN, SimulatedCells.VALIDATION, SimulatedCells.quick(3), progress, null));
        assertTrue(e.getMessage().contains("Lower the learning rate"), e.getMessage());
        List<String> notes = progress.messages().stream().filter(m -> m.startsWith("The training loss became"))
                .toList();
        assertEquals(DivergenceGuard.MAX_RETRIES, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("repeating it from the initial parameters at half the learning rate"),
                notes.get(0));
    }
}
