// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node;

/**
 * State shared by an execution monitor and its sub-monitors: overall progress, the last message, and the cancel
 * request. Test harnesses request a cancel (now, or at the n-th check) through ExecutionMonitor's private hooks.
 */
final class ProgressState {

    private volatile boolean canceled;
    private long checks;
    private long cancelAtCheck = -1;
    private double progress;
    private String message;
    private long reports;

    synchronized void check() throws CanceledExecutionException {
        checks++;
        if (cancelAtCheck >= 0 && checks >= cancelAtCheck) {
            canceled = true;
        }
        if (canceled) {
            throw new CanceledExecutionException("Execution canceled");
        }
    }

    synchronized void cancelAtCheck(final long n) {
        cancelAtCheck = n;
        canceled = n == 0;
    }

    synchronized void report(final double value, final String text) {
        if (!Double.isNaN(value)) {
            progress = Math.max(0, Math.min(1, value));
        }
        if (text != null) {
            message = text;
        }
        reports++;
    }

    synchronized double progress() {
        return progress;
    }

    synchronized String message() {
        return message;
    }

    synchronized long checks() {
        return checks;
    }

    synchronized long reports() {
        return reports;
    }
}
