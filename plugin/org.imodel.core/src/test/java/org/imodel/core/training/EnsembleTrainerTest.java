package org.imodel.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imodel.core.artifact.Ensemble;
import org.imodel.core.eval.EnsembleBand;
import org.junit.jupiter.api.Test;

/** Ensemble training: members by seed, each as a single training with its seed would give, a calibrated band. */
class EnsembleTrainerTest {

    @Test
    void membersAreSeededTrainingsAndTheBandIsCalibratedOnTheValidationCells() throws Exception {
        TrainingSettings settings = SimulatedCells.quick(3);
        List<int[]> epochs = java.util.Collections.synchronizedList(new ArrayList<>());
        try (TrainedModel ensemble = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, settings, 3, 2, null, (s, member) -> epochs.add(new int[] {member,
                    s.epoch()}));
                TrainedModel second = ImodelTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                        SimulatedCells.VALIDATION, settings.withSeed(settings.seed() + 1), null, null)) {
            assertEquals(3, ensemble.members());
            for (int m = 0; m < 3; m++) {
                int member = m;
                assertEquals(List.of(1, 2, 3), epochs.stream().filter(e -> e[0] == member).map(e -> e[1]).toList(),
                        "member " + m + ": 3 epochs in order");
            }
            Ensemble e = ensemble.spec().ensemble();
            assertEquals(3, e.members());
            assertArrayEquals(new int[] {3, 3, 3}, e.epochs());
            assertEquals(settings.seed(), ensemble.spec().provenance().seed());
            assertEquals(3, ensemble.histories().size());
            // member 1 is the training with seed + 1 (same-seed trainings agree up to rare libtorch rounding)
            WindowTensors validation = TrainingData.prepare(SimulatedCells.rows(), SimulatedCells.TRAIN,
                    SimulatedCells.VALIDATION, settings, true).validation;
            float[][] member = ImodelTrainer.predictions(ensemble.networks().get(1), validation);
            float[][] alone = ImodelTrainer.predictions(second.network(), validation);
            for (int w = 0; w < member.length; w++) {
                assertArrayEquals(alone[w], member[w], 1e-4f, "window " + w);
            }
            assertEquals(second.bestEpoch(), e.bestEpochs()[1]);
            // calibration: the stored scale makes the 90 % band cover at least 90 % of the validation values
            Map<String, Double> m = ensemble.spec().provenance().validationMetrics();
            assertTrue(e.calibrated(), e.toString());
            assertEquals(EnsembleBand.DEFAULT_LEVEL, e.calibrationLevel());
            assertTrue(m.get("band_coverage") >= 0.9, m.toString());
            assertTrue(m.get("band_width") > 0, m.toString());
            float[][][] all = new float[3][][];
            for (int k = 0; k < 3; k++) {
                all[k] = ImodelTrainer.predictions(ensemble.networks().get(k), validation);
            }
            EnsembleTrainer.Calibration c = EnsembleTrainer.calibrate(all, ImodelTrainer.targets(validation), 0.9);
            assertEquals(c.scale(), e.spreadScale(), 1e-12);
            assertEquals(m.get("band_coverage_raw"), c.raw().coverage(), 1e-12);
            assertEquals(m.get("pooled_mape"), org.imodel.core.eval.ForecastMetrics.of(c.mean(),
                    ImodelTrainer.targets(validation)).pooledMape(), 1e-9, "metrics of the ensemble mean");
        }
    }

    @Test
    void membersTrainedAtOnceEqualMembersTrainedOneAfterTheOther() throws Exception {
        TrainingSettings settings = SimulatedCells.quick(2).withSeed(21);
        try (TrainedModel sequential = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, settings, 3, 1, null, null);
                TrainedModel parallel = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                        SimulatedCells.VALIDATION, settings, 3, 3, null, null)) {
            WindowTensors validation = TrainingData.prepare(SimulatedCells.rows(), SimulatedCells.TRAIN,
                    SimulatedCells.VALIDATION, settings, true).validation;
            for (int m = 0; m < 3; m++) {
                float[][] one = ImodelTrainer.predictions(sequential.networks().get(m), validation);
                float[][] three = ImodelTrainer.predictions(parallel.networks().get(m), validation);
                for (int w = 0; w < one.length; w++) {
                    // equal up to libtorch's rare same-seed rounding differences (djl.md section 5)
                    assertArrayEquals(one[w], three[w], 1e-5f, "member " + m + ", window " + w);
                }
            }
            assertEquals(sequential.spec().ensemble(), parallel.spec().ensemble());
        }
    }

    @Test
    void oneMemberIsAnOrdinaryTrainingAndMemberCountsAreChecked() throws Exception {
        try (TrainedModel one = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, SimulatedCells.quick(1), 1, 1, null, null)) {
            assertEquals(1, one.members());
            assertTrue(!one.spec().ensemble().isEnsemble());
            assertTrue(!one.spec().provenance().validationMetrics().containsKey("band_coverage"));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnsembleTrainer.train(
                SimulatedCells.rows(), SimulatedCells.TRAIN, SimulatedCells.VALIDATION, SimulatedCells.quick(1), 0,
                1, null, null));
        assertTrue(e.getMessage().contains("between 1"), e.getMessage());
    }
}
