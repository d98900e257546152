package org.imodel.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.testing.RecordingProgress;
import org.junit.jupiter.api.Test;

import ai.djl.pytorch.jni.JniUtils;

/**
 * Trainings in parallel threads give exactly what the same trainings give one after another (same seeds): epoch
 * losses, kept parameters and predictions, bit for bit; plus the API's progress, cancellation and failure handling.
 * Prints the wall times of both ways (a rough speed-up figure; the machine may be shared).
 */
class ParallelTrainingsTest {

    private static final List<CycleRecord> ROWS = SimulatedCells.rows();
    private static final int EPOCHS = 8;

    /** What a run gave, compared bit for bit. */
    private record Outcome(List<EpochStats> history, byte[] parameters, List<float[]> predictions) {
        static Outcome of(TrainedModel m) throws Exception {
            List<float[]> p = new ArrayList<>();
            List<CycleRecord> test = ROWS.stream().filter(r -> SimulatedCells.TEST.contains(r.cellId())).toList();
            for (Forecast f : ImodelPredictor.predict(m, test, Progress.NONE)) {
                p.add(f.predictions());
            }
            return new Outcome(m.history(), m.toFile().parameters(), p);
        }

        void assertSameAs(Outcome o, String what) {
            assertEquals(o.history.size(), history.size(), what);
            for (int i = 0; i < history.size(); i++) {
                EpochStats a = o.history.get(i);
                EpochStats b = history.get(i);
                String at = what + ", epoch " + (i + 1);
                assertEquals(a.trainLoss(), b.trainLoss(), 0, at + ": training loss");
                assertEquals(a.validationLoss(), b.validationLoss(), 0, at + ": validation loss");
                assertEquals(a.validationMse(), b.validationMse(), 0, at + ": validation MSE");
                assertEquals(a.diversity(), b.diversity(), 0, at + ": diversity");
                assertEquals(a.best(), b.best(), at);
            }
            assertArrayEquals(o.parameters, parameters, what + ": kept parameters");
            assertEquals(o.predictions.size(), predictions.size(), what);
            for (int i = 0; i < predictions.size(); i++) {
                assertArrayEquals(o.predictions.get(i), predictions.get(i), what + ": predictions of window " + i);
            }
        }
    }

    @Test
    void parallelTrainingsEqualSequentialOnesBitForBit() throws Exception {
        TrainingSettings base = SimulatedCells.quick(EPOCHS);
        List<TrainingSettings> runs = List.of(base.withSeed(11), base.withSeed(12), base.withSeed(11)
                .withHiddenSize(16));
        long t0 = System.nanoTime();
        List<Outcome> sequential = new ArrayList<>();
        for (TrainingSettings s : runs) {
            try (TrainedModel m = ImodelTrainer.train(ROWS, SimulatedCells.TRAIN, SimulatedCells.VALIDATION, s,
                    null, null)) {
                sequential.add(Outcome.of(m));
            }
        }
        double sequentialSeconds = (System.nanoTime() - t0) / 1e9;

        Map<Integer, List<Long>> epochEnds = new ConcurrentHashMap<>();
        Map<Integer, Integer> intraOpThreads = new ConcurrentHashMap<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        long t1 = System.nanoTime();
        List<TrainedModel> models = ParallelTrainings.train(ROWS, SimulatedCells.TRAIN, SimulatedCells.VALIDATION,
                runs, 3, null, (run, stats) -> {
                    epochEnds.computeIfAbsent(run, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
                    intraOpThreads.put(run, JniUtils.getNumThreads());
                    threads.add(Thread.currentThread().getName());
                });
        double parallelSeconds = (System.nanoTime() - t1) / 1e9;
        try {
            assertEquals(runs.size(), models.size());
            for (int i = 0; i < runs.size(); i++) {
                assertEquals(runs.get(i).seed(), models.get(i).spec().provenance().seed(), "models in run order");
                Outcome.of(models.get(i)).assertSameAs(sequential.get(i), "run " + i);
            }
        } finally {
            models.forEach(TrainedModel::close);
        }
        assertEquals(runs.size(), threads.stream().distinct().count(), "one thread per run: " + threads);
        assertTrue(threads.stream().allMatch(t -> t.startsWith("imodel-training-")), threads.toString());
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(1, intraOpThreads.get(i), "one PyTorch intra-op thread in each training thread");
        }
        // the runs really overlapped: each finished its first epoch before another finished its last
        for (int i = 0; i < runs.size(); i++) {
            for (int j = 0; j < runs.size(); j++) {
                if (i != j) {
                    List<Long> a = epochEnds.get(i);
                    List<Long> b = epochEnds.get(j);
                    assertTrue(a.get(0) < b.get(b.size() - 1), "runs " + i + " and " + j + " overlapped");
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d trainings of %d epochs: sequential %.2f s, parallel (%d threads, %d"
                + " cores) %.2f s, speed-up %.2f%n", runs.size(), EPOCHS, sequentialSeconds, runs.size(),
                Runtime.getRuntime().availableProcessors(), parallelSeconds, sequentialSeconds / parallelSeconds);
    }

    @Test
    void progressIsTheMeanOverRunsAndNamesTheRun() throws Exception {
        RecordingProgress progress = new RecordingProgress();
        List<TrainedModel> models = ParallelTrainings.train(ROWS, SimulatedCells.TRAIN, SimulatedCells.VALIDATION,
                ParallelTrainings.withSeeds(SimulatedCells.quick(2), List.of(5L, 6L)), 2, progress, null);
        models.forEach(TrainedModel::close);
        assertEquals(List.of(5L, 6L), models.stream().map(m -> m.spec().provenance().seed()).toList());
        List<String> messages = progress.messages();
        List<Double> fractions = progress.fractions();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Training 1 of 2 (seed 5): Epoch 2 of 2")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Training 2 of 2 (seed 6): Epoch 2 of 2")),
                messages.toString());
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-12, "all done");
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "the mean over the runs never goes back: "
                    + fractions);
        }
        assertTrue(fractions.stream().anyMatch(f -> f > 0 && f < 1), "partial progress: " + fractions);
    }

    @Test
    void cancellingStopsEveryRunWithinASecond() {
        RecordingProgress progress = new RecordingProgress(m -> m.contains("Epoch 2 "));
        assertThrows(CancelledException.class, () -> ParallelTrainings.train(ROWS, SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, ParallelTrainings.withSeeds(SimulatedCells.quick(1000), List.of(1L, 2L)),
                2, progress, null));
        double seconds = (System.nanoTime() - progress.cancelledAt()) / 1e9;
        assertTrue(seconds < 1, "all runs stopped " + seconds + " s after cancelling");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(
                t -> t.getName().startsWith("imodel-training-") && t.isAlive()), "no training thread outlives the call");
    }

    @Test
    void aFailingRunStopsTheOthersAndItsErrorIsThrown() {
        IllegalStateException boom = new IllegalStateException("listener failed");
        long start = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelTrainings.train(ROWS,
                SimulatedCells.TRAIN, SimulatedCells.VALIDATION, List.of(SimulatedCells.quick(1000),
                        SimulatedCells.quick(2).withSeed(3)), 2, null, (run, stats) -> {
                            if (run == 1) {
                                throw boom;
                            }
                        }));
        assertSame(boom, e);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 60, "the 1000-epoch run stopped early; took " + seconds + " s");
    }

    @Test
    void badCallsAreRejectedBeforeAnyTraining() {
        assertThrows(IllegalArgumentException.class, () -> ParallelTrainings.train(ROWS, SimulatedCells.TRAIN,
                SimulatedCells.VALIDATION, List.of(), 2, null, null));
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class, () -> ParallelTrainings
                .train(ROWS, SimulatedCells.TRAIN, SimulatedCells.VALIDATION, List.of(SimulatedCells.quick(1)), 0,
                        null, null));
        assertTrue(threads.getMessage().contains("at least 1"), threads.getMessage());
        IllegalArgumentException cell = assertThrows(IllegalArgumentException.class, () -> ParallelTrainings.train(
                ROWS, List.of("SIM-001", "SIM-009"), SimulatedCells.VALIDATION, List.of(SimulatedCells.quick(1)), 1,
                null, null));
        assertTrue(cell.getMessage().contains("SIM-009"), cell.getMessage());
        assertEquals(1, ParallelTrainings.defaultThreads(1));
        assertEquals(Math.min(8, Runtime.getRuntime().availableProcessors()), ParallelTrainings.defaultThreads(8));
    }
}
