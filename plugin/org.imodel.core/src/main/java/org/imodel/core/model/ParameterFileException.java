package org.imodel.core.model;

import java.io.IOException;

/**
 * A parameter file ({@code .npy}, {@code .npz} or an iMODEL parameter stream) that cannot be read: the message
 * names the file, the entry and what is wrong.
 */
public final class ParameterFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming file and entry */
    public ParameterFileException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming file and entry
     * @param cause the underlying error
     */
    public ParameterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
