package org.imodel.core.model;

/**
 * Parameters that do not fit the network: a missing or unexpected name, a wrong shape or a non-finite value. The
 * message names the parameter (as given and as mapped) with the expected and the actual shape.
 */
public final class IncompatibleParametersException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what does not fit */
    public IncompatibleParametersException(String message) {
        super(message);
    }
}
