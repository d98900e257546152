package org.imodel.core.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Printed measurement (no timed assertion): K full trainings of the recommended recipe on UL-NCA CY25-1_1 (the
 * accuracy guard's split, P = 10), one after another and then K at a time with {@link ParallelTrainings}; prints
 * wall times, the speed-up, the machine's load average, each seed's test MAPE and whether both ways gave the same
 * run (first differing epoch; with {@code -Dimodel.bench.repeat=true} also for a second sequential run). Run with
 * {@code -Dimodel.bench=true -Dtest=ParallelTrainingsBenchmark}; {@code -Dimodel.bench.seeds=2025,1} (default) sets
 * the seeds, {@code -Dimodel.bench.epochs=N} shortens the runs.
 */
class ParallelTrainingsBenchmark {

    @Test
    @EnabledIfSystemProperty(named = "imodel.bench", matches = "true")
    void parallelVersusSequential() throws Exception {
        List<CycleRecord> rows = Cy25At1C.rows();
        List<String> train = Cy25At1C.TRAIN;
        List<String> validation = Cy25At1C.VALIDATION;
        List<CycleRecord> testRows = Cy25At1C.testRows(rows);
        TrainingSettings base = TrainingSettings.defaults(10, Recipe.RECOMMENDED)
                .withEpochs(Integer.getInteger("imodel.bench.epochs", TrainingSettings.RECOMMENDED_EPOCHS));
        List<Long> seeds = new ArrayList<>();
        for (String s : System.getProperty("imodel.bench.seeds", "2025,1").split(",")) {
            seeds.add(Long.parseLong(s.trim()));
        }
        List<TrainingSettings> runs = ParallelTrainings.withSeeds(base, seeds);

        double load0 = load();
        long t0 = System.nanoTime();
        List<byte[]> sequential = new ArrayList<>();
        List<List<EpochStats>> sequentialHistories = new ArrayList<>();
        for (TrainingSettings s : runs) {
            try (TrainedModel m = ImodelTrainer.train(rows, train, validation, s, Progress.NONE, null)) {
                sequential.add(m.toFile().parameters());
                sequentialHistories.add(m.history());
            }
        }
        double sequentialSeconds = (System.nanoTime() - t0) / 1e9;
        if (Boolean.getBoolean("imodel.bench.repeat")) {
            for (int i = 0; i < runs.size(); i++) {
                try (TrainedModel m = ImodelTrainer.train(rows, train, validation, runs.get(i), Progress.NONE,
                        null)) {
                    System.out.printf(Locale.ROOT, "seed %d run again one after another: %s%n", seeds.get(i),
                            firstDifference(sequentialHistories.get(i), m.history()));
                }
            }
        }
        double load1 = load();
        long t1 = System.nanoTime();
        List<TrainedModel> models = ParallelTrainings.train(rows, train, validation, runs, runs.size(),
                Progress.NONE, null);
        double parallelSeconds = (System.nanoTime() - t1) / 1e9;
        double load2 = load();
        try {
            for (int i = 0; i < runs.size(); i++) {
                System.out.printf(Locale.ROOT, "seed %d in parallel vs alone: %s, parameters %s%n", seeds.get(i),
                        firstDifference(sequentialHistories.get(i), models.get(i).history()),
                        Arrays.equals(sequential.get(i), models.get(i).toFile().parameters()) ? "bit-identical"
                                : "differ");
                double mape = ImodelPredictor.metrics(ImodelPredictor.predict(models.get(i), testRows,
                        Progress.NONE)).pooledMape();
                System.out.printf(Locale.ROOT, "CY25-1_1 P=10 seed %d: %d epochs, kept %d, test pooled MAPE %.3f %%%n",
                        seeds.get(i), models.get(i).history().size(), models.get(i).bestEpoch(), mape);
            }
        } finally {
            models.forEach(TrainedModel::close);
        }
        System.out.printf(Locale.ROOT, "%d trainings (CY25-1_1, %d epochs): sequential %.1f s, parallel %.1f s (%d"
                + " threads, %d cores), speed-up %.2f; 1-min load average before/between/"
                + "after: %.1f / %.1f / %.1f%n", runs.size(), base.epochs(), sequentialSeconds, parallelSeconds,
                runs.size(), Runtime.getRuntime().availableProcessors(), sequentialSeconds / parallelSeconds, load0,
                load1, load2);
    }

    /** @return "identical in all N epochs" or the first epoch whose training loss differs */
    private static String firstDifference(List<EpochStats> a, List<EpochStats> b) {
        for (int e = 0; e < Math.min(a.size(), b.size()); e++) {
            if (a.get(e).trainLoss() != b.get(e).trainLoss() || a.get(e).validationMse() != b.get(e).validationMse()) {
                return String.format(Locale.ROOT, "first difference in epoch %d (training loss %.9g vs %.9g)", e + 1,
                        a.get(e).trainLoss(), b.get(e).trainLoss());
            }
        }
        return a.size() == b.size() ? "identical in all " + a.size() + " epochs" : "lengths differ";
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
