// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import java.util.function.Supplier;

public class ExecutionMonitor {

    public ExecutionMonitor() {
    }

    public void checkCanceled() throws CanceledExecutionException {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setProgress(final double progress) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setProgress(final double progress, final String message) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setProgress(final String message) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setMessage(final String message) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void setMessage(final Supplier<String> messageSupplier) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public ExecutionMonitor createNonCancelableSubProgress() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
