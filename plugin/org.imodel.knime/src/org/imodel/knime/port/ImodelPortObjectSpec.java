package org.imodel.knime.port;

import java.util.Optional;
import java.util.Properties;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.ModelSpecCodec;
import org.imodel.core.rollout.RolloutMap;
import org.imodel.core.training.TrainingSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * Spec of the iMODEL model port, a small config. Before training (the Learner's configure) it holds what the
 * settings fix: horizon, experts, top-k, hidden size, feature defaults, SOC start and the number of ensemble members;
 * after training also the engine's full {@link ModelSpec} (feature layout, scaler, scenario channels and units,
 * provenance, ensemble) as one entry per property. The model's rollout map (thousands of coefficients) is not in the
 * spec: it travels in the port object ({@link ImodelPortObject}), the spec only says whether there is one
 * ({@link #hasRolloutMap()}), which is what a downstream node's configure needs. Versioned: "format_version" says
 * which layout wrote it (1: a single network; 2: adds "members"; 3: adds "rollout_map" and keeps the map out of the
 * model spec); readers accept it and older layouts (a format-2 spec written with the map inside still loads: the
 * map is handed to the port object's loader).
 */
public final class ImodelPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Layout of this config written by this version. */
    public static final int FORMAT_VERSION = 3;

    private static final String VERSION = "format_version";
    private static final String HORIZON = "horizon";
    private static final String EXPERTS = "experts";
    private static final String TOP_K = "top_k";
    private static final String HIDDEN = "hidden_size";
    private static final String FEATURE_DEFAULTS = "feature_defaults";
    private static final String SOC = "soc";
    private static final String MEMBERS = "members";
    private static final String MODEL_SPEC = "model_spec";
    private static final String ROLLOUT_MAP = "rollout_map";

    private int horizon;
    private int experts;
    private int topK;
    private int hiddenSize;
    private String featureDefaults;
    private int soc;
    private int members;
    private ModelSpec spec;
    private boolean rolloutMap;
    /** A rollout map read from a format-2 spec that held it (not part of this spec's content). */
    private RolloutMap legacyRollout;

    /** Framework constructor; filled by {@link #load(ModelContentRO)}. */
    public ImodelPortObjectSpec() {
    }

    /** @param spec the trained model's spec (its rollout map, if any, is left to the port object) */
    public ImodelPortObjectSpec(ModelSpec spec) {
        this(spec.config().horizon(), spec.config().experts(), spec.config().topK(), spec.config().hiddenSize(),
                spec.featureDefaults(), spec.features().soc(), spec.ensemble().members(), spec.withRollout(null));
        this.rolloutMap = spec.rollout() != null;
    }

    private ImodelPortObjectSpec(int horizon, int experts, int topK, int hiddenSize, String featureDefaults, int soc,
            int members, ModelSpec spec) {
        this.horizon = horizon;
        this.experts = experts;
        this.topK = topK;
        this.hiddenSize = hiddenSize;
        this.featureDefaults = featureDefaults;
        this.soc = soc;
        this.members = members;
        this.spec = spec;
    }

    /**
     * @param settings the Learner's training settings
     * @param members number of ensemble members (1: a single network)
     * @return the spec of the model these settings will train (known before training)
     */
    public static ImodelPortObjectSpec beforeTraining(TrainingSettings settings, int members) {
        return new ImodelPortObjectSpec(settings.horizon(), settings.experts(), settings.topK(),
                settings.hiddenSize(), settings.featureDefaultsChoice().name(), settings.soc(), members, null);
    }

    /**
     * @return the number of networks (known before training): above 1 for an ensemble, whose forecasts come with a
     *         band
     */
    public int members() {
        return members;
    }

    /**
     * @return the engine's model spec without its rollout map (see {@link #hasRolloutMap()}; the whole model:
     *         {@link ImodelPortObject#model()}), empty before training
     */
    public Optional<ModelSpec> modelSpec() {
        return Optional.ofNullable(spec);
    }

    /** @return whether the trained model carries a rollout map (forecasts beyond its horizon); false before training */
    public boolean hasRolloutMap() {
        return rolloutMap;
    }

    /** @return the rollout map a format-2 spec held, for the port object's loader; null otherwise */
    RolloutMap legacyRollout() {
        return legacyRollout;
    }

    /** @return the forecast horizon in cycles */
    public int horizon() {
        return horizon;
    }

    /** @return the number of experts E (known before training) */
    public int experts() {
        return experts;
    }

    /** @return a one-line description */
    public String summary() {
        return spec != null ? spec.summary() : "iMODEL (not trained yet): horizon " + horizon + " cycles, " + experts
                + " experts (top " + topK + "), hidden " + hiddenSize + ", feature defaults " + featureDefaults
                + ", soc " + soc + (members > 1 ? ", ensemble of " + members : "");
    }

    @Override
    protected void save(ModelContentWO model) {
        model.addInt(VERSION, FORMAT_VERSION);
        model.addInt(HORIZON, horizon);
        model.addInt(EXPERTS, experts);
        model.addInt(TOP_K, topK);
        model.addInt(HIDDEN, hiddenSize);
        model.addString(FEATURE_DEFAULTS, featureDefaults);
        model.addInt(SOC, soc);
        model.addInt(MEMBERS, members);
        model.addBoolean(ROLLOUT_MAP, rolloutMap);
        if (spec != null) {
            Properties p = ModelSpecCodec.write(spec);
            ModelContentWO entries = model.addModelContent(MODEL_SPEC);
            p.stringPropertyNames().stream().sorted().forEach(k -> entries.addString(k, p.getProperty(k)));
        }
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        int version = model.getInt(VERSION);
        if (version > FORMAT_VERSION) {
            throw new InvalidSettingsException("The iMODEL model was saved by a newer iMODEL extension (port format "
                    + version + "; this one reads up to " + FORMAT_VERSION + "). Update the iMODEL extension.");
        }
        horizon = model.getInt(HORIZON);
        experts = model.getInt(EXPERTS);
        topK = model.getInt(TOP_K);
        hiddenSize = model.getInt(HIDDEN);
        featureDefaults = model.getString(FEATURE_DEFAULTS);
        soc = model.getInt(SOC);
        members = version >= 2 ? model.getInt(MEMBERS) : 1;
        if (members < 1) {
            throw new InvalidSettingsException("The iMODEL model spec is damaged: " + members + " ensemble members");
        }
        spec = null;
        legacyRollout = null;
        rolloutMap = false;
        if (model.containsKey(MODEL_SPEC)) {
            ModelContentRO entries = model.getModelContent(MODEL_SPEC);
            Properties p = new Properties();
            for (String key : entries) {
                p.setProperty(key, entries.getString(key));
            }
            ModelSpec read;
            try {
                read = ModelSpecCodec.read(p);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("The iMODEL model spec cannot be read: " + e.getMessage(), e);
            }
            legacyRollout = read.rollout();
            spec = read.withRollout(null);
            rolloutMap = version >= 3 ? model.getBoolean(ROLLOUT_MAP) : legacyRollout != null;
            if (spec.ensemble().members() != members) {
                throw new InvalidSettingsException("The iMODEL model spec is inconsistent: " + members
                        + " members in the port spec, " + spec.ensemble().members() + " in the model spec");
            }
        }
    }

    /** Serializer registered with the org.knime.core.PortType extension point. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<ImodelPortObjectSpec> {
    }
}
