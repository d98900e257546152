package org.imodel.core.progress;

/**
 * Progress and cancellation for long engine work: the KNIME layer adapts its ExecutionMonitor to this, the CLI
 * prints. Implementations must be cheap to call often.
 */
public interface Progress {

    /** A progress that reports nothing and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction, String message) {
            // silent
        }

        @Override
        public void checkCancelled() {
            // never cancelled
        }
    };

    /**
     * @param fraction done so far, 0..1
     * @param message what is being done, e.g. "Reading 12.csv (3 of 86)"
     */
    void report(double fraction, String message);

    /**
     * @throws CancelledException when the user cancelled
     */
    void checkCancelled() throws CancelledException;

    /**
     * @param from where the part starts, 0..1
     * @param to where it ends, from..1
     * @return a progress that maps this part's 0..1 onto [from, to] of this progress
     */
    default Progress part(double from, double to) {
        Progress whole = this;
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                whole.report(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }

            @Override
            public void checkCancelled() throws CancelledException {
                whole.checkCancelled();
            }
        };
    }
}
