package org.imodel.core.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/**
 * The MLP-history network: H &rarr; 128 &rarr; 64 &rarr; P, ReLU after each hidden layer. Inputs: the history
 * {@code [B, H]}, and in training the two dropout masks {@code [B, 128]}, {@code [B, 64]} (0 or 1/(1-rate)) drawn by
 * {@link #masks}, so the dropout, like the initialisation ({@link #initialiseParameters}), comes from a generator of
 * the run and never from libtorch's process-wide one: trainings in parallel threads do not disturb each other.
 */
final class MlpBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int[] widths;
    private final List<Parameter> weights = new ArrayList<>();
    private final List<Parameter> biases = new ArrayList<>();

    /**
     * @param history H
     * @param hidden hidden widths
     * @param horizon P
     */
    MlpBlock(int history, int[] hidden, int horizon) {
        super(VERSION);
        widths = new int[hidden.length + 2];
        widths[0] = history;
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = horizon;
        for (int i = 1; i < widths.length; i++) {
            weights.add(addParameter(Parameter.builder().setName("linear" + i + ".weight").setType(
                    Parameter.Type.WEIGHT).optShape(new Shape(widths[i], widths[i - 1]))
                    .optInitializer(Initializer.ZEROS).build()));
            biases.add(addParameter(Parameter.builder().setName("linear" + i + ".bias").setType(Parameter.Type.BIAS)
                    .optShape(new Shape(widths[i])).optInitializer(Initializer.ZEROS).build()));
        }
    }

    /**
     * Sets every weight and bias to PyTorch's default for a linear layer, U(-1/sqrt(fan_in), 1/sqrt(fan_in)), drawn
     * from {@code random}.
     *
     * @param random the run's generator
     */
    void initialiseParameters(Random random) {
        for (int i = 0; i < weights.size(); i++) {
            double bound = 1 / Math.sqrt(widths[i]);
            for (Parameter p : List.of(weights.get(i), biases.get(i))) {
                float[] v = new float[Math.toIntExact(p.getArray().size())];
                for (int k = 0; k < v.length; k++) {
                    v[k] = (float) ((2 * random.nextDouble() - 1) * bound);
                }
                p.getArray().set(v);
            }
        }
    }

    /**
     * @param manager manager of the new arrays (close it with the batch)
     * @param batch B
     * @param rate dropout rate
     * @param random the run's generator
     * @return one inverted-dropout mask per hidden layer: 0 with probability {@code rate}, else 1/(1-rate)
     */
    NDList masks(NDManager manager, int batch, float rate, Random random) {
        NDList out = new NDList();
        for (int i = 1; i < widths.length - 1; i++) {
            float[] m = new float[batch * widths[i]];
            for (int k = 0; k < m.length; k++) {
                m[k] = random.nextFloat() < rate ? 0f : 1f / (1f - rate);
            }
            out.add(manager.create(m, new Shape(batch, widths[i])));
        }
        return out;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray h = inputs.get(0);
        Device device = h.getDevice();
        for (int i = 0; i < weights.size(); i++) {
            h = Linear.linear(h, ps.getValue(weights.get(i), device, training),
                    ps.getValue(biases.get(i), device, training)).head();
            if (i < weights.size() - 1) {
                h = Activation.relu(h);
                if (inputs.size() > i + 1) {
                    h = h.mul(inputs.get(i + 1));
                }
            }
        }
        return new NDList(h);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), widths[widths.length - 1])};
    }
}
