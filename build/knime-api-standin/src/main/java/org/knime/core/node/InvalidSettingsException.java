// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(final String message) {
        super(message);
    }

    public InvalidSettingsException(final String message, final Throwable cause) {
        super(message, cause);
    }

    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }
}
