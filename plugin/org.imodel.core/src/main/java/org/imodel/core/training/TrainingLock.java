package org.imodel.core.training;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;

/**
 * Serialises trainings in this JVM: DJL's PyTorch engine allows only one open gradient collector per JVM, so a
 * second training waits (in arrival order) until the first has finished, staying cancellable.
 */
public final class TrainingLock {

    private static final ReentrantLock LOCK = new ReentrantLock(true);
    private static final long POLL_MILLIS = 200;

    private TrainingLock() {
    }

    /**
     * Waits for the lock, reporting "waiting for another training to finish" while another training runs.
     *
     * @param progress progress and cancellation
     * @throws CancelledException when cancelled (or interrupted) while waiting
     * @throws IllegalStateException when this thread already trains (e.g. a training started from a listener)
     */
    public static void acquire(Progress progress) throws CancelledException {
        if (LOCK.isHeldByCurrentThread()) {
            throw new IllegalStateException("A training cannot be started from within another training on the same"
                    + " thread");
        }
        if (LOCK.tryLock()) {
            return;
        }
        progress.report(0, "waiting for another training to finish");
        while (true) {
            progress.checkCancelled();
            try {
                if (LOCK.tryLock(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException("Interrupted while waiting for another training to finish");
            }
        }
    }

    /** Releases the lock taken by {@link #acquire(Progress)}. */
    public static void release() {
        LOCK.unlock();
    }

    /** @return whether a training holds the lock now */
    public static boolean busy() {
        return LOCK.isLocked();
    }
}
