package org.imodel.core.progress;

/**
 * Waiting for worker threads to end even when the waiting thread is interrupted: a cancelled or failed run must not
 * return while its workers still use native resources (e.g. a network that the caller closes next).
 */
public final class Joins {

    private Joins() {
    }

    /**
     * Joins every thread, going on waiting when interrupted.
     *
     * @param threads the threads
     * @return whether the calling thread was interrupted while waiting (the caller restores the flag when it is done)
     */
    public static boolean joinAll(Iterable<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        return interrupted;
    }
}
