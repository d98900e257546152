package org.imodel.core.rollout;

import java.util.Arrays;

/**
 * How a cell's state moves over one horizon of P cycles under a given use: a linear (ridge) map, fitted on the
 * training cells by {@link RolloutFit}, from today's state and the coming use to the state P rows later. It lets a
 * model trained for P cycles forecast further by chaining windows: forecast P cycles, step the state, forecast the
 * next P, and so on.
 *
 * <p>The state is the model's input besides the scenario: the re-gridded partial-charge curve (L points, Ah) and
 * the raw feature vector (F values). The map's inputs are the state, the mean of each scenario channel over the P
 * steps (model units) and the capacity change the model predicts over them (last step minus first, Ah); its output
 * is the change of the state: {@code next = state + b + W * (x - mean) / scale}.
 *
 * @param version layout version of this map ({@link #VERSION})
 * @param horizon P, the rows between the two states
 * @param curveLength L
 * @param features F
 * @param ridge the ridge penalty chosen (per window, on standardized inputs)
 * @param inputMean mean of each input over the fitting pairs (L + F + 3 + 1 values)
 * @param inputScale standard deviation of each input (1 where it does not vary)
 * @param intercept mean state change over the fitting pairs (L + F values)
 * @param weights {@code [input][output]} coefficients on the standardized inputs
 * @param pairs number of training pairs (state, state P rows later) the map was fitted on
 * @param validationError root mean square error of the state change on the validation pairs, each output in units
 *        of the spread of its change over the training pairs (NaN when there were none)
 */
public record RolloutMap(int version, int horizon, int curveLength, int features, double ridge, double[] inputMean,
        double[] inputScale, double[] intercept, double[][] weights, int pairs, double validationError) {

    /** Layout version written by this code. */
    public static final int VERSION = 1;

    /** Scenario summaries among the inputs: mean charge current, mean discharge current, mean temperature. */
    public static final int SCENARIO_INPUTS = 3;

    /** Checks the sizes. */
    public RolloutMap {
        int in = inputs(curveLength, features);
        int out = curveLength + features;
        if (horizon < 1 || curveLength < 1 || features < 0) {
            throw new IllegalArgumentException("rollout map: horizon " + horizon + ", curve length " + curveLength
                    + ", features " + features);
        }
        if (inputMean.length != in || inputScale.length != in || intercept.length != out || weights.length != in) {
            throw new IllegalArgumentException("rollout map: " + inputMean.length + " input means, "
                    + inputScale.length + " input scales, " + weights.length + " weight rows (expected " + in
                    + "), " + intercept.length + " intercepts (expected " + out + ")");
        }
        for (double[] row : weights) {
            if (row.length != out) {
                throw new IllegalArgumentException("rollout map: a weight row has " + row.length + " outputs, expected "
                        + out);
            }
        }
    }

    /**
     * @param curveLength L
     * @param features F
     * @return the number of inputs of a map: L + F + 3 scenario means + 1 capacity change
     */
    public static int inputs(int curveLength, int features) {
        return curveLength + features + SCENARIO_INPUTS + 1;
    }

    /**
     * @param ci today's curve (L values)
     * @param features today's raw features (F values)
     * @param scenarioMean mean charge, discharge and temperature over the P steps (model units)
     * @param capacityChange predicted capacity at the last step minus at the first (Ah)
     * @return the state P rows later: {@code [0]} the curve, {@code [1]} the features
     */
    public double[][] next(double[] ci, double[] features, double[] scenarioMean, double capacityChange) {
        double[] x = input(ci, features, scenarioMean, capacityChange);
        double[] delta = intercept.clone();
        for (int i = 0; i < x.length; i++) {
            double z = (x[i] - inputMean[i]) / inputScale[i];
            double[] w = weights[i];
            for (int o = 0; o < delta.length; o++) {
                delta[o] += w[o] * z;
            }
        }
        double[] nextCi = new double[curveLength];
        double[] nextFeatures = new double[this.features];
        for (int j = 0; j < curveLength; j++) {
            nextCi[j] = ci[j] + delta[j];
        }
        for (int j = 0; j < this.features; j++) {
            nextFeatures[j] = features[j] + delta[curveLength + j];
        }
        return new double[][] {nextCi, nextFeatures};
    }

    /**
     * @return the map's input vector: curve, features, scenario means, capacity change
     */
    static double[] input(double[] ci, double[] features, double[] scenarioMean, double capacityChange) {
        double[] x = new double[ci.length + features.length + SCENARIO_INPUTS + 1];
        System.arraycopy(ci, 0, x, 0, ci.length);
        System.arraycopy(features, 0, x, ci.length, features.length);
        System.arraycopy(scenarioMean, 0, x, ci.length + features.length, SCENARIO_INPUTS);
        x[x.length - 1] = capacityChange;
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RolloutMap m && version == m.version && horizon == m.horizon
                && curveLength == m.curveLength && features == m.features && Double.compare(ridge, m.ridge) == 0
                && pairs == m.pairs && Double.compare(validationError, m.validationError) == 0
                && Arrays.equals(inputMean, m.inputMean) && Arrays.equals(inputScale, m.inputScale)
                && Arrays.equals(intercept, m.intercept) && Arrays.deepEquals(weights, m.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(intercept) * 31 + Arrays.deepHashCode(weights);
    }

    @Override
    public String toString() {
        return "RolloutMap[horizon " + horizon + ", " + curveLength + " curve points, " + features + " features, "
                + pairs + " pairs, ridge " + ridge + ", validation error " + validationError + "]";
    }
}
