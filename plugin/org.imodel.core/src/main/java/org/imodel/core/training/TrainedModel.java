package org.imodel.core.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.imodel.core.artifact.ModelFile;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.features.FeatureSettings;
import org.imodel.core.features.StartRule;
import org.imodel.core.io.FileErrors;
import org.imodel.core.model.ImodelConfig;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.model.ParameterFileException;

/**
 * A trained (or imported) iMODEL: its spec (how to build and scale its inputs, provenance) and its network. Close it
 * to free the network's native memory.
 */
public final class TrainedModel implements AutoCloseable {

    private final ModelSpec spec;
    private final ImodelNetwork network;
    private final List<EpochStats> history;

    TrainedModel(ModelSpec spec, ImodelNetwork network, List<EpochStats> history) {
        this.spec = spec;
        this.network = network;
        this.history = List.copyOf(history);
    }

    /** @return the spec */
    public ModelSpec spec() {
        return spec;
    }

    /** @return the network (owned by this model) */
    public ImodelNetwork network() {
        return network;
    }

    /** @return one entry per training epoch (empty for a loaded or imported model) */
    public List<EpochStats> history() {
        return history;
    }

    /** @return the epoch whose parameters were kept (the provenance's best epoch; 0 when not trained here) */
    public int bestEpoch() {
        return spec.provenance().bestEpoch();
    }

    /**
     * @return spec and parameters, for {@link ModelFile#write}
     * @throws IOException if the parameters cannot be serialised
     */
    public ModelFile toFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        network.saveParameters(bytes);
        return new ModelFile(spec, bytes.toByteArray());
    }

    /**
     * @param file a model file's content
     * @return the model (close it)
     * @throws IOException when the spec is inconsistent or the parameters are damaged or do not fit the spec
     */
    public static TrainedModel load(ModelFile file) throws IOException {
        ModelSpec spec = file.spec();
        check(spec);
        ImodelNetwork network;
        try {
            network = ImodelNetwork.load(new ByteArrayInputStream(file.parameters()));
        } catch (IOException | IllegalArgumentException e) {
            String why = e instanceof ParameterFileException ? e.getMessage()
                    : e instanceof IOException io ? FileErrors.reason(io) : "they do not load";
            throw new IOException("The model's parameters are damaged or not iMODEL parameters (" + why
                    + "). Train or import the model again.", e);
        }
        if (!network.config().equals(spec.config())) {
            ImodelConfig found = network.config();
            network.close();
            throw new IOException("The model's parameters do not fit its spec: they are for a network with "
                    + describe(found) + ", the spec describes " + describe(spec.config())
                    + ". The model file is inconsistent; train or import the model again.");
        }
        return new TrainedModel(spec, network, List.of());
    }

    @Override
    public void close() {
        network.close();
    }

    /** Checks that the spec's parts agree (the record checks only the counts). */
    static void check(ModelSpec spec) throws IOException {
        FeatureSettings f = spec.features();
        ImodelConfig c = spec.config();
        if (f.featureCount() != c.features()) {
            throw new IOException("The model spec is inconsistent: its feature settings give " + f.featureCount()
                    + " features but the network takes " + c.features());
        }
        if (!f.featureNames().equals(spec.featureNames())) {
            throw new IOException("The model spec is inconsistent: feature names " + spec.featureNames()
                    + " do not match its feature settings " + f.featureNames());
        }
        if (f.gridPoints() != c.curveLength()) {
            throw new IOException("The model spec is inconsistent: curves have " + f.gridPoints()
                    + " points but the network's experts take " + c.curveLength());
        }
        try {
            StartRule.valueOf(spec.windowRule());
        } catch (IllegalArgumentException e) {
            throw new IOException("The model spec names an unknown window rule '" + spec.windowRule()
                    + "' (known: UL, LSD, TPSL, ALL)", e);
        }
        for (double s : spec.scalerScale()) {
            if (!(s > 0) && !Double.isNaN(s) || Double.isInfinite(s)) {
                throw new IOException("The model spec holds an invalid scaler scale " + s);
            }
        }
    }

    static String describe(ImodelConfig c) {
        return "horizon " + c.horizon() + ", " + c.experts() + " experts (top " + c.topK() + ", alpha " + c.alpha()
                + "), hidden " + c.hiddenSize() + ", " + c.features() + " features, curve " + c.curveLength();
    }
}
