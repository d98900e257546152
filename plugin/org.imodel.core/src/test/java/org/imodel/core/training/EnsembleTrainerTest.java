package org.imodel.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.artifact.ModelSpecCodec;
import org.imodel.core.artifact.Ensemble;
import org.imodel.core.artifact.ModelCard;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.progress.Progress;
import org.imodel.core.rollout.RolloutFit;
import org.imodel.core.rollout.RolloutMap;
import org.imodel.core.testing.RecordingProgress;
import org.junit.jupiter.api.Test;

/**
 * Ensemble training: members by seed (and left-out fold), each as a single training with its seed and cells would
 * give, a calibrated band.
 */
class EnsembleTrainerTest {

    @Test
    void crossFittedMembersLeaveOutTheirFoldAndTheBandIsCalibratedOnOutOfFoldForecasts() throws Exception {
        TrainingSettings settings = SimulatedCells.quick(3);
        List<int[]> epochs = java.util.Collections.synchronizedList(new ArrayList<>());
        TrainingData data = TrainingData.prepare(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, settings, true);
        CalibrationFolds folds = CalibrationFolds.of(SimulatedCells.TRAIN, 3).orElseThrow();
        try (TrainedModel ensemble = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, settings, 3, BandCalibration.CROSS, 2, null, (s, member) -> epochs.add(
                    new int[] {member, s.epoch()}));
                TrainedModel second = ImodelTrainer.run(data.withTrainCells(folds.trainCells(1)),
                        settings.withSeed(settings.seed() + 1), Progress.NONE, s -> { })) {
            assertEquals(3, ensemble.members());
            for (int m = 0; m < 3; m++) {
                int member = m;
                assertEquals(List.of(1, 2, 3), epochs.stream().filter(e -> e[0] == member).map(e -> e[1]).toList(),
                        "member " + m + ": 3 epochs in order");
            }
            Ensemble e = ensemble.spec().ensemble();
            assertEquals(BandCalibration.CROSS, e.calibration());
            assertArrayEquals(new int[] {3, 3, 3}, e.epochs());
            assertEquals(SimulatedCells.TRAIN, ensemble.spec().provenance().trainCells(), "all training cells");
            assertEquals(TrainingData.envelope(data.trainWindows), ensemble.spec().envelope());
            // the rollout map: member 0's network on every training cell's windows, not only on those it trained on
            RolloutMap map = RolloutFit.fit(ensemble.networks().get(0), data.scaler, data.trainWindows,
                    data.validationWindows);
            assertEquals(ModelSpecCodec.writeRollout(map), ModelSpecCodec.writeRollout(ensemble.spec().rollout()));
            assertTrue(map.pairs() > RolloutFit.fit(ensemble.networks().get(0), data.scaler,
                    data.withTrainCells(folds.trainCells(0)).trainWindows, data.validationWindows).pairs(),
                    "more pairs than member 0's own cells give");
            assertEquals(List.of("SIM-001", "SIM-003"), folds.trainCells(1));
            // member 1 is the training with seed + 1 on the training cells but its fold (shared scaler)
            float[][] member = ImodelTrainer.predictions(ensemble.networks().get(1), data.validation);
            float[][] alone = ImodelTrainer.predictions(second.network(), data.validation);
            for (int w = 0; w < member.length; w++) {
                assertArrayEquals(alone[w], member[w], 1e-4f, "window " + w);
            }
            assertEquals(second.bestEpoch(), e.bestEpochs()[1]);
            // the scale: validation windows about the mean, training windows about their out-of-fold member
            int nv = data.validation.size;
            int nt = data.train.size;
            float[][][] all = new float[3][nv + nt][];
            for (int k = 0; k < 3; k++) {
                float[][] v = ImodelTrainer.predictions(ensemble.networks().get(k), data.validation);
                float[][] t = ImodelTrainer.predictions(ensemble.networks().get(k), data.train);
                System.arraycopy(v, 0, all[k], 0, nv);
                System.arraycopy(t, 0, all[k], nv, nt);
            }
            float[][] targets = new float[nv + nt][];
            System.arraycopy(ImodelTrainer.targets(data.validation), 0, targets, 0, nv);
            System.arraycopy(ImodelTrainer.targets(data.train), 0, targets, nv, nt);
            int[] centres = new int[nv + nt];
            java.util.Arrays.fill(centres, SpreadCalibration.MEAN);
            for (int w = 0; w < nt; w++) {
                centres[nv + w] = List.of("SIM-001", "SIM-002", "SIM-003").indexOf(data.train.cells[w]);
            }
            SpreadCalibration c = SpreadCalibration.fit(all, targets, centres, 0.9);
            assertTrue(e.calibrated(), e.toString());
            assertEquals(c.scale(), e.spreadScale(), 1e-12);
            Map<String, Double> m = ensemble.spec().provenance().validationMetrics();
            assertEquals(1.0, m.get("band_calibration_cross"));
            assertEquals(4.0, m.get("band_calibration_cells"), "1 validation and 3 training cells");
            assertEquals(nv + nt, m.get("band_calibration_windows"));
            assertEquals(c.raw().coverage(), m.get("band_calibration_coverage_raw"), 1e-12);
            assertTrue(m.get("band_calibration_coverage") >= 0.9, m.toString());
            assertTrue(m.get("band_width") > 0, m.toString());
            assertTrue(ModelCard.of(ensemble.spec()).text().contains("cross: member i did not train on fold i"));
        }
    }

    @Test
    void validationCalibrationTrainsEveryMemberOnAllCellsAndFitsTheScaleOnTheValidationCells() throws Exception {
        TrainingSettings settings = SimulatedCells.quick(2);
        try (TrainedModel ensemble = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, settings, 3, BandCalibration.VALIDATION, 2, null, null);
                TrainedModel second = ImodelTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                        SimulatedCells.VALIDATION, settings.withSeed(settings.seed() + 1), null, null)) {
            Ensemble e = ensemble.spec().ensemble();
            assertEquals(BandCalibration.VALIDATION, e.calibration());
            assertEquals(settings.seed(), ensemble.spec().provenance().seed());
            // member 1 is the training with seed + 1 (same-seed trainings agree up to rare libtorch rounding)
            WindowTensors validation = TrainingData.prepare(SimulatedCells.rows(), SimulatedCells.TRAIN,
                    SimulatedCells.VALIDATION, settings, true).validation;
            float[][] member = ImodelTrainer.predictions(ensemble.networks().get(1), validation);
            float[][] alone = ImodelTrainer.predictions(second.network(), validation);
            for (int w = 0; w < member.length; w++) {
                assertArrayEquals(alone[w], member[w], 1e-4f, "window " + w);
            }
            Map<String, Double> m = ensemble.spec().provenance().validationMetrics();
            assertEquals(EnsembleBand.DEFAULT_LEVEL, e.calibrationLevel());
            assertTrue(m.get("band_coverage") >= 0.9, m.toString());
            float[][][] all = new float[3][][];
            for (int k = 0; k < 3; k++) {
                all[k] = ImodelTrainer.predictions(ensemble.networks().get(k), validation);
            }
            float[][] targets = ImodelTrainer.targets(validation);
            int[] centres = new int[targets.length];
            java.util.Arrays.fill(centres, SpreadCalibration.MEAN);
            SpreadCalibration c = SpreadCalibration.fit(all, targets, centres, 0.9);
            assertEquals(c.scale(), e.spreadScale(), 1e-12);
            assertEquals(m.get("band_coverage_raw"), c.raw().coverage(), 1e-12);
            assertEquals(m.get("band_coverage"), m.get("band_calibration_coverage"), 1e-12, "same windows");
            assertEquals(0.0, m.get("band_calibration_cross"));
            assertEquals(1.0, m.get("band_calibration_cells"));
            assertEquals(validation.size, m.get("band_calibration_windows"));
            float[][] mean = new float[targets.length][];
            for (int w = 0; w < targets.length; w++) {
                mean[w] = EnsembleBand.of(new float[][] {all[0][w], all[1][w], all[2][w]}, 0.9, 1).mean();
            }
            assertEquals(m.get("pooled_mape"), org.imodel.core.eval.ForecastMetrics.of(mean, targets).pooledMape(),
                    1e-9, "metrics of the ensemble mean");
        }
    }

    @Test
    void crossFittingFallsBackToValidationCalibrationWhenMembersWouldKeepOneCell() throws Exception {
        List<String> two = SimulatedCells.TRAIN.subList(0, 2);
        RecordingProgress progress = new RecordingProgress();
        try (TrainedModel ensemble = EnsembleTrainer.train(SimulatedCells.rows(), two, SimulatedCells.VALIDATION,
                SimulatedCells.quick(1), 2, BandCalibration.CROSS, 2, progress, null)) {
            assertEquals(BandCalibration.VALIDATION, ensemble.spec().ensemble().calibration());
            assertEquals(0.0, ensemble.spec().provenance().validationMetrics().get("band_calibration_cross"));
            assertTrue(progress.messages().stream().anyMatch(n -> n.contains("calibrated on the validation cells"
                    + " only")), progress.messages().toString());
        }
    }

    @Test
    void membersTrainedAtOnceEqualMembersTrainedOneAfterTheOther() throws Exception {
        TrainingSettings settings = SimulatedCells.quick(2).withSeed(21);
        try (TrainedModel sequential = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, settings, 3, BandCalibration.CROSS, 1, null, null);
                TrainedModel parallel = EnsembleTrainer.train(SimulatedCells.rows(), SimulatedCells.TRAIN,
                        SimulatedCells.VALIDATION, settings, 3, BandCalibration.CROSS, 3, null, null)) {
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
                SimulatedCells.VALIDATION, SimulatedCells.quick(1), 1, BandCalibration.CROSS, 1, null, null)) {
            assertEquals(1, one.members());
            assertTrue(!one.spec().ensemble().isEnsemble());
            assertTrue(!one.spec().provenance().validationMetrics().containsKey("band_coverage"));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnsembleTrainer.train(
                SimulatedCells.rows(), SimulatedCells.TRAIN, SimulatedCells.VALIDATION, SimulatedCells.quick(1), 0,
                BandCalibration.CROSS, 1, null, null));
        assertTrue(e.getMessage().contains("between 1"), e.getMessage());
    }
}
