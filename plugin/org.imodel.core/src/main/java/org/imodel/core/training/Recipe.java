package org.imodel.core.training;

import java.util.Locale;

/**
 * How a model is trained.
 * <ul>
 * <li>{@link #REFERENCE}: as published (imodel-method.md &sect;5): loss MSE + diversity&middot;cv&sup2;, Adam with a
 * constant learning rate, validation every epoch with the diversity term inside the early-stopping criterion over
 * shuffled validation batches, early stopping after {@code patience} epochs without improvement, best state
 * kept.</li>
 * <li>{@link #RECOMMENDED}: the same model and training loss, but a thirty times higher initial learning
 * rate that follows a cosine down to 1/300 of itself over a fixed number of epochs (no early stop, so the run has a
 * known length), and model selection on the validation MSE alone (pooled over all validation windows, independent
 * of batch order) among the last {@code patience} epochs, where the rate is small and the model has settled. See
 * {@link TrainingSettings#defaults(int, Recipe)} for its values and the README for the measured figures.</li>
 * </ul>
 */
public enum Recipe {

    /** The published training procedure. */
    REFERENCE,
    /** Cosine learning-rate schedule and MSE-only model selection at its end: as accurate, much faster. */
    RECOMMENDED;

    /**
     * @param text "reference" or "recommended", case-insensitive
     * @return the recipe
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Recipe parse(String text) {
        if (text != null) {
            String t = text.strip().toUpperCase(Locale.ROOT);
            for (Recipe r : values()) {
                if (r.name().equals(t)) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("Unknown training recipe '" + text + "': use reference or recommended");
    }

    /** @return the lower-case name used in model files and on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
