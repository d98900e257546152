package org.imodel.core.artifact;

import java.util.Arrays;

/**
 * The range of the data a model was trained on: per feature (raw, unscaled, in the model's feature order) and per
 * scenario channel (charge current, discharge current, temperature, in the model's scenario units) the smallest
 * and largest value over the training windows (features of the start rows, scenario values of every future step).
 * Forecasts whose inputs leave this box are extrapolations and are flagged.
 *
 * @param featureMin smallest value per feature
 * @param featureMax largest value per feature
 * @param scenarioMin smallest value per scenario channel
 * @param scenarioMax largest value per scenario channel
 */
public record TrainingEnvelope(double[] featureMin, double[] featureMax, double[] scenarioMin,
        double[] scenarioMax) {

    /** Checks the lengths and copies the arrays. */
    public TrainingEnvelope {
        if (featureMin.length != featureMax.length || scenarioMin.length != scenarioMax.length) {
            throw new IllegalArgumentException("inconsistent training envelope: " + featureMin.length + " feature"
                    + " minima, " + featureMax.length + " maxima, " + scenarioMin.length + " scenario minima, "
                    + scenarioMax.length + " maxima");
        }
        featureMin = featureMin.clone();
        featureMax = featureMax.clone();
        scenarioMin = scenarioMin.clone();
        scenarioMax = scenarioMax.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingEnvelope e && Arrays.equals(featureMin, e.featureMin)
                && Arrays.equals(featureMax, e.featureMax) && Arrays.equals(scenarioMin, e.scenarioMin)
                && Arrays.equals(scenarioMax, e.scenarioMax);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(featureMin) * 31 + Arrays.hashCode(scenarioMax);
    }

    @Override
    public String toString() {
        return "TrainingEnvelope[features " + Arrays.toString(featureMin) + ".." + Arrays.toString(featureMax)
                + ", scenario " + Arrays.toString(scenarioMin) + ".." + Arrays.toString(scenarioMax) + "]";
    }
}
