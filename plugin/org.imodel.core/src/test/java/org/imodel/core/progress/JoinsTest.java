package org.imodel.core.progress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** {@link Joins}: an interrupted caller still waits for its workers and says that it was interrupted. */
class JoinsTest {

    @Test
    void waitsForEveryWorkerThroughAnInterrupt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        AtomicBoolean reported = new AtomicBoolean();
        AtomicBoolean workerAliveAfter = new AtomicBoolean(true);
        Thread caller = new Thread(() -> {
            reported.set(Joins.joinAll(List.of(worker)));
            workerAliveAfter.set(worker.isAlive());
        });
        caller.start();
        caller.interrupt();
        TimeUnit.MILLISECONDS.sleep(100);
        assertTrue(caller.isAlive(), "the caller still waits for the worker after its interrupt");
        release.countDown();
        caller.join(10_000);
        assertFalse(caller.isAlive());
        assertTrue(reported.get(), "the interrupt is reported");
        assertFalse(workerAliveAfter.get(), "the worker had ended when joinAll returned");
    }

    @Test
    void finishedWorkersNeedNoWaitAndNoInterruptIsReported() throws Exception {
        Thread done = new Thread(() -> { });
        done.start();
        done.join();
        assertFalse(Joins.joinAll(List.of(done)));
    }
}
