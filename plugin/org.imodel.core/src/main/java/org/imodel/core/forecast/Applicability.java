package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.TrainingEnvelope;

/**
 * Whether a forecast's inputs lie inside the range of the model's training data (its {@link TrainingEnvelope}):
 * every raw feature of the cell state and every scenario value (in the model's units) between the training minimum
 * and maximum. Outside, the model extrapolates and the forecast deserves less trust.
 *
 * @param status inside, outside, or unknown (the model predates the envelope)
 * @param reason the first few values outside the envelope, e.g. {@code temperature 45 above the training maximum
 *        35}; empty when inside
 */
public record Applicability(Status status, String reason) {

    /** Outcome of the check. */
    public enum Status {
        /** All inputs inside the training range. */
        INSIDE,
        /** At least one input outside it. */
        OUTSIDE,
        /** The model carries no training envelope (written before it was recorded). */
        UNKNOWN
    }

    private static final int MAX_REASONS = 3;

    private static final Applicability INSIDE_RESULT = new Applicability(Status.INSIDE, "");

    /** The result for models without envelope. */
    public static final Applicability UNKNOWN = new Applicability(Status.UNKNOWN,
            "the model file predates the training envelope; train it again to get this check");

    /**
     * @param spec the model's spec
     * @param features raw features of the cell state
     * @param scenario {@code [P][3]} scenario values in the model's units
     * @return the verdict
     */
    public static Applicability check(ModelSpec spec, double[] features, float[][] scenario) {
        if (spec.envelope() == null) {
            return UNKNOWN;
        }
        return combine(featureReasons(spec, features), scenarioReasons(spec, scenario));
    }

    /**
     * The part of the check that depends on the cell alone (computed once per cell when it meets many scenarios).
     *
     * @param spec the model's spec, with an envelope
     * @param features raw features of the cell state
     * @return the first few features outside the envelope
     */
    static List<String> featureReasons(ModelSpec spec, double[] features) {
        TrainingEnvelope e = spec.envelope();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < features.length && reasons.size() < MAX_REASONS; i++) {
            outside(reasons, spec.featureNames().get(i), features[i], e.featureMin()[i], e.featureMax()[i]);
        }
        return reasons;
    }

    /**
     * The part of the check that depends on the scenario alone (computed once per scenario).
     *
     * @param spec the model's spec, with an envelope
     * @param scenario {@code [P][3]} scenario values in the model's units
     * @return the first few scenario channels outside the envelope
     */
    static List<String> scenarioReasons(ModelSpec spec, float[][] scenario) {
        TrainingEnvelope e = spec.envelope();
        List<String> reasons = new ArrayList<>();
        for (int c = 0; c < e.scenarioMin().length && reasons.size() < MAX_REASONS; c++) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (float[] step : scenario) {
                lo = Math.min(lo, step[c]);
                hi = Math.max(hi, step[c]);
            }
            // compared in float: the model sees float values, and the envelope came from the same float inputs
            String name = spec.scenarioChannels().get(c) + " (" + spec.scenarioUnits().get(c) + ")";
            float min = (float) e.scenarioMin()[c];
            float max = (float) e.scenarioMax()[c];
            outside(reasons, name, lo < min ? lo : hi, min, max);
        }
        return reasons;
    }

    /**
     * @param features reasons from {@link #featureReasons}
     * @param scenario reasons from {@link #scenarioReasons}
     * @return the verdict: the feature reasons first, at most {@value #MAX_REASONS} in all
     */
    static Applicability combine(List<String> features, List<String> scenario) {
        if (features.isEmpty() && scenario.isEmpty()) {
            return INSIDE_RESULT;
        }
        List<String> reasons = new ArrayList<>(features);
        for (int i = 0; i < scenario.size() && reasons.size() < MAX_REASONS; i++) {
            reasons.add(scenario.get(i));
        }
        return new Applicability(Status.OUTSIDE, String.join("; ", reasons));
    }

    private static void outside(List<String> reasons, String name, double v, double lo, double hi) {
        if (v < lo) {
            reasons.add(name + " " + (float) v + " below the training minimum " + (float) lo);
        } else if (v > hi) {
            reasons.add(name + " " + (float) v + " above the training maximum " + (float) hi);
        }
    }
}
