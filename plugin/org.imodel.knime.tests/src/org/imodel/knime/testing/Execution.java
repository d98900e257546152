package org.imodel.knime.testing;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;

/**
 * One execution as KNIME's framework would start it: a fresh execution context whose cancel button a test can
 * press (now, or at the n-th cancellation check) and whose overall progress and message it can read.
 */
public final class Execution {

    private final ExecutionContext context = Internals.construct(ExecutionContext.class, new Class<?>[0]);

    /** @return the context to hand to the node */
    public ExecutionContext context() {
        return context;
    }

    /**
     * Requests cancellation from the n-th call of checkCanceled on (n = 1: the first check; 0: already cancelled).
     *
     * @param n check number
     * @return this
     */
    public Execution cancelAtCheck(long n) {
        Internals.callUnchecked(context, ExecutionMonitor.class, "cancelAtCheck", new Class<?>[] {long.class}, n);
        return this;
    }

    /** @return overall progress 0..1 reported so far */
    public double progress() {
        return (Double) Internals.callUnchecked(context, ExecutionMonitor.class, "overallProgress", new Class<?>[0]);
    }

    /** @return the last progress message, or null */
    public String message() {
        return (String) Internals.callUnchecked(context, ExecutionMonitor.class, "lastMessage", new Class<?>[0]);
    }

    /** @return how often the node checked for cancellation */
    public long cancelChecks() {
        return (Long) Internals.callUnchecked(context, ExecutionMonitor.class, "cancelChecks", new Class<?>[0]);
    }
}
