package org.imodel.core.model;

/**
 * Hyperparameters of the iMODEL network (method notes &sect;4): {@code experts} linear experts map the
 * capacity-increment curve (length {@code curveLength}) to a trend over {@code horizon} cycles; a gate
 * {@code Linear(features -> experts)} with the top-k "decomposition" transform mixes them; a one-layer BiLSTM
 * (hidden {@code hiddenSize}) over [trend, charge, discharge, temperature] and a {@code Linear(2H -> 1)} head give
 * the capacity forecast.
 *
 * @param experts number of experts E (reference: 5)
 * @param topK number k of "top" experts in the gate transform, 1..E (reference: 2)
 * @param alpha scale &alpha; of the gate transform (reference: 10)
 * @param hiddenSize LSTM hidden size H per direction (reference: 64; 128 for the TPSL-Arbitrary checkpoint)
 * @param horizon forecast horizon P in cycles (reference: 50; 10 for CY25-1_1)
 * @param curveLength length L of the capacity-increment curve (reference: 50)
 * @param features number F of gate input features (12 for UL and LSD, 6 for TPSL)
 * @param diversityWeight weight of the cv&sup2; load-balancing term in the training loss (reference: 0.5)
 */
public record ImodelConfig(int experts, int topK, double alpha, int hiddenSize, int horizon, int curveLength,
        int features, double diversityWeight) {

    /** Number of scenario inputs per step: charge current, discharge current, temperature. */
    public static final int SCENARIO_INPUTS = 3;

    /** LSTM input size: the gated trend plus the scenario inputs. */
    public static final int LSTM_INPUTS = 1 + SCENARIO_INPUTS;

    /** Validates the values. */
    public ImodelConfig {
        positive("experts", experts);
        positive("hiddenSize", hiddenSize);
        positive("horizon", horizon);
        positive("curveLength", curveLength);
        positive("features", features);
        if (topK < 1 || topK > experts) {
            throw new IllegalArgumentException("topK must be between 1 and the number of experts (" + experts
                    + "), got " + topK);
        }
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a positive finite number, got " + alpha);
        }
        if (!(diversityWeight >= 0) || Double.isInfinite(diversityWeight)) {
            throw new IllegalArgumentException("diversityWeight must be a finite number >= 0, got "
                    + diversityWeight);
        }
    }

    /**
     * The reference settings (E 5, k 2, &alpha; 10, H 64, L 50, diversity 0.5) with the given horizon and
     * feature count.
     *
     * @param horizon forecast horizon P
     * @param features gate input features F (12 for UL/LSD, 6 for TPSL)
     * @return the configuration
     */
    public static ImodelConfig reference(int horizon, int features) {
        return new ImodelConfig(5, 2, 10, 64, horizon, 50, features, 0.5);
    }

    /** @return the reference settings with P = 50 and F = 12 (48 809 parameters) */
    public static ImodelConfig defaults() {
        return reference(50, 12);
    }

    /**
     * @param newHorizon horizon P
     * @return a copy with another horizon
     */
    public ImodelConfig withHorizon(int newHorizon) {
        return new ImodelConfig(experts, topK, alpha, hiddenSize, newHorizon, curveLength, features,
                diversityWeight);
    }

    /**
     * @param newHiddenSize hidden size H
     * @return a copy with another LSTM hidden size
     */
    public ImodelConfig withHiddenSize(int newHiddenSize) {
        return new ImodelConfig(experts, topK, alpha, newHiddenSize, horizon, curveLength, features,
                diversityWeight);
    }

    /** @return parameters of the experts: E&middot;(L&middot;P + P) */
    public long expertParameterCount() {
        return (long) experts * ((long) curveLength * horizon + horizon);
    }

    /** @return parameters of the gate layer and the noise matrix: F&middot;E + E + E&middot;E */
    public long gateParameterCount() {
        return (long) features * experts + experts + (long) experts * experts;
    }

    /** @return parameters of the BiLSTM: 2&middot;(4H&middot;(4 + H) + 2&middot;4H) */
    public long lstmParameterCount() {
        long gates = 4L * hiddenSize;
        return 2 * (gates * (LSTM_INPUTS + hiddenSize) + 2 * gates);
    }

    /** @return parameters of the head: 2H + 1 */
    public long headParameterCount() {
        return 2L * hiddenSize + 1;
    }

    /**
     * Floating-point operations of one forecast in evaluation mode (2 per multiply-add): experts {@code E·P·L}, gate
     * {@code F·E}, mixture {@code E·P}, BiLSTM {@code 2·P·4H·(4 + H)} and head {@code P·2H} multiply-adds; the
     * activations are not counted. About 3.5 million for the defaults, nearly all in the BiLSTM's recurrent products.
     *
     * @return operations per forecast
     */
    public long forecastFlops() {
        long macs = (long) experts * horizon * curveLength + (long) features * experts + (long) experts * horizon
                + 2L * horizon * 4L * hiddenSize * (LSTM_INPUTS + hiddenSize) + 2L * horizon * hiddenSize;
        return 2 * macs;
    }

    /** @return total trainable parameters (48 809 for the defaults, as in PyTorch) */
    public long parameterCount() {
        return expertParameterCount() + gateParameterCount() + lstmParameterCount() + headParameterCount();
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
