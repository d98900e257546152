package org.imodel.core.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * The iMODEL network as a DJL block (method notes &sect;4).
 *
 * <p>Inputs {@code NDList(ci [B, L], features [B, F], scenario [B, P, 3])}, the scenario holding charge current,
 * discharge current and temperature per future step; in training also {@code noise [B, E]}. Outputs {@code NDList(predictions [B, P], gates [B, E],
 * logits [B, E])}; in training the logits are the noisy ones that were gated.
 *
 * <p>The E experts {@code Linear(L -> P)} are fused into one {@code Linear(L -> E·P)}: expert i owns rows
 * {@code i·P … (i+1)·P−1} of {@link #EXPERTS_WEIGHT} and {@link #EXPERTS_BIAS}. In training, the logits get noise
 * {@code z·(softplus(logits·Wn) + 1e-5)}, where {@code z [B, E]} is a fourth input of standard-normal samples drawn
 * by the caller ({@link GateNoise}: one generator per training run, so concurrent trainings never share a random
 * stream). Gates come from {@link TopKGate}; the gated trend and the scenario go through a {@link BiLstmBlock} and a
 * {@code Linear(2H -> 1)} head at every step.
 *
 * <p>Parameters are initialised like PyTorch: U(&plusmn;1/&radic;fan_in) for the linear weights and biases,
 * U(&plusmn;1/&radic;H) for the LSTM, zeros for the noise matrix.
 */
public final class ImodelBlock extends AbstractBlock {

    /** Name of the noise matrix Wn (E&times;E). */
    public static final String W_NOISE = "w_noise";
    /** Name of the fused expert weight (E&middot;P &times; L). */
    public static final String EXPERTS_WEIGHT = "experts.weight";
    /** Name of the fused expert bias (E&middot;P). */
    public static final String EXPERTS_BIAS = "experts.bias";
    /** Name of the gate weight (E &times; F). */
    public static final String GATE_WEIGHT = "features_fc.weight";
    /** Name of the gate bias (E). */
    public static final String GATE_BIAS = "features_fc.bias";
    /** Name of the head weight (1 &times; 2H). */
    public static final String HEAD_WEIGHT = "fc_final.weight";
    /** Name of the head bias (1). */
    public static final String HEAD_BIAS = "fc_final.bias";
    /** Name of the BiLSTM child block. */
    public static final String LSTM = "lstm";

    /** Added to the noise standard deviation, as in the reference. */
    static final float NOISE_EPSILON = 1e-5f;

    private static final byte VERSION = 1;

    private final ImodelConfig config;
    private final Parameter wNoise;
    private final Parameter expertsWeight;
    private final Parameter expertsBias;
    private final Parameter gateWeight;
    private final Parameter gateBias;
    private final Parameter headWeight;
    private final Parameter headBias;
    private final BiLstmBlock lstm;

    /** @param config the hyperparameters */
    public ImodelBlock(ImodelConfig config) {
        super(VERSION);
        this.config = config;
        int e = config.experts();
        int p = config.horizon();
        int l = config.curveLength();
        int f = config.features();
        int h = config.hiddenSize();
        wNoise = add(W_NOISE, Parameter.Type.OTHER, new Shape(e, e), Initializer.ZEROS);
        expertsWeight = add(EXPERTS_WEIGHT, Parameter.Type.WEIGHT, new Shape((long) e * p, l), uniform(l));
        expertsBias = add(EXPERTS_BIAS, Parameter.Type.BIAS, new Shape((long) e * p), uniform(l));
        gateWeight = add(GATE_WEIGHT, Parameter.Type.WEIGHT, new Shape(e, f), uniform(f));
        gateBias = add(GATE_BIAS, Parameter.Type.BIAS, new Shape(e), uniform(f));
        headWeight = add(HEAD_WEIGHT, Parameter.Type.WEIGHT, new Shape(1, 2L * h), uniform(2 * h));
        headBias = add(HEAD_BIAS, Parameter.Type.BIAS, new Shape(1), uniform(2 * h));
        lstm = addChildBlock(LSTM, new BiLstmBlock(ImodelConfig.LSTM_INPUTS, h));
    }

    /** @return the hyperparameters */
    public ImodelConfig config() {
        return config;
    }

    /** @return the BiLSTM child */
    public BiLstmBlock lstm() {
        return lstm;
    }

    /**
     * @param name one of the name constants of this class
     * @return that direct parameter
     */
    public Parameter parameter(String name) {
        Parameter parameter = getDirectParameters().get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("no parameter named '" + name + "'; known: "
                    + getDirectParameters().keys());
        }
        return parameter;
    }

    /**
     * Input shapes for a batch of the given size, for {@code initialize} and trainers.
     *
     * @param batchSize B
     * @return {@code [B, L]}, {@code [B, F]}, {@code [B, P, 3]}
     */
    public Shape[] inputShapes(long batchSize) {
        return new Shape[] {new Shape(batchSize, config.curveLength()), new Shape(batchSize, config.features()),
            new Shape(batchSize, config.horizon(), ImodelConfig.SCENARIO_INPUTS)};
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        checkInputs(inputs, training);
        NDArray ci = inputs.get(0);
        NDArray features = inputs.get(1);
        NDArray scenario = inputs.get(2);
        Device device = ci.getDevice();
        int p = config.horizon();

        NDArray logits = Linear.linear(features, ps.getValue(gateWeight, device, training),
                ps.getValue(gateBias, device, training)).head();
        if (training) {
            NDArray std = Activation.softPlus(logits.matMul(ps.getValue(wNoise, device, training)))
                    .add(NOISE_EPSILON);
            logits = logits.add(inputs.get(3).mul(std));
        }
        NDArray gates = TopKGate.gates(logits, config.topK(), (float) config.alpha());
        NDArray trend = expertTrend(ps, ci, gates, training);
        NDArray lstmInput = NDArrays.concat(new NDList(trend, scenario), 2);
        NDArray hidden = lstm.forward(ps, new NDList(lstmInput), training).head();
        NDArray predictions = Linear.linear(hidden, ps.getValue(headWeight, device, training),
                ps.getValue(headBias, device, training)).head().reshape(-1, p);
        return new NDList(predictions, gates, logits);
    }

    /**
     * The experts and the gated trend: one {@code Linear(L -> E·P)} for all experts, then
     * {@code trend[b, t] = Σ_i gates[b, i] · expert_i[b, t]} as one batched product.
     *
     * @param ps parameter store
     * @param ci {@code [B, L]} expert input
     * @param gates {@code [B, E]} expert weights
     * @param training training mode
     * @return {@code [B, P, 1]} the trend, shaped as the first LSTM input feature
     */
    NDArray expertTrend(ParameterStore ps, NDArray ci, NDArray gates, boolean training) {
        NDArray experts = experts(ps, ci, training);
        return gates.expandDims(1).matMul(experts).reshape(-1, config.horizon(), 1);
    }

    /**
     * Each expert's own output, in evaluation mode.
     *
     * @param ps parameter store
     * @param ci {@code [B, L]} expert input
     * @return {@code [B, E, P]} expert i's trend {@code W_i·ci + b_i}
     */
    NDArray expertOutputs(ParameterStore ps, NDArray ci) {
        return experts(ps, ci, false);
    }

    private NDArray experts(ParameterStore ps, NDArray ci, boolean training) {
        Device device = ci.getDevice();
        return Linear.linear(ci, ps.getValue(expertsWeight, device, training),
                ps.getValue(expertsBias, device, training)).head().reshape(-1, config.experts(), config.horizon());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return new Shape[] {new Shape(batch, config.horizon()), new Shape(batch, config.experts()),
            new Shape(batch, config.experts())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes.length > 0 ? inputShapes[0].get(0) : 1;
        lstm.initialize(manager, dataType, new Shape(batch, config.horizon(), ImodelConfig.LSTM_INPUTS));
    }

    private void checkInputs(NDList inputs, boolean training) {
        if (training && inputs.size() != 4) {
            throw new IllegalArgumentException("iMODEL expects 4 inputs in training (ci, features, scenario, gate"
                    + " noise from GateNoise), got " + inputs.size());
        }
        if (!training && inputs.size() != 3) {
            throw new IllegalArgumentException("iMODEL expects 3 inputs (ci, features, scenario), got "
                    + inputs.size());
        }
        Shape ci = inputs.get(0).getShape();
        Shape f = inputs.get(1).getShape();
        Shape s = inputs.get(2).getShape();
        long b = ci.get(0);
        if (ci.dimension() != 2 || ci.get(1) != config.curveLength() || f.dimension() != 2 || f.get(0) != b
                || f.get(1) != config.features() || s.dimension() != 3 || s.get(0) != b
                || s.get(1) != config.horizon() || s.get(2) != ImodelConfig.SCENARIO_INPUTS) {
            throw new IllegalArgumentException("iMODEL inputs must be ci [B, " + config.curveLength()
                    + "], features [B, " + config.features() + "], scenario [B, " + config.horizon() + ", "
                    + ImodelConfig.SCENARIO_INPUTS + "]; got " + ci + ", " + f + ", " + s);
        }
        if (training && !inputs.get(3).getShape().equals(new Shape(b, config.experts()))) {
            throw new IllegalArgumentException("the gate noise must be [B, " + config.experts() + "]; got "
                    + inputs.get(3).getShape());
        }
    }

    private Parameter add(String name, Parameter.Type type, Shape shape, Initializer initializer) {
        return addParameter(Parameter.builder().setName(name).setType(type).optShape(shape)
                .optInitializer(initializer).build());
    }

    private static Initializer uniform(int fanIn) {
        return new UniformInitializer((float) (1 / Math.sqrt(fanIn)));
    }
}
