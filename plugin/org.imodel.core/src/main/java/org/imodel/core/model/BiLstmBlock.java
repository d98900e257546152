package org.imodel.core.model;

import java.util.List;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * A one-layer, bidirectional, batch-first LSTM with biases, laid out exactly like {@code torch.nn.LSTM}: the
 * parameters are registered in PyTorch's order and under its names ({@code weight_ih_l0, weight_hh_l0,
 * bias_ih_l0, bias_hh_l0}, then the same with {@code _reverse}); the four gate blocks of each matrix are in the
 * order input, forget, cell (g), output; the two biases are added. The forward pass calls the engine's fused LSTM
 * operator with zero initial states.
 *
 * <p>DJL's own {@code LSTM} block cannot be used: bidirectional with biases, it hands PyTorch the parameters in
 * the wrong order (all weights, then all biases) and fails. Parameters are initialised like PyTorch:
 * U(&minus;1/&radic;H, 1/&radic;H).
 *
 * <p>Input {@code [B, T, inputSize]}; output {@code [B, T, 2H]}, where step t holds {@code [h_fwd(t), h_bwd(t)]}.
 */
public final class BiLstmBlock extends AbstractBlock {

    /** PyTorch parameter names, in PyTorch's order. */
    public static final List<String> PARAMETER_NAMES = List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0",
            "bias_hh_l0", "weight_ih_l0_reverse", "weight_hh_l0_reverse", "bias_ih_l0_reverse",
            "bias_hh_l0_reverse");

    private static final byte VERSION = 1;

    private final int inputSize;
    private final int hiddenSize;
    private final Parameter[] parameters = new Parameter[PARAMETER_NAMES.size()];

    /**
     * @param inputSize features per time step
     * @param hiddenSize hidden size H per direction
     */
    public BiLstmBlock(int inputSize, int hiddenSize) {
        super(VERSION);
        if (inputSize < 1 || hiddenSize < 1) {
            throw new IllegalArgumentException("inputSize and hiddenSize must be >= 1, got " + inputSize + ", "
                    + hiddenSize);
        }
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        UniformInitializer init = new UniformInitializer((float) (1 / Math.sqrt(hiddenSize)));
        for (int i = 0; i < parameters.length; i++) {
            String name = PARAMETER_NAMES.get(i);
            parameters[i] = addParameter(Parameter.builder()
                    .setName(name)
                    .setType(name.startsWith("bias") ? Parameter.Type.BIAS : Parameter.Type.WEIGHT)
                    .optShape(expectedShape(name))
                    .optInitializer(init)
                    .build());
        }
    }

    /** @return features per time step */
    public int inputSize() {
        return inputSize;
    }

    /** @return hidden size H per direction */
    public int hiddenSize() {
        return hiddenSize;
    }

    /**
     * @param name a name from {@link #PARAMETER_NAMES}
     * @return the parameter of that name
     */
    public Parameter parameter(String name) {
        int index = PARAMETER_NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no LSTM parameter named '" + name + "'; known: " + PARAMETER_NAMES);
        }
        return parameters[index];
    }

    /**
     * @param name a name from {@link #PARAMETER_NAMES}
     * @return its PyTorch shape: {@code [4H, inputSize]}, {@code [4H, H]} or {@code [4H]}
     */
    public Shape expectedShape(String name) {
        long gates = 4L * hiddenSize;
        if (name.startsWith("weight_ih")) {
            return new Shape(gates, inputSize);
        }
        if (name.startsWith("weight_hh")) {
            return new Shape(gates, hiddenSize);
        }
        return new Shape(gates);
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Shape shape = x.getShape();
        if (shape.dimension() != 3 || shape.get(2) != inputSize) {
            throw new IllegalArgumentException("BiLSTM input must be [B, T, " + inputSize + "], got " + shape);
        }
        Device device = x.getDevice();
        NDList weights = new NDList(parameters.length);
        for (Parameter parameter : parameters) {
            weights.add(parameterStore.getValue(parameter, device, training));
        }
        NDManager manager = x.getManager();
        Shape stateShape = new Shape(2, shape.get(0), hiddenSize);
        NDList state = new NDList(manager.zeros(stateShape, x.getDataType(), device),
                manager.zeros(stateShape, x.getDataType(), device));
        NDList out = x.getNDArrayInternal().lstm(x, state, weights, true, 1, 0.0, training, true, true);
        NDArray output = out.get(0);
        for (int i = 1; i < out.size(); i++) {
            out.get(i).close();
        }
        return new NDList(output);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), 2L * hiddenSize)};
    }
}
