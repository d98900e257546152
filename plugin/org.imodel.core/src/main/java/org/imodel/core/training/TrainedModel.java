package org.imodel.core.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.artifact.Ensemble;
import org.imodel.core.artifact.ModelFile;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.Provenance;
import org.imodel.core.features.FeatureSettings;
import org.imodel.core.features.StartRule;
import org.imodel.core.io.FileErrors;
import org.imodel.core.model.ImodelConfig;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.model.ParameterFileException;

/**
 * A trained (or imported) iMODEL: its spec (how to build and scale its inputs, provenance) and its network, or the
 * networks of an ensemble (as many as the spec's {@link ModelSpec#ensemble() ensemble} has members). Close it to
 * free the networks' native memory.
 */
public final class TrainedModel implements AutoCloseable {

    private final ModelSpec spec;
    private final List<ImodelNetwork> networks;
    private final List<List<EpochStats>> histories;
    private final boolean owner;

    TrainedModel(ModelSpec spec, ImodelNetwork network, List<EpochStats> history) {
        this(spec, List.of(network), List.of(history), true);
    }

    private TrainedModel(ModelSpec spec, List<ImodelNetwork> networks, List<List<EpochStats>> histories,
            boolean owner) {
        if (networks.size() != spec.ensemble().members()) {
            throw new IllegalArgumentException("the spec describes " + spec.ensemble().members() + " network(s), "
                    + networks.size() + " given");
        }
        this.spec = spec;
        this.networks = List.copyOf(networks);
        this.histories = histories.stream().map(List::copyOf).toList();
        this.owner = owner;
    }

    /**
     * @param spec the ensemble's spec
     * @param members the members (their networks are taken over; the members' specs are not used)
     * @return the ensemble (close it)
     */
    static TrainedModel ensemble(ModelSpec spec, List<TrainedModel> members) {
        return new TrainedModel(spec, members.stream().map(TrainedModel::network).toList(),
                members.stream().map(TrainedModel::history).toList(), true);
    }

    /** @return the spec */
    public ModelSpec spec() {
        return spec;
    }

    /** @return the network of a single model, the first member's of an ensemble (owned by this model) */
    public ImodelNetwork network() {
        return networks.get(0);
    }

    /** @return every member's network, in member order (owned by this model) */
    public List<ImodelNetwork> networks() {
        return networks;
    }

    /** @return the number of networks (1 for a single model) */
    public int members() {
        return networks.size();
    }

    /**
     * One member as a single model, e.g. to interpret its gate (experts do not line up across members). It shares
     * this model's network: closing it frees nothing, and it is usable while this model is open.
     *
     * @param member 0-based member
     * @return that member with a single-network spec (seed and kept epoch of the member)
     * @throws IllegalArgumentException naming the valid members
     */
    public TrainedModel member(int member) {
        if (member < 0 || member >= networks.size()) {
            throw new IllegalArgumentException("The model has " + networks.size() + " member(s) (0"
                    + (networks.size() > 1 ? " to " + (networks.size() - 1) : "") + "); member " + member
                    + " does not exist");
        }
        if (networks.size() == 1) {
            return new TrainedModel(spec, networks, histories, false);
        }
        Provenance p = spec.provenance();
        Ensemble e = spec.ensemble();
        Provenance own = new Provenance(p.recipe(), p.seed() + member, e.epochs()[member], e.bestEpochs()[member],
                p.trainCells(), p.validationCells(), p.dataFingerprint(), p.versions(), p.validationMetrics(),
                p.created(), p.training());
        return new TrainedModel(spec.withEnsemble(own, Ensemble.single(e.epochs()[member], e.bestEpochs()[member])),
                List.of(networks.get(member)), List.of(histories.get(member)), false);
    }

    /** @return one entry per training epoch of the first member (empty for a loaded or imported model) */
    public List<EpochStats> history() {
        return histories.get(0);
    }

    /** @return the training history of each member, in member order (empty lists for a loaded model) */
    public List<List<EpochStats>> histories() {
        return histories;
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
        List<byte[]> members = new ArrayList<>();
        for (ImodelNetwork network : networks) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            network.saveParameters(bytes);
            members.add(bytes.toByteArray());
        }
        return new ModelFile(spec, members);
    }

    /**
     * @param file a model file's content
     * @return the model (close it)
     * @throws IOException when the spec is inconsistent or the parameters are damaged or do not fit the spec
     */
    public static TrainedModel load(ModelFile file) throws IOException {
        ModelSpec spec = file.spec();
        check(spec);
        List<ImodelNetwork> networks = new ArrayList<>();
        try {
            for (int i = 0; i < file.members().size(); i++) {
                networks.add(loadNetwork(file.members().get(i), spec, i));
            }
        } catch (IOException | RuntimeException e) {
            networks.forEach(ImodelNetwork::close);
            throw e;
        }
        return new TrainedModel(spec, networks, networks.stream().map(n -> List.<EpochStats>of()).toList(), true);
    }

    private static ImodelNetwork loadNetwork(byte[] parameters, ModelSpec spec, int member) throws IOException {
        String which = spec.ensemble().isEnsemble() ? " of member " + member : "";
        ImodelNetwork network;
        try {
            network = ImodelNetwork.load(new ByteArrayInputStream(parameters));
        } catch (IOException | IllegalArgumentException e) {
            String why = e instanceof ParameterFileException ? e.getMessage()
                    : e instanceof IOException io ? FileErrors.reason(io) : "they do not load";
            throw new IOException("The model's parameters" + which + " are damaged or not iMODEL parameters (" + why
                    + "). Train or import the model again.", e);
        }
        if (!network.config().equals(spec.config())) {
            ImodelConfig found = network.config();
            network.close();
            throw new IOException("The model's parameters" + which + " do not fit its spec: they are for a network"
                    + " with " + describe(found) + ", the spec describes " + describe(spec.config())
                    + ". The model file is inconsistent; train or import the model again.");
        }
        return network;
    }

    @Override
    public void close() {
        if (owner) {
            networks.forEach(ImodelNetwork::close);
        }
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
