package org.imodel.knime.common;

import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Lets engine code report progress to, and be cancelled by, a KNIME execution monitor. */
public final class KnimeProgress implements Progress {

    private final ExecutionMonitor monitor;

    /** @param monitor the node's monitor */
    public KnimeProgress(ExecutionMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void report(double fraction, String message) {
        monitor.setProgress(fraction, message);
    }

    @Override
    public void checkCancelled() throws CancelledException {
        try {
            monitor.checkCanceled();
        } catch (CanceledExecutionException e) {
            throw new CancelledException("cancelled by the user");
        }
    }

    /**
     * @param e engine cancellation
     * @return the KNIME exception to rethrow from execute()
     */
    public static CanceledExecutionException toKnime(CancelledException e) {
        return new CanceledExecutionException(e.getMessage());
    }
}
