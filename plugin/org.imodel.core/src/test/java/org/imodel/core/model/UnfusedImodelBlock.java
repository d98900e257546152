package org.imodel.core.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
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
 * Benchmark baseline only: the iMODEL network with E separate expert layers and the reference's sequential
 * gated sum (one multiply-add per expert), to measure what fusing the experts into one matrix product saves.
 */
final class UnfusedImodelBlock extends AbstractBlock {

    private final ImodelConfig config;
    private final Parameter[] expertWeights;
    private final Parameter[] expertBiases;
    private final Parameter wNoise;
    private final Parameter gateWeight;
    private final Parameter gateBias;
    private final Parameter headWeight;
    private final Parameter headBias;
    private final BiLstmBlock lstm;

    UnfusedImodelBlock(ImodelConfig config) {
        this.config = config;
        int e = config.experts();
        int p = config.horizon();
        int l = config.curveLength();
        int h = config.hiddenSize();
        expertWeights = new Parameter[e];
        expertBiases = new Parameter[e];
        wNoise = add("w_noise", new Shape(e, e), Initializer.ZEROS);
        for (int i = 0; i < e; i++) {
            expertWeights[i] = add("capacity_fc." + i + ".weight", new Shape(p, l), uniform(l));
            expertBiases[i] = add("capacity_fc." + i + ".bias", new Shape(p), uniform(l));
        }
        gateWeight = add("features_fc.weight", new Shape(e, config.features()), uniform(config.features()));
        gateBias = add("features_fc.bias", new Shape(e), uniform(config.features()));
        headWeight = add("fc_final.weight", new Shape(1, 2L * h), uniform(2 * h));
        headBias = add("fc_final.bias", new Shape(1), uniform(2 * h));
        lstm = addChildBlock("lstm", new BiLstmBlock(ImodelConfig.LSTM_INPUTS, h));
    }

    /** Copies the parameters of a fused block (expert i = rows i·P..). */
    void copyFrom(ImodelBlock fused) {
        int p = config.horizon();
        for (int i = 0; i < config.experts(); i++) {
            expertWeights[i].getArray().set(fused.parameter(ImodelBlock.EXPERTS_WEIGHT).getArray()
                    .get(new NDIndex("{}:{}", i * p, (i + 1) * p)).toFloatArray());
            expertBiases[i].getArray().set(fused.parameter(ImodelBlock.EXPERTS_BIAS).getArray()
                    .get(new NDIndex("{}:{}", i * p, (i + 1) * p)).toFloatArray());
        }
        for (String name : new String[] {"w_noise", "features_fc.weight", "features_fc.bias", "fc_final.weight",
            "fc_final.bias"}) {
            getDirectParameters().get(name).getArray().set(fused.parameter(name).getArray().toFloatArray());
        }
        for (String name : BiLstmBlock.PARAMETER_NAMES) {
            lstm.parameter(name).getArray().set(fused.lstm().parameter(name).getArray().toFloatArray());
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray ci = inputs.get(0);
        Device device = ci.getDevice();
        NDArray[] outs = new NDArray[config.experts()];
        for (int i = 0; i < outs.length; i++) {
            outs[i] = Linear.linear(ci, ps.getValue(expertWeights[i], device, training),
                    ps.getValue(expertBiases[i], device, training)).head();
        }
        NDArray logits = Linear.linear(inputs.get(1), ps.getValue(gateWeight, device, training),
                ps.getValue(gateBias, device, training)).head();
        if (training) {
            NDArray std = Activation.softPlus(logits.matMul(ps.getValue(wNoise, device, training))).add(1e-5f);
            logits = logits.add(inputs.get(3).mul(std));
        }
        NDArray gates = TopKGate.gates(logits, config.topK(), (float) config.alpha());
        NDArray trend = mix(gates, outs);
        NDArray lstmInput = NDArrays.concat(new NDList(trend.expandDims(2), inputs.get(2)), 2);
        NDArray hidden = lstm.forward(ps, new NDList(lstmInput), training).head();
        NDArray predictions = Linear.linear(hidden, ps.getValue(headWeight, device, training),
                ps.getValue(headBias, device, training)).head().squeeze(2);
        return new NDList(predictions, gates, logits);
    }

    /** Experts and gated trend only, for the benchmark of the expert stage. */
    NDArray expertTrend(ParameterStore ps, NDArray ci, NDArray gates, boolean training) {
        NDArray[] outs = new NDArray[config.experts()];
        for (int i = 0; i < outs.length; i++) {
            outs[i] = Linear.linear(ci, ps.getValue(expertWeights[i], ci.getDevice(), training),
                    ps.getValue(expertBiases[i], ci.getDevice(), training)).head();
        }
        return mix(gates, outs);
    }

    /** The reference's sequential sum: trend = 0; trend += w[:, i] · out_i. */
    private static NDArray mix(NDArray gates, NDArray[] outs) {
        NDArray trend = gates.getManager().zeros(outs[0].getShape());
        for (int i = 0; i < outs.length; i++) {
            trend = trend.add(gates.get(new NDIndex(":, {}:{}", i, i + 1)).mul(outs[i]));
        }
        return trend;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long b = inputShapes[0].get(0);
        return new Shape[] {new Shape(b, config.horizon()), new Shape(b, config.experts()),
            new Shape(b, config.experts())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        lstm.initialize(manager, dataType, new Shape(inputShapes[0].get(0), config.horizon(), 4));
    }

    private Parameter add(String name, Shape shape, Initializer init) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.OTHER).optShape(shape)
                .optInitializer(init).build());
    }

    private static Initializer uniform(int fanIn) {
        return new UniformInitializer((float) (1 / Math.sqrt(fanIn)));
    }
}
