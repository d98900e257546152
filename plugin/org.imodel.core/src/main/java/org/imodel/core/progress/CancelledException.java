package org.imodel.core.progress;

/** Thrown by {@link Progress#checkCancelled()} when the user cancelled the work. */
public final class CancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what was cancelled */
    public CancelledException(String message) {
        super(message);
    }
}
