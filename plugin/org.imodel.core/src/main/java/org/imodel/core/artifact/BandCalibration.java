package org.imodel.core.artifact;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which forecasts an ensemble's spread scale was fitted on (see {@link Ensemble#spreadScale()}).
 */
public enum BandCalibration {

    /**
     * Cross-fitted (the default): member i does not train on fold i of the training cells, so its forecasts there
     * are out of fold; the scale is fitted on those forecasts (each training cell's windows, centred on the forecast
     * of the member that left it out) together with the validation cells' windows (centred on the ensemble mean).
     */
    CROSS("cross"),

    /** On the validation cells only (centred on the ensemble mean): every member trains on all training cells. */
    VALIDATION("validation");

    private final String label;

    BandCalibration(String label) {
        this.label = label;
    }

    /** @return the name used on the command line, in settings and in model files */
    public String label() {
        return label;
    }

    /**
     * @param text a label ({@code cross} or {@code validation}, any case, surrounding blanks ignored)
     * @return the calibration
     * @throws IllegalArgumentException naming the valid labels
     */
    public static BandCalibration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (BandCalibration c : values()) {
            if (c.label.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown band calibration '" + text + "': use one of "
                + Arrays.stream(values()).map(BandCalibration::label).toList() + " (cross: fitted on out-of-fold"
                + " forecasts of the training cells and on the validation cells; validation: on the validation cells"
                + " only)");
    }
}
