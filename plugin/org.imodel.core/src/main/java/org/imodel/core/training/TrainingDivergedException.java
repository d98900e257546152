package org.imodel.core.training;

/** The training loss of a step was not finite; the parameters may already be spoilt. */
final class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final double loss;

    /** @param loss the offending loss (NaN or infinite) */
    TrainingDivergedException(double loss) {
        super("The training loss became " + loss);
        this.loss = loss;
    }

    /** @return the offending loss */
    double loss() {
        return loss;
    }
}
