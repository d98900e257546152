package org.imodel.core.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Joins;
import org.imodel.core.progress.Progress;

/**
 * Trains several models at the same time, one thread per running training: e.g. the K members of an ensemble (the
 * same settings with K seeds) or a small settings sweep.
 *
 * <p>Each model is exactly the one {@link ImodelTrainer#train} gives for its settings alone: same epoch losses,
 * parameters and predictions, bit for bit. Everything random belongs to its run (weights, gate noise, shuffling all
 * follow the run's seed) and libtorch's grad mode and autograd are per thread, so runs do not see each other.
 *
 * <pre>{@code
 * List<TrainingSettings> runs = ParallelTrainings.withSeeds(settings, List.of(1L, 2L, 3L, 4L, 5L));
 * List<TrainedModel> members = ParallelTrainings.train(rows, trainCells, validationCells, runs,
 *         ParallelTrainings.defaultThreads(runs.size()), progress, (run, epoch) -> log(run, epoch));
 * try {
 *     ... // members.get(i) was trained with runs.get(i)
 * } finally {
 *     members.forEach(TrainedModel::close);
 * }
 * }</pre>
 *
 * <p>Threads: a running training keeps one core busy (the engine runs one PyTorch intra-op thread per training
 * thread unless {@code imodel.djl.threads} says otherwise), so more threads than cores only slow every run down.
 * Memory: each running training holds its network, Adam state and batch arrays, a few MB for the default sizes.
 */
public final class ParallelTrainings {

    private ParallelTrainings() {
    }

    /**
     * @param base settings of every run
     * @param seeds one seed per run
     * @return {@code base} with each seed, in the seeds' order
     */
    public static List<TrainingSettings> withSeeds(TrainingSettings base, List<Long> seeds) {
        return seeds.stream().map(base::withSeed).toList();
    }

    /**
     * @param runs number of trainings
     * @return threads to use: one per run, at most one per available processor
     */
    public static int defaultThreads(int runs) {
        return Math.max(1, Math.min(runs, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Trains one model per settings entry on the same cells, {@code threads} at a time. The windows and scaler are
     * built once for runs that differ only in their seed. When one run fails or the caller cancels, the others stop
     * at their next batch and every model already trained is closed.
     *
     * @param rows per-cycle rows
     * @param trainCells training cell ids
     * @param validationCells validation cell ids
     * @param runs settings of each run (at least one)
     * @param threads trainings running at the same time, &ge; 1
     * @param progress overall progress (the mean over the runs; messages say which run) and cancellation; called
     *        from the training threads, one call at a time
     * @param listener receives (run index, epoch stats) from the training threads, as each epoch ends (may be null)
     * @return the trained models in the order of {@code runs} (close them)
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException for unusable cells or settings (before any training starts), or no runs
     */
    public static List<TrainedModel> train(List<CycleRecord> rows, List<String> trainCells,
            List<String> validationCells, List<TrainingSettings> runs, int threads, Progress progress,
            BiConsumer<Integer, EpochStats> listener) throws CancelledException {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("No trainings given: give the settings of at least one training");
        }
        checkThreads(threads);
        Progress p = progress == null ? Progress.NONE : progress;
        p.report(0, "Building the training and validation windows");
        Map<TrainingSettings, TrainingData> prepared = new LinkedHashMap<>();
        List<TrainingData> data = new ArrayList<>();
        for (TrainingSettings s : runs) {
            Objects.requireNonNull(s, "settings");
            TrainingData d = prepared.get(s.withSeed(0));
            if (d == null) {
                d = TrainingData.prepare(rows, trainCells, validationCells, s, true);
                prepared.put(s.withSeed(0), d);
            }
            data.add(d);
            p.checkCancelled();
        }
        return run(data, runs, threads, p, listener);
    }

    /**
     * The trainings of {@link #train} on prepared data (for trainers in this package that prepare it themselves,
     * e.g. an ensemble's members sharing one set of windows).
     *
     * @param data the windows of each run (may be the same object for several runs)
     * @param runs settings of each run; all but the seed equal to those of its data
     * @param threads trainings running at the same time, &ge; 1
     * @param progress overall progress and cancellation
     * @param listener receives (run index, epoch stats) from the training threads (may be null)
     * @return the trained models in the order of {@code runs} (close them)
     * @throws CancelledException when cancelled
     */
    static List<TrainedModel> run(List<TrainingData> data, List<TrainingSettings> runs, int threads,
            Progress progress, BiConsumer<Integer, EpochStats> listener) throws CancelledException {
        checkThreads(threads);
        Group group = new Group(progress, runs.size());
        BiConsumer<Integer, EpochStats> epochs = listener == null ? (i, s) -> { } : listener;
        Named factory = new Named();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, runs.size()), factory);
        List<Future<TrainedModel>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < runs.size(); i++) {
                int run = i;
                TrainingSettings s = runs.get(i);
                TrainingData d = data.get(i);
                futures.add(pool.submit(() -> {
                    try {
                        return ImodelTrainer.run(d, s, group.progress(run, s), stats -> epochs.accept(run, stats));
                    } catch (CancelledException | RuntimeException | Error e) {
                        group.stop();
                        throw e;
                    }
                }));
            }
            return collect(futures, group);
        } finally {
            shutDown(pool, factory);
        }
    }

    /**
     * Ends the pool's threads and waits until each has ended (a terminated pool's last thread may still be leaving
     * its run method); every run has finished by now (collect waited for all).
     */
    private static void shutDown(ExecutorService pool, Named factory) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(10, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        interrupted |= Joins.joinAll(factory.threads);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("The number of parallel trainings must be at least 1; got " + threads);
        }
    }

    /** Waits for every run; on any failure closes the finished models and throws the first failure. */
    private static List<TrainedModel> collect(List<Future<TrainedModel>> futures, Group group)
            throws CancelledException {
        List<TrainedModel> models = new ArrayList<>();
        Throwable failure = null;
        boolean interrupted = false;
        for (Future<TrainedModel> f : futures) {
            while (true) {
                try {
                    models.add(f.get());
                    break;
                } catch (InterruptedException e) {
                    // stop the runs, but wait for them: no training may outlive this call
                    interrupted = true;
                    group.stop();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (failure == null || failure instanceof CancelledException
                            && !(cause instanceof CancelledException)) {
                        failure = cause;
                    }
                    group.stop();
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            failure = failure == null ? new CancelledException("Interrupted while training") : failure;
        }
        if (failure == null) {
            return models;
        }
        models.forEach(TrainedModel::close);
        if (failure instanceof CancelledException c) {
            throw c;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(failure);
    }

    /** Progress and cancellation shared by the runs of one call. */
    private static final class Group {
        private final Progress parent;
        private final double[] fractions;
        private volatile boolean stopped;

        Group(Progress parent, int runs) {
            this.parent = parent;
            this.fractions = new double[runs];
        }

        void stop() {
            stopped = true;
        }

        Progress progress(int run, TrainingSettings s) {
            String prefix = fractions.length == 1 ? ""
                    : String.format(Locale.ROOT, "Training %d of %d (seed %d): ", run + 1, fractions.length,
                            s.seed());
            return new Progress() {
                @Override
                public void report(double fraction, String message) {
                    synchronized (Group.this) {
                        fractions[run] = Math.max(0, Math.min(1, fraction));
                        double sum = 0;
                        for (double f : fractions) {
                            sum += f;
                        }
                        parent.report(sum / fractions.length, prefix + message);
                    }
                }

                @Override
                public void checkCancelled() throws CancelledException {
                    if (stopped) {
                        throw new CancelledException("Stopped because another training of the group failed");
                    }
                    synchronized (Group.this) {
                        parent.checkCancelled();
                    }
                }
            };
        }
    }

    /** Daemon threads named "imodel-training-N". */
    /** Names the pool's threads and keeps them, so that the call can wait until they have ended. */
    private static final class Named implements java.util.concurrent.ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "imodel-training-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            threads.add(t);
            return t;
        }
    }
}
