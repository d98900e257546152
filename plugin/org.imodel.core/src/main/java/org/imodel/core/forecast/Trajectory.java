package org.imodel.core.forecast;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The forecast of one cell under one scenario: the predicted discharge capacity of each step, step 0 being the cell
 * state's own cycle and step k the k-th cycle after it, and the SOH those capacities give. The first
 * {@code directSteps} steps come straight from the model (its horizon P, or fewer); later steps come from rolling
 * the cell state forward ({@link Rollout}).
 *
 * @param cellId cell id
 * @param scenario scenario name
 * @param startCycle the cycle of the cell state (step 0)
 * @param capacityAh predicted capacity per step (Ah)
 * @param nominalAh the capacity SOH refers to (Ah); NaN when unknown (SOH is then NaN too)
 * @param applicability whether the inputs lie inside the training data's range
 * @param bandLowAh an ensemble's lower band edge per step (Ah), or null for a single model
 * @param bandHighAh an ensemble's upper band edge per step (Ah), or null for a single model
 * @param directSteps how many leading steps the model forecast directly (the rest are rolled out)
 */
public record Trajectory(String cellId, String scenario, int startCycle, float[] capacityAh, double nominalAh,
        Applicability applicability, float[] bandLowAh, float[] bandHighAh, int directSteps) {

    /**
     * A single model's trajectory (no band).
     *
     * @param cellId cell id
     * @param scenario scenario name
     * @param startCycle the cell state's cycle
     * @param capacityAh predicted capacity per step
     * @param nominalAh nominal capacity
     * @param applicability applicability
     */
    public Trajectory(String cellId, String scenario, int startCycle, float[] capacityAh, double nominalAh,
            Applicability applicability) {
        this(cellId, scenario, startCycle, capacityAh, nominalAh, applicability, null, null);
    }

    /**
     * A trajectory forecast directly, every step within the model's horizon.
     *
     * @param cellId cell id
     * @param scenario scenario name
     * @param startCycle the cell state's cycle
     * @param capacityAh predicted capacity per step
     * @param nominalAh nominal capacity
     * @param applicability applicability
     * @param bandLowAh an ensemble's lower band edge per step, or null
     * @param bandHighAh an ensemble's upper band edge per step, or null
     */
    public Trajectory(String cellId, String scenario, int startCycle, float[] capacityAh, double nominalAh,
            Applicability applicability, float[] bandLowAh, float[] bandHighAh) {
        this(cellId, scenario, startCycle, capacityAh, nominalAh, applicability, bandLowAh, bandHighAh,
                capacityAh.length);
    }

    /**
     * @param step 0-based step
     * @return whether the step lies beyond the model's horizon (forecast from a rolled-out cell state)
     */
    public boolean rolledOut(int step) {
        return step >= directSteps;
    }

    /**
     * @param n number of steps to keep, 1 .. {@link #steps()}
     * @return this trajectory's first n steps (this trajectory when it has n)
     */
    public Trajectory firstSteps(int n) {
        if (n == capacityAh.length) {
            return this;
        }
        return new Trajectory(cellId, scenario, startCycle, Arrays.copyOf(capacityAh, n), nominalAh, applicability,
                bandLowAh == null ? null : Arrays.copyOf(bandLowAh, n),
                bandHighAh == null ? null : Arrays.copyOf(bandHighAh, n), Math.min(n, directSteps));
    }

    /** @return whether the trajectory has a band (an ensemble's) */
    public boolean hasBand() {
        return bandLowAh != null;
    }

    /** @return the number of steps */
    public int steps() {
        return capacityAh.length;
    }

    /**
     * @param step 0-based step
     * @return the cycle that step predicts
     */
    public int cycle(int step) {
        return startCycle + step;
    }

    /**
     * @param step 0-based step
     * @return predicted capacity / nominal capacity
     */
    public double soh(int step) {
        return capacityAh[step] / nominalAh;
    }

    /**
     * @param threshold SOH threshold, e.g. 0.8
     * @return the first cycle whose predicted SOH is at or below the threshold; empty when the SOH stays above it
     *         up to the last step ("beyond the horizon") or is unknown
     */
    public OptionalInt crossingCycle(double threshold) {
        for (int k = 0; k < capacityAh.length; k++) {
            if (soh(k) <= threshold) {
                return OptionalInt.of(cycle(k));
            }
        }
        return OptionalInt.empty();
    }

    /** @return the predicted capacity at the end of the horizon (Ah) */
    public double endCapacityAh() {
        return capacityAh[capacityAh.length - 1];
    }
}
