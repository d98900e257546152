package org.imodel.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;

/**
 * Maps between PyTorch state-dict names of the reference model and the parameters of an {@link ImodelBlock}.
 *
 * <p>Names, in PyTorch's state-dict order: {@code w_noise}, {@code capacity_fc.i.weight} / {@code .bias} for each
 * expert i, {@code features_fc.weight} / {@code .bias}, {@code lstm.weight_ih_l0 … lstm.bias_hh_l0_reverse},
 * {@code fc_final.weight} / {@code .bias}. The published checkpoints use older names, accepted as well:
 * {@code capacity_fcs.*} for {@code capacity_fc.*} and {@code relaxation_fc.*} for {@code features_fc.*}.
 * Expert i's {@code [P, L]} weight and {@code [P]} bias are rows {@code i·P … (i+1)·P−1} of the fused expert
 * parameters.
 */
public final class TorchStateDict {

    private static final String EXPERT_PREFIX = "capacity_fc.";
    private static final String OLD_EXPERT_PREFIX = "capacity_fcs.";
    private static final String GATE_PREFIX = "features_fc.";
    private static final String OLD_GATE_PREFIX = "relaxation_fc.";
    private static final String LSTM_PREFIX = ImodelBlock.LSTM + ".";

    private TorchStateDict() {
    }

    /**
     * @param name a state-dict name, new or old
     * @return the current name ({@code capacity_fcs.} &rarr; {@code capacity_fc.}, {@code relaxation_fc.} &rarr;
     *         {@code features_fc.}; other names unchanged)
     */
    public static String canonicalName(String name) {
        if (name.startsWith(OLD_EXPERT_PREFIX)) {
            return EXPERT_PREFIX + name.substring(OLD_EXPERT_PREFIX.length());
        }
        if (name.startsWith(OLD_GATE_PREFIX)) {
            return GATE_PREFIX + name.substring(OLD_GATE_PREFIX.length());
        }
        return name;
    }

    /**
     * The names and shapes a state dict for this configuration must have, in PyTorch's order.
     *
     * @param config the hyperparameters
     * @return name &rarr; shape
     */
    public static Map<String, int[]> expectedShapes(ImodelConfig config) {
        int e = config.experts();
        int p = config.horizon();
        int h = config.hiddenSize();
        Map<String, int[]> shapes = new LinkedHashMap<>();
        shapes.put(ImodelBlock.W_NOISE, new int[] {e, e});
        for (int i = 0; i < e; i++) {
            shapes.put(EXPERT_PREFIX + i + ".weight", new int[] {p, config.curveLength()});
            shapes.put(EXPERT_PREFIX + i + ".bias", new int[] {p});
        }
        shapes.put(ImodelBlock.GATE_WEIGHT, new int[] {e, config.features()});
        shapes.put(ImodelBlock.GATE_BIAS, new int[] {e});
        for (String name : BiLstmBlock.PARAMETER_NAMES) {
            int rows = 4 * h;
            shapes.put(LSTM_PREFIX + name, name.startsWith("weight_ih") ? new int[] {rows, ImodelConfig.LSTM_INPUTS}
                    : name.startsWith("weight_hh") ? new int[] {rows, h} : new int[] {rows});
        }
        shapes.put(ImodelBlock.HEAD_WEIGHT, new int[] {1, 2 * h});
        shapes.put(ImodelBlock.HEAD_BIAS, new int[] {1});
        return shapes;
    }

    /**
     * Reads the network dimensions (E, P, L, F, H) from a state dict; the other settings come from
     * {@code template}.
     *
     * @param stateDict arrays by state-dict name (new or old names)
     * @param template source of k, &alpha; and the diversity weight
     * @return the configuration the state dict fits
     * @throws IncompatibleParametersException when the dimensions cannot be read
     */
    public static ImodelConfig inferConfig(Map<String, NamedArray> stateDict, ImodelConfig template) {
        Map<String, Named> dict = canonicalize(stateDict);
        int experts = 0;
        while (dict.containsKey(EXPERT_PREFIX + experts + ".weight")) {
            experts++;
        }
        int[] expert = shape(dict, EXPERT_PREFIX + "0.weight", 2);
        int[] gate = shape(dict, ImodelBlock.GATE_WEIGHT, 2);
        int[] hh = shape(dict, LSTM_PREFIX + "weight_hh_l0", 2);
        try {
            return new ImodelConfig(experts, template.topK(), template.alpha(), hh[1], expert[0], expert[1], gate[1],
                    template.diversityWeight());
        } catch (IllegalArgumentException e) {
            throw new IncompatibleParametersException("the state dict gives an invalid configuration: "
                    + e.getMessage());
        }
    }

    /**
     * Copies a state dict into the block's parameters. Everything is checked before anything is written: all
     * expected names present (new or old spelling), no unexpected name, every shape as expected, all values
     * finite.
     *
     * @param block the target
     * @param stateDict arrays by state-dict name
     * @throws IncompatibleParametersException naming the parameter and the expected and actual shapes
     */
    public static void importInto(ImodelBlock block, Map<String, NamedArray> stateDict) {
        ImodelConfig config = block.config();
        Map<String, Named> dict = canonicalize(stateDict);
        Map<String, int[]> expected = expectedShapes(config);
        List<String> missing = new ArrayList<>();
        for (String name : expected.keySet()) {
            if (!dict.containsKey(name)) {
                missing.add(name);
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (Named n : dict.values()) {
            if (!expected.containsKey(n.name())) {
                unexpected.add(n.original());
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new IncompatibleParametersException("the parameters do not fit this iMODEL network ("
                    + describe(config) + "): " + (missing.isEmpty() ? "" : "missing " + missing)
                    + (missing.isEmpty() || unexpected.isEmpty() ? "" : "; ")
                    + (unexpected.isEmpty() ? "" : "unexpected " + unexpected));
        }
        for (Map.Entry<String, int[]> e : expected.entrySet()) {
            Named n = dict.get(e.getKey());
            if (!Arrays.equals(e.getValue(), n.array().shape())) {
                throw new IncompatibleParametersException("parameter '" + e.getKey() + "'"
                        + (n.original().equals(e.getKey()) ? "" : " (given as '" + n.original() + "')")
                        + ": expected shape " + Arrays.toString(e.getValue()) + ", found " + n.array().shapeText()
                        + " (this network: " + describe(config) + ")");
            }
            float[] v = n.array().values();
            for (int i = 0; i < v.length; i++) {
                if (!Float.isFinite(v[i])) {
                    throw new IncompatibleParametersException("parameter '" + n.original() + "' holds a non-finite"
                            + " value (" + v[i] + ") at flat index " + i);
                }
            }
        }
        int e = config.experts();
        int p = config.horizon();
        int l = config.curveLength();
        float[] weight = new float[e * p * l];
        float[] bias = new float[e * p];
        for (int i = 0; i < e; i++) {
            System.arraycopy(dict.get(EXPERT_PREFIX + i + ".weight").array().values(), 0, weight, i * p * l, p * l);
            System.arraycopy(dict.get(EXPERT_PREFIX + i + ".bias").array().values(), 0, bias, i * p, p);
        }
        set(block.parameter(ImodelBlock.EXPERTS_WEIGHT), weight);
        set(block.parameter(ImodelBlock.EXPERTS_BIAS), bias);
        for (String name : List.of(ImodelBlock.W_NOISE, ImodelBlock.GATE_WEIGHT, ImodelBlock.GATE_BIAS,
                ImodelBlock.HEAD_WEIGHT, ImodelBlock.HEAD_BIAS)) {
            set(block.parameter(name), dict.get(name).array().values());
        }
        for (String name : BiLstmBlock.PARAMETER_NAMES) {
            set(block.lstm().parameter(name), dict.get(LSTM_PREFIX + name).array().values());
        }
    }

    /**
     * Exports the block's parameters under the current PyTorch names, in state-dict order, so that
     * {@code torch.nn.Module.load_state_dict} (after {@code torch.from_numpy}) or {@link #importInto} accepts
     * them.
     *
     * @param block the source (initialised)
     * @return arrays by state-dict name
     * @throws IncompatibleParametersException when a parameter does not have the shape its configuration implies
     */
    public static Map<String, NamedArray> export(ImodelBlock block) {
        ImodelConfig config = block.config();
        Map<String, int[]> expected = expectedShapes(config);
        int e = config.experts();
        int p = config.horizon();
        int l = config.curveLength();
        float[] weight = values(block.parameter(ImodelBlock.EXPERTS_WEIGHT), e * p, l);
        float[] bias = values(block.parameter(ImodelBlock.EXPERTS_BIAS), e * p);
        Map<String, NamedArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> entry : expected.entrySet()) {
            String name = entry.getKey();
            int[] shape = entry.getValue();
            float[] v;
            if (name.startsWith(EXPERT_PREFIX)) {
                int i = Integer.parseInt(name.substring(EXPERT_PREFIX.length(), name.lastIndexOf('.')));
                v = name.endsWith(".weight") ? Arrays.copyOfRange(weight, i * p * l, (i + 1) * p * l)
                        : Arrays.copyOfRange(bias, i * p, (i + 1) * p);
            } else if (name.startsWith(LSTM_PREFIX)) {
                v = values(block.lstm().parameter(name.substring(LSTM_PREFIX.length())), shape);
            } else {
                v = values(block.parameter(name), shape);
            }
            out.put(name, new NamedArray(name, shape, v));
        }
        return out;
    }

    private static Map<String, Named> canonicalize(Map<String, NamedArray> stateDict) {
        Map<String, Named> out = new LinkedHashMap<>();
        for (Map.Entry<String, NamedArray> e : stateDict.entrySet()) {
            String name = canonicalName(e.getKey());
            Named previous = out.put(name, new Named(name, e.getKey(), e.getValue()));
            if (previous != null) {
                throw new IncompatibleParametersException("parameter '" + name + "' is given twice: as '"
                        + previous.original() + "' and as '" + e.getKey() + "'");
            }
        }
        return out;
    }

    private static int[] shape(Map<String, Named> dict, String name, int dims) {
        Named n = dict.get(name);
        if (n == null) {
            throw new IncompatibleParametersException("not an iMODEL state dict: parameter '" + name
                    + "' is missing; the file has " + dict.keySet());
        }
        if (n.array().shape().length != dims) {
            throw new IncompatibleParametersException("parameter '" + n.original() + "': expected " + dims
                    + " dimensions, found " + n.array().shapeText());
        }
        return n.array().shape();
    }

    private static void set(Parameter parameter, float[] values) {
        parameter.getArray().set(values);
    }

    private static float[] values(Parameter parameter, int... shape) {
        NDArray array = parameter.getArray();
        long[] actual = array.getShape().getShape();
        if (!Arrays.equals(actual, Arrays.stream(shape).asLongStream().toArray())) {
            throw new IncompatibleParametersException("parameter '" + parameter.getName() + "' has shape "
                    + Arrays.toString(actual) + ", but its configuration implies " + Arrays.toString(shape));
        }
        return array.toFloatArray();
    }

    private static String describe(ImodelConfig c) {
        return "E=" + c.experts() + ", P=" + c.horizon() + ", L=" + c.curveLength() + ", F=" + c.features() + ", H="
                + c.hiddenSize();
    }

    /** A state-dict entry under its current name, remembering how it was given. */
    private record Named(String name, String original, NamedArray array) {
    }
}
