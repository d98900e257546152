package org.imodel.core.artifact;

import java.util.List;

import org.imodel.core.features.FeatureSettings;
import org.imodel.core.model.ImodelConfig;
import org.imodel.core.rollout.RolloutMap;

/**
 * Everything a consumer of a trained iMODEL needs besides its parameters: the network configuration, how
 * features are computed (grid, SOC start, threshold, feature names in gate-input order) and scaled, which rows
 * start a window, which scenario channels the model expects and in which units, and the model's provenance.
 * Downstream nodes use it to reject incompatible input before execution.
 *
 * @param config network configuration (experts, top-k, alpha, hidden size, horizon, curve length, features)
 * @param features feature settings
 * @param featureDefaults how feature settings were chosen per row (a {@code FeatureDefaults} name)
 * @param featureNames feature names in gate-input order
 * @param scalerMean standard-scaler means, one per feature (our units: Ah, Ah^2, V)
 * @param scalerScale standard-scaler scales, one per feature
 * @param windowRule which rows start a window (a {@code StartRule} name: UL, LSD, TPSL or ALL)
 * @param scenarioChannels scenario input names per future cycle, in model order
 * @param scenarioUnits units of the scenario channels (e.g. A, C, C-code, degC)
 * @param provenance where the model came from
 * @param envelope the range of the training data (features and scenario values), or null for models written
 *        before it was recorded (spec format 1): their forecasts cannot be checked for extrapolation
 * @param ensemble how many networks the model holds (seeds, kept epochs, band scale); a single network for models
 *        written before ensembles existed (spec formats 1 and 2)
 * @param rollout how the cell state moves over one horizon, for forecasts beyond it; null for models written before
 *        it was fitted (they forecast up to their horizon only)
 */
public record ModelSpec(ImodelConfig config, FeatureSettings features, String featureDefaults,
        List<String> featureNames, double[] scalerMean, double[] scalerScale, String windowRule,
        List<String> scenarioChannels, List<String> scenarioUnits, Provenance provenance,
        TrainingEnvelope envelope, Ensemble ensemble, RolloutMap rollout) {

    /** Scenario channels of every iMODEL, in model order. */
    public static final List<String> SCENARIO_CHANNELS = List.of("charge_current", "discharge_current",
            "temperature");

    /** Checks that the parts agree with each other. */
    public ModelSpec {
        featureNames = List.copyOf(featureNames);
        scenarioChannels = List.copyOf(scenarioChannels);
        scenarioUnits = List.copyOf(scenarioUnits);
        if (featureNames.size() != config.features() || scalerMean.length != config.features()
                || scalerScale.length != config.features()) {
            throw new IllegalArgumentException("inconsistent model spec: " + config.features() + " gate inputs, "
                    + featureNames.size() + " feature names, " + scalerMean.length + " scaler means, "
                    + scalerScale.length + " scaler scales");
        }
        if (scenarioChannels.size() != ImodelConfig.SCENARIO_INPUTS || scenarioUnits.size() != scenarioChannels.size()) {
            throw new IllegalArgumentException("inconsistent model spec: scenario channels " + scenarioChannels
                    + " with units " + scenarioUnits);
        }
        if (envelope != null && (envelope.featureMin().length != config.features()
                || envelope.scenarioMin().length != scenarioChannels.size())) {
            throw new IllegalArgumentException("inconsistent model spec: the training envelope has "
                    + envelope.featureMin().length + " features and " + envelope.scenarioMin().length
                    + " scenario channels, the model " + config.features() + " and " + scenarioChannels.size());
        }
        if (ensemble == null) {
            throw new IllegalArgumentException("inconsistent model spec: no ensemble record (use Ensemble.single)");
        }
        if (rollout != null && (rollout.horizon() != config.horizon() || rollout.curveLength() != config.curveLength()
                || rollout.features() != config.features())) {
            throw new IllegalArgumentException("inconsistent model spec: the rollout map is for horizon "
                    + rollout.horizon() + ", " + rollout.curveLength() + " curve points and " + rollout.features()
                    + " features, the model has " + config.horizon() + ", " + config.curveLength() + " and "
                    + config.features());
        }
    }

    /**
     * A spec without rollout map.
     *
     * @param config network configuration
     * @param features feature settings
     * @param featureDefaults feature-defaults choice
     * @param featureNames feature names
     * @param scalerMean scaler means
     * @param scalerScale scaler scales
     * @param windowRule window rule
     * @param scenarioChannels scenario channels
     * @param scenarioUnits scenario units
     * @param provenance provenance
     * @param envelope training envelope or null
     * @param ensemble the ensemble record
     */
    public ModelSpec(ImodelConfig config, FeatureSettings features, String featureDefaults, List<String> featureNames,
            double[] scalerMean, double[] scalerScale, String windowRule, List<String> scenarioChannels,
            List<String> scenarioUnits, Provenance provenance, TrainingEnvelope envelope, Ensemble ensemble) {
        this(config, features, featureDefaults, featureNames, scalerMean, scalerScale, windowRule, scenarioChannels,
                scenarioUnits, provenance, envelope, ensemble, null);
    }

    /**
     * A spec of a single network (as written before spec format 3).
     *
     * @param config network configuration
     * @param features feature settings
     * @param featureDefaults feature-defaults choice
     * @param featureNames feature names
     * @param scalerMean scaler means
     * @param scalerScale scaler scales
     * @param windowRule window rule
     * @param scenarioChannels scenario channels
     * @param scenarioUnits scenario units
     * @param provenance provenance
     * @param envelope training envelope or null
     */
    public ModelSpec(ImodelConfig config, FeatureSettings features, String featureDefaults, List<String> featureNames,
            double[] scalerMean, double[] scalerScale, String windowRule, List<String> scenarioChannels,
            List<String> scenarioUnits, Provenance provenance, TrainingEnvelope envelope) {
        this(config, features, featureDefaults, featureNames, scalerMean, scalerScale, windowRule, scenarioChannels,
                scenarioUnits, provenance, envelope, Ensemble.single(provenance.epochs(), provenance.bestEpoch()));
    }

    /**
     * A spec without training envelope (as written before format 2, or for imported parameters whose training data
     * are not known).
     *
     * @param config network configuration
     * @param features feature settings
     * @param featureDefaults feature-defaults choice
     * @param featureNames feature names
     * @param scalerMean scaler means
     * @param scalerScale scaler scales
     * @param windowRule window rule
     * @param scenarioChannels scenario channels
     * @param scenarioUnits scenario units
     * @param provenance provenance
     */
    public ModelSpec(ImodelConfig config, FeatureSettings features, String featureDefaults, List<String> featureNames,
            double[] scalerMean, double[] scalerScale, String windowRule, List<String> scenarioChannels,
            List<String> scenarioUnits, Provenance provenance) {
        this(config, features, featureDefaults, featureNames, scalerMean, scalerScale, windowRule, scenarioChannels,
                scenarioUnits, provenance, null);
    }

    /**
     * @param newEnvelope the training envelope
     * @return this spec with that envelope
     */
    public ModelSpec withEnvelope(TrainingEnvelope newEnvelope) {
        return new ModelSpec(config, features, featureDefaults, featureNames, scalerMean, scalerScale, windowRule,
                scenarioChannels, scenarioUnits, provenance, newEnvelope, ensemble, rollout);
    }

    /**
     * @param newProvenance the provenance
     * @param newEnsemble the ensemble record
     * @return this spec with that provenance and ensemble
     */
    public ModelSpec withEnsemble(Provenance newProvenance, Ensemble newEnsemble) {
        return new ModelSpec(config, features, featureDefaults, featureNames, scalerMean, scalerScale, windowRule,
                scenarioChannels, scenarioUnits, newProvenance, envelope, newEnsemble, rollout);
    }

    /**
     * @param map how the cell state moves over one horizon (or null for none)
     * @return this spec with that rollout map
     */
    public ModelSpec withRollout(RolloutMap map) {
        return new ModelSpec(config, features, featureDefaults, featureNames, scalerMean, scalerScale, windowRule,
                scenarioChannels, scenarioUnits, provenance, envelope, ensemble, map);
    }

    /** @return a one-line summary for logs and port views */
    public String summary() {
        return "iMODEL: horizon " + config.horizon() + " cycles, " + config.experts() + " experts (top "
                + config.topK() + "), hidden " + config.hiddenSize() + ", " + config.features() + " features, CI "
                + features.gridStartVolt() + "-" + features.gridEndVolt() + " V x " + features.gridPoints()
                + ", soc " + features.soc() + "; recipe " + provenance.recipe() + ", seed " + provenance.seed()
                + ", trained on " + provenance.trainCells().size() + " cell(s)"
                + (ensemble.isEnsemble() ? "; ensemble of " + ensemble.members() + " (seeds " + provenance.seed()
                        + ".." + (provenance.seed() + ensemble.members() - 1) + ")" : "")
                + (rollout == null ? "" : "; forecasts beyond the horizon by rollout");
    }
}
