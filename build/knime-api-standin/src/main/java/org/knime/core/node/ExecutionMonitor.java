// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node;

import java.util.function.Supplier;

/**
 * Progress and cancellation. A sub-progress monitor maps its 0..1 onto the next maxProg of its parent's progress
 * (from where the parent stood when the sub-monitor was created), as KNIME documents; all monitors of one
 * execution share one cancel request, which checkCanceled() turns into a CanceledExecutionException.
 */
public class ExecutionMonitor {

    private final ProgressState state;
    private final ExecutionMonitor parent;
    private final double base;
    private final double scale;
    private double local;

    public ExecutionMonitor() {
        this(new ProgressState(), null, 0, 1);
    }

    ExecutionMonitor(final ProgressState state, final ExecutionMonitor parent, final double base,
        final double scale) {
        this.state = state;
        this.parent = parent;
        this.base = base;
        this.scale = scale;
    }

    final ProgressState state() {
        return state;
    }

    final double localProgress() {
        return local;
    }

    public void checkCanceled() throws CanceledExecutionException {
        state.check();
    }

    public void setProgress(final double progress) {
        update(progress, null);
    }

    public void setProgress(final double progress, final String message) {
        update(progress, message);
    }

    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        update(progress, messageSupplier == null ? null : messageSupplier.get());
    }

    public void setProgress(final String message) {
        update(Double.NaN, message);
    }

    public void setMessage(final String message) {
        update(Double.NaN, message);
    }

    public void setMessage(final Supplier<String> messageSupplier) {
        update(Double.NaN, messageSupplier == null ? null : messageSupplier.get());
    }

    private void update(final double progress, final String message) {
        if (!Double.isNaN(progress)) {
            local = Math.max(0, Math.min(1, progress));
        }
        double overall = Double.isNaN(progress) ? Double.NaN : overall(local);
        state.report(overall, message);
    }

    private double overall(final double value) {
        double mine = base + value * scale;
        return parent == null ? mine : parent.overall(mine);
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(state, this, local, maxProg);
    }

    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        return createSubProgress(maxProg);
    }

    public ExecutionMonitor createNonCancelableSubProgress() {
        return new ExecutionMonitor(new ProgressState(), this, local, 0);
    }

    // ---- test hooks, called reflectively by test harnesses (not KNIME API) ----

    @SuppressWarnings("unused")
    private void cancelAtCheck(final long n) {
        state.cancelAtCheck(n);
    }

    @SuppressWarnings("unused")
    private double overallProgress() {
        return state.progress();
    }

    @SuppressWarnings("unused")
    private String lastMessage() {
        return state.message();
    }

    @SuppressWarnings("unused")
    private long cancelChecks() {
        return state.checks();
    }
}
