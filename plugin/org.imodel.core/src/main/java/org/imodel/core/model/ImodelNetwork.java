package org.imodel.core.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.imodel.core.djl.DjlRuntime;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;

/**
 * An iMODEL network on the PyTorch engine: a DJL {@link Model} owning an {@link ImodelBlock}, with PyTorch-style
 * parameter import/export, batched inference and a binary save format. Close it to free native memory.
 *
 * <p>All methods may be called from any thread. Inference ({@code predict}) may run on several threads at once: it
 * only reads the parameters, and each call works in its own NDManager scope with its own parameter store; calls
 * that change or free the parameters (import, load, close) wait for running inference and block new inference
 * while they run. Inference runs in evaluation mode (no gate noise) with gradient recording off on the calling
 * thread (grad mode is thread-local in libtorch). For training, use {@link #model()} with a DJL trainer and
 * {@link ImodelLoss}.
 */
public final class ImodelNetwork implements AutoCloseable {

    /** Batch size used by {@link #predict(float[][], float[][], float[][][])}, as in the reference test loop. */
    public static final int DEFAULT_BATCH_SIZE = 32;

    private static final int MAGIC = 0x494d444c; // "IMDL"
    private static final int FORMAT_VERSION = 1;
    /** Guards libtorch's process-wide random generator: seeding and initialising happen together. */
    private static final Object ENGINE_GENERATOR = new Object();

    private final Model model;
    private final ImodelBlock block;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private ImodelNetwork(Model model, ImodelBlock block) {
        this.model = model;
        this.block = block;
    }

    /**
     * Creates a network with PyTorch-default initialisation drawn from the engine's generator, seeded with
     * {@code seed}. libtorch's generator is global to the process: seeding and drawing happen under one lock, so
     * networks created in parallel threads get the same values as when created one after another. Nothing else in
     * iMODEL draws from that generator (the gate noise comes from {@link GateNoise}).
     *
     * @param config hyperparameters
     * @param seed random seed
     * @return the network
     */
    public static ImodelNetwork create(ImodelConfig config, int seed) {
        Engine engine = DjlRuntime.engine();
        return DjlRuntime.call(() -> {
            Model model = Model.newInstance("imodel", Device.cpu(), engine.getEngineName());
            try {
                ImodelBlock block = new ImodelBlock(config);
                model.setBlock(block);
                synchronized (ENGINE_GENERATOR) {
                    engine.setRandomSeed(seed);
                    block.initialize(model.getNDManager(), DataType.FLOAT32, block.inputShapes(1));
                }
                return new ImodelNetwork(model, block);
            } catch (RuntimeException | Error e) {
                model.close();
                throw e;
            }
        });
    }

    /**
     * Creates a network whose dimensions (E, P, L, F, H) are read from a PyTorch state dict, and imports it.
     *
     * @param stateDict arrays by state-dict name (new or old names)
     * @param template k, &alpha; and diversity weight
     * @return the network
     * @throws IncompatibleParametersException when the state dict is not a complete iMODEL state dict
     */
    public static ImodelNetwork fromStateDict(Map<String, NamedArray> stateDict, ImodelConfig template) {
        ImodelNetwork network = create(TorchStateDict.inferConfig(stateDict, template), 0);
        try {
            network.importParameters(stateDict);
            return network;
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
    }

    /**
     * Reads an {@code .npz} of PyTorch parameters (e.g. a published checkpoint converted with NumPy) into a new
     * network.
     *
     * @param npz the file
     * @param template k, &alpha; and diversity weight
     * @return the network
     * @throws IOException when the file cannot be read
     */
    public static ImodelNetwork fromNpz(Path npz, ImodelConfig template) throws IOException {
        return fromStateDict(Npz.read(npz), template);
    }

    /**
     * Reads a stream written by {@link #saveParameters(OutputStream)} into a new network of the saved
     * configuration.
     *
     * @param in the stream (not closed)
     * @return the network
     * @throws IOException when the stream cannot be read or is not an iMODEL parameter stream
     */
    public static ImodelNetwork load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        ImodelNetwork network = create(readHeader(data), 0);
        try {
            network.readBody(data);
            return network;
        } catch (IOException | RuntimeException e) {
            network.close();
            throw e;
        }
    }

    /** @return the hyperparameters */
    public ImodelConfig config() {
        return block.config();
    }

    /** @return the DJL model (for trainers); owned by this network */
    public Model model() {
        return model;
    }

    /** @return the block */
    public ImodelBlock block() {
        return block;
    }

    /** @return number of trainable values, as PyTorch counts them */
    public long parameterCount() {
        long n = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            n += p.getValue().getArray().size();
        }
        return n;
    }

    /**
     * Replaces all parameters by those of a PyTorch state dict (current or old names; see {@link TorchStateDict}).
     * Nothing is changed when the state dict does not fit.
     *
     * @param stateDict arrays by state-dict name
     * @throws IncompatibleParametersException naming the parameter and the expected and actual shapes
     */
    public void importParameters(Map<String, NamedArray> stateDict) {
        lock.writeLock().lock();
        try {
            DjlRuntime.call(() -> {
                TorchStateDict.importInto(block, stateDict);
                return null;
            });
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** @return the parameters under PyTorch state-dict names, in state-dict order */
    public Map<String, NamedArray> exportParameters() {
        lock.readLock().lock();
        try {
            return DjlRuntime.call(() -> TorchStateDict.export(block));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Forecasts in batches of {@value #DEFAULT_BATCH_SIZE}.
     *
     * @param ci {@code [N][L]} capacity-increment curves (expert input)
     * @param scaledFeatures {@code [N][F]} standardised features (gate input)
     * @param scenario {@code [N][P][3]} charge current, discharge current, temperature per future step
     * @return predictions, gates and logits
     */
    public ImodelPrediction predict(float[][] ci, float[][] scaledFeatures, float[][][] scenario) {
        return predict(ci, scaledFeatures, scenario, DEFAULT_BATCH_SIZE);
    }

    /**
     * Forecasts in batches of the given size (results differ from other batch sizes only by float rounding).
     *
     * @param ci {@code [N][L]} capacity-increment curves (expert input)
     * @param scaledFeatures {@code [N][F]} standardised features (gate input)
     * @param scenario {@code [N][P][3]} charge current, discharge current, temperature per future step
     * @param batchSize windows per engine call, &ge; 1
     * @return predictions, gates and logits
     */
    public ImodelPrediction predict(float[][] ci, float[][] scaledFeatures, float[][][] scenario, int batchSize) {
        return predict(null, ci, scaledFeatures, scenario, batchSize);
    }

    /**
     * Forecasts in batches of the given size, with the batches' arrays in sub-managers of {@code scope} (a worker's
     * own inference scope) instead of the model's manager. Safe to call from several threads at once.
     *
     * @param scope NDManager for the work arrays (closed by the caller), or null for the model's manager
     * @param ci {@code [N][L]} capacity-increment curves (expert input)
     * @param scaledFeatures {@code [N][F]} standardised features (gate input)
     * @param scenario {@code [N][P][3]} charge current, discharge current, temperature per future step
     * @param batchSize windows per engine call, &ge; 1
     * @return predictions, gates and logits
     */
    public ImodelPrediction predict(NDManager scope, float[][] ci, float[][] scaledFeatures, float[][][] scenario,
            int batchSize) {
        ImodelConfig c = config();
        int n = ci.length;
        checkRows("ci", ci, n, c.curveLength());
        checkRows("scaledFeatures", scaledFeatures, n, c.features());
        if (scenario.length != n) {
            throw new IllegalArgumentException("scenario has " + scenario.length + " windows, ci has " + n);
        }
        for (int i = 0; i < n; i++) {
            checkRows("scenario[" + i + "]", scenario[i], c.horizon(), ImodelConfig.SCENARIO_INPUTS);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        float[][] predictions = new float[n][];
        float[][] gates = new float[n][];
        float[][] logits = new float[n][];
        lock.readLock().lock();
        try {
            DjlRuntime.call(() -> {
                forward(scope == null ? model.getNDManager() : scope, ci, scaledFeatures, scenario, batchSize,
                        predictions, gates, logits);
                return null;
            });
        } finally {
            lock.readLock().unlock();
        }
        return new ImodelPrediction(predictions, gates, logits);
    }

    private void forward(NDManager scope, float[][] ci, float[][] scaledFeatures, float[][][] scenario, int batchSize,
            float[][] predictions, float[][] gates, float[][] logits) {
        ImodelConfig c = config();
        int n = ci.length;
        try (GradMode noGrad = GradMode.disabled()) {
            ParameterStore store = new ParameterStore(model.getNDManager(), false);
            for (int from = 0; from < n; from += batchSize) {
                int to = Math.min(n, from + batchSize);
                try (NDManager batch = scope.newSubManager()) {
                    NDList in = new NDList(matrix(batch, ci, from, to, c.curveLength()),
                            matrix(batch, scaledFeatures, from, to, c.features()),
                            scenario(batch, scenario, from, to, c.horizon()));
                    NDList out = block.forward(store, in, false);
                    rows(out.get(0), predictions, from, to, c.horizon());
                    rows(out.get(1), gates, from, to, c.experts());
                    rows(out.get(2), logits, from, to, c.experts());
                }
            }
        }
    }

    /**
     * The experts' own outputs, before the gate mixes them: expert i's linear trend {@code W_i·ci + b_i} for each
     * curve (the first LSTM input is {@code Σ_i gate_i · expert_i}). Safe to call from several threads at once.
     *
     * @param ci {@code [N][L]} capacity-increment curves (expert input)
     * @return {@code [N][E][P]} each expert's trend per curve
     */
    public float[][][] expertOutputs(float[][] ci) {
        ImodelConfig c = config();
        checkRows("ci", ci, ci.length, c.curveLength());
        int n = ci.length;
        float[][][] out = new float[n][c.experts()][c.horizon()];
        if (n == 0) {
            return out;
        }
        lock.readLock().lock();
        try {
            DjlRuntime.call(() -> {
                try (GradMode noGrad = GradMode.disabled();
                        NDManager scope = model.getNDManager().newSubManager()) {
                    ParameterStore store = new ParameterStore(model.getNDManager(), false);
                    NDArray input = matrix(scope, ci, 0, n, c.curveLength());
                    float[] flat = block.expertOutputs(store, input).toFloatArray();
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        for (int e = 0; e < c.experts(); e++) {
                            System.arraycopy(flat, k, out[i][e], 0, c.horizon());
                            k += c.horizon();
                        }
                    }
                }
                return null;
            });
        } finally {
            lock.readLock().unlock();
        }
        return out;
    }

    /**
     * Writes the configuration and all parameters (DJL's parameter stream after a small header). The bytes
     * depend only on the configuration and the parameter values.
     *
     * @param out the stream (flushed, not closed)
     * @throws IOException when writing fails
     */
    public void saveParameters(OutputStream out) throws IOException {
        lock.readLock().lock();
        try {
            writeParameters(out);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void writeParameters(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        ImodelConfig c = config();
        data.writeInt(MAGIC);
        data.writeInt(FORMAT_VERSION);
        data.writeInt(c.experts());
        data.writeInt(c.topK());
        data.writeDouble(c.alpha());
        data.writeInt(c.hiddenSize());
        data.writeInt(c.horizon());
        data.writeInt(c.curveLength());
        data.writeInt(c.features());
        data.writeDouble(c.diversityWeight());
        IOException[] failure = new IOException[1];
        DjlRuntime.call(() -> {
            try {
                block.saveParameters(data);
            } catch (IOException e) {
                failure[0] = e;
            }
            return null;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        data.flush();
    }

    /**
     * Replaces all parameters by those of a stream written by {@link #saveParameters(OutputStream)}. The saved
     * configuration must equal this network's; nothing is changed when the stream does not fit.
     *
     * @param in the stream (not closed)
     * @throws IOException when the stream cannot be read or is not an iMODEL parameter stream
     * @throws IncompatibleParametersException when it was saved with another configuration
     */
    public void loadParameters(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        ImodelConfig saved = readHeader(data);
        if (!saved.equals(config())) {
            throw new IncompatibleParametersException("the parameters were saved for another configuration: "
                    + differences(saved, config()));
        }
        lock.writeLock().lock();
        try {
            readBody(data);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            model.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void readBody(DataInputStream data) throws IOException {
        Object result = DjlRuntime.call(() -> {
            try (NDManager scratch = model.getNDManager().newSubManager()) {
                ImodelBlock loaded = new ImodelBlock(config());
                loaded.loadParameters(scratch, data);
                TorchStateDict.importInto(block, TorchStateDict.export(loaded));
                return null;
            } catch (EOFException e) {
                return new ParameterFileException("the iMODEL parameter stream is truncated", e);
            } catch (IOException | MalformedModelException | RuntimeException e) {
                return new ParameterFileException("the iMODEL parameter stream is corrupt or incompatible: "
                        + e.getMessage(), e);
            }
        });
        if (result instanceof ParameterFileException e) {
            throw e;
        }
    }

    private static ImodelConfig readHeader(DataInputStream data) throws IOException {
        try {
            int magic = data.readInt();
            if (magic != MAGIC) {
                throw new ParameterFileException("not an iMODEL parameter stream (wrong signature)");
            }
            int version = data.readInt();
            if (version != FORMAT_VERSION) {
                throw new ParameterFileException("iMODEL parameter stream format " + version
                        + " is not supported (this version reads format " + FORMAT_VERSION + ")");
            }
            int experts = data.readInt();
            int topK = data.readInt();
            double alpha = data.readDouble();
            int hidden = data.readInt();
            int horizon = data.readInt();
            int curve = data.readInt();
            int features = data.readInt();
            double diversity = data.readDouble();
            return new ImodelConfig(experts, topK, alpha, hidden, horizon, curve, features, diversity);
        } catch (EOFException e) {
            throw new ParameterFileException("the iMODEL parameter stream is truncated (incomplete header)", e);
        } catch (IllegalArgumentException e) {
            throw new ParameterFileException("the iMODEL parameter stream has an invalid configuration: "
                    + e.getMessage(), e);
        }
    }

    private static String differences(ImodelConfig saved, ImodelConfig own) {
        List<String> d = new ArrayList<>();
        diff(d, "experts", saved.experts(), own.experts());
        diff(d, "topK", saved.topK(), own.topK());
        diff(d, "alpha", saved.alpha(), own.alpha());
        diff(d, "hiddenSize", saved.hiddenSize(), own.hiddenSize());
        diff(d, "horizon", saved.horizon(), own.horizon());
        diff(d, "curveLength", saved.curveLength(), own.curveLength());
        diff(d, "features", saved.features(), own.features());
        diff(d, "diversityWeight", saved.diversityWeight(), own.diversityWeight());
        return String.join(", ", d);
    }

    private static void diff(List<String> d, String name, Object saved, Object own) {
        if (!saved.equals(own)) {
            d.add(name + " " + saved + " (this network: " + own + ")");
        }
    }

    private static void checkRows(String what, float[][] rows, int n, int width) {
        if (rows.length != n) {
            throw new IllegalArgumentException(what + " has " + rows.length + " rows, expected " + n);
        }
        for (int i = 0; i < n; i++) {
            if (rows[i] == null || rows[i].length != width) {
                throw new IllegalArgumentException(what + "[" + i + "] has "
                        + (rows[i] == null ? "no" : String.valueOf(rows[i].length)) + " values, expected " + width);
            }
        }
    }

    private static NDArray matrix(NDManager manager, float[][] rows, int from, int to, int width) {
        float[] flat = new float[(to - from) * width];
        for (int i = from; i < to; i++) {
            System.arraycopy(rows[i], 0, flat, (i - from) * width, width);
        }
        return manager.create(flat, new Shape(to - from, width));
    }

    private static NDArray scenario(NDManager manager, float[][][] windows, int from, int to, int steps) {
        int width = ImodelConfig.SCENARIO_INPUTS;
        float[] flat = new float[(to - from) * steps * width];
        int k = 0;
        for (int i = from; i < to; i++) {
            for (int t = 0; t < steps; t++) {
                System.arraycopy(windows[i][t], 0, flat, k, width);
                k += width;
            }
        }
        return manager.create(flat, new Shape(to - from, steps, width));
    }

    private static void rows(NDArray array, float[][] target, int from, int to, int width) {
        float[] flat = array.toFloatArray();
        for (int i = from; i < to; i++) {
            float[] row = new float[width];
            System.arraycopy(flat, (i - from) * width, row, 0, width);
            target[i] = row;
        }
    }
}
