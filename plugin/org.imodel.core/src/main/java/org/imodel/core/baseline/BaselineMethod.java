package org.imodel.core.baseline;

import java.util.Arrays;
import java.util.Locale;

/** The paper's history baselines (imodel-method.md &sect;7), with their published history and horizon. */
public enum BaselineMethod {

    /** Cubic fit of the cell's own previous 50 capacities, 50 predicted. */
    POLYNOMIAL("polynomial", PolynomialBaseline.DEFAULT_HISTORY, PolynomialBaseline.DEFAULT_HORIZON,
            PolynomialBaseline.DEGREE + 1),

    /** MLP on the cell's previous 10 capacities, 100 predicted; trained on training cells. */
    MLP("mlp", MlpBaseline.DEFAULT_HISTORY, MlpBaseline.DEFAULT_HORIZON, 1);

    private final String label;
    private final int history;
    private final int horizon;
    private final int minimumHistory;

    BaselineMethod(String label, int history, int horizon, int minimumHistory) {
        this.label = label;
        this.history = history;
        this.horizon = horizon;
        this.minimumHistory = minimumHistory;
    }

    /** @return the fewest capacities the method can read (a cubic needs 4) */
    public int minimumHistory() {
        return minimumHistory;
    }

    /** @return the name in outputs, settings and on the command line */
    public String label() {
        return label;
    }

    /** @return the published number of capacities the method reads */
    public int defaultHistory() {
        return history;
    }

    /** @return the published number of capacities the method predicts */
    public int defaultHorizon() {
        return horizon;
    }

    /**
     * @param text a label, any case
     * @return the method
     * @throws IllegalArgumentException naming the labels when unknown
     */
    public static BaselineMethod parse(String text) {
        for (BaselineMethod m : values()) {
            if (m.label.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown baseline method '" + text + "'; choose one of "
                + Arrays.stream(values()).map(BaselineMethod::label).toList().toString().toLowerCase(Locale.ROOT));
    }
}
