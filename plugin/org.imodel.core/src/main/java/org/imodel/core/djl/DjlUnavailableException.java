package org.imodel.core.djl;

/** Thrown when the PyTorch engine cannot be started on this machine; the message says what to check. */
public final class DjlUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and what to check
     * @param cause the underlying error
     */
    public DjlUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
