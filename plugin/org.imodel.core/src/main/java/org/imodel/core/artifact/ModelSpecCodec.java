package org.imodel.core.artifact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.imodel.core.features.FeatureSettings;
import org.imodel.core.model.ImodelConfig;
import org.imodel.core.rollout.RolloutMap;

/**
 * Writes a {@link ModelSpec} as versioned key/value text ({@link Properties}) and reads it back, exactly (numbers in
 * Java's shortest round-trip form). Used by the model file and by the KNIME port object, so both stay in step.
 */
public final class ModelSpecCodec {

    /**
     * Version of the spec layout written by this code; readers accept this and older versions. 1: the first
     * layout; 2: adds the training envelope ({@code envelope.*}, written when the spec has one); 3: adds the
     * ensemble ({@code ensemble.*}: members, epochs and kept epoch per member, band calibration). Specs without
     * {@code ensemble.*} are single networks; {@code ensemble.calibration} ({@code cross} or {@code validation},
     * see {@link BandCalibration}) came later within version 3 and reads as {@code validation} when absent, as
     * every ensemble before it was calibrated that way; {@code ensemble.rolloutGrowth} (the band's growth per block
     * beyond the horizon, see {@link Ensemble#rolloutGrowth()}) came later still and is optional. The rollout map
     * ({@code rollout.*}, written when the spec has one) is optional and carries its own version
     * ({@code rollout.version}); readers that predate it ignore it.
     */
    public static final int FORMAT_VERSION = 3;

    private static final String LIST_SEPARATOR = "|";

    private ModelSpecCodec() {
    }

    /**
     * @param spec the spec
     * @return its properties
     */
    public static Properties write(ModelSpec spec) {
        Properties p = new Properties();
        put(p, "format.version", FORMAT_VERSION);
        ImodelConfig c = spec.config();
        put(p, "config.experts", c.experts());
        put(p, "config.topK", c.topK());
        put(p, "config.alpha", c.alpha());
        put(p, "config.hiddenSize", c.hiddenSize());
        put(p, "config.horizon", c.horizon());
        put(p, "config.curveLength", c.curveLength());
        put(p, "config.features", c.features());
        put(p, "config.diversityWeight", c.diversityWeight());
        FeatureSettings f = spec.features();
        put(p, "features.gridStartVolt", f.gridStartVolt());
        put(p, "features.gridEndVolt", f.gridEndVolt());
        put(p, "features.gridPoints", f.gridPoints());
        put(p, "features.finePoints", f.finePoints());
        put(p, "features.riseThresholdAh", f.riseThresholdAh());
        put(p, "features.soc", f.soc());
        put(p, "features.relaxation", f.relaxationFeatures());
        put(p, "features.referenceVolt", f.referenceVolt());
        put(p, "features.physicalGrid", f.physicalGrid());
        p.setProperty("features.defaults", spec.featureDefaults());
        p.setProperty("features.names", join(spec.featureNames()));
        p.setProperty("scaler.mean", numbers(spec.scalerMean()));
        p.setProperty("scaler.scale", numbers(spec.scalerScale()));
        p.setProperty("window.rule", spec.windowRule());
        p.setProperty("scenario.channels", join(spec.scenarioChannels()));
        p.setProperty("scenario.units", join(spec.scenarioUnits()));
        Provenance v = spec.provenance();
        p.setProperty("provenance.recipe", v.recipe());
        put(p, "provenance.seed", v.seed());
        put(p, "provenance.epochs", v.epochs());
        put(p, "provenance.bestEpoch", v.bestEpoch());
        p.setProperty("provenance.trainCells", join(v.trainCells()));
        p.setProperty("provenance.validationCells", join(v.validationCells()));
        p.setProperty("provenance.dataFingerprint", v.dataFingerprint());
        p.setProperty("provenance.created", v.created());
        v.versions().forEach((k, val) -> p.setProperty("version." + k, val));
        v.validationMetrics().forEach((k, val) -> put(p, "metric." + k, val));
        v.training().forEach((k, val) -> p.setProperty("training." + k, val));
        TrainingEnvelope e = spec.envelope();
        if (e != null) {
            p.setProperty("envelope.featureMin", numbers(e.featureMin()));
            p.setProperty("envelope.featureMax", numbers(e.featureMax()));
            p.setProperty("envelope.scenarioMin", numbers(e.scenarioMin()));
            p.setProperty("envelope.scenarioMax", numbers(e.scenarioMax()));
        }
        if (spec.rollout() != null) {
            writeRollout(p, spec.rollout());
        }
        Ensemble m = spec.ensemble();
        put(p, "ensemble.members", m.members());
        p.setProperty("ensemble.epochs", integers(m.epochs()));
        p.setProperty("ensemble.bestEpochs", integers(m.bestEpochs()));
        put(p, "ensemble.calibrationLevel", m.calibrationLevel());
        put(p, "ensemble.spreadScale", m.spreadScale());
        p.setProperty("ensemble.calibration", m.calibration().label());
        if (m.calibratedBeyondHorizon()) {
            p.setProperty("ensemble.rolloutGrowth", numbers(m.rolloutGrowth()));
        }
        return p;
    }

    /**
     * @param p properties written by {@link #write(ModelSpec)}
     * @return the spec
     * @throws IllegalArgumentException naming the missing or malformed key, or a too new format version
     */
    public static ModelSpec read(Properties p) {
        int version = integer(p, "format.version");
        if (version > FORMAT_VERSION) {
            throw new IllegalArgumentException("the model was written by a newer iMODEL (format " + version
                    + "; this version reads up to " + FORMAT_VERSION + "). Update the iMODEL extension.");
        }
        ImodelConfig config = new ImodelConfig(integer(p, "config.experts"), integer(p, "config.topK"),
                number(p, "config.alpha"), integer(p, "config.hiddenSize"), integer(p, "config.horizon"),
                integer(p, "config.curveLength"), integer(p, "config.features"), number(p, "config.diversityWeight"));
        FeatureSettings features = new FeatureSettings(number(p, "features.gridStartVolt"),
                number(p, "features.gridEndVolt"), integer(p, "features.gridPoints"),
                integer(p, "features.finePoints"), number(p, "features.riseThresholdAh"), integer(p, "features.soc"),
                bool(p, "features.relaxation"), number(p, "features.referenceVolt"),
                bool(p, "features.physicalGrid"));
        Map<String, String> versions = new TreeMap<>();
        Map<String, Double> metrics = new TreeMap<>();
        Map<String, String> training = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("version.")) {
                versions.put(key.substring(8), p.getProperty(key));
            } else if (key.startsWith("training.")) {
                training.put(key.substring(9), p.getProperty(key));
            } else if (key.startsWith("metric.")) {
                metrics.put(key.substring(7), number(p, key));
            }
        }
        Provenance provenance = new Provenance(text(p, "provenance.recipe"), (long) number(p, "provenance.seed"),
                integer(p, "provenance.epochs"), integer(p, "provenance.bestEpoch"),
                list(p, "provenance.trainCells"), list(p, "provenance.validationCells"),
                text(p, "provenance.dataFingerprint"), versions, metrics, text(p, "provenance.created"), training);
        return new ModelSpec(config, features, text(p, "features.defaults"), list(p, "features.names"),
                numbers(p, "scaler.mean"), numbers(p, "scaler.scale"), text(p, "window.rule"),
                list(p, "scenario.channels"), list(p, "scenario.units"), provenance, envelope(p),
                ensemble(p, provenance), rollout(p));
    }

    private static Ensemble ensemble(Properties p, Provenance provenance) {
        if (p.getProperty("ensemble.members") == null) {
            return Ensemble.single(provenance.epochs(), provenance.bestEpoch());
        }
        int members = integer(p, "ensemble.members");
        int[] epochs = integers(p, "ensemble.epochs");
        int[] best = integers(p, "ensemble.bestEpochs");
        if (members < 1 || epochs.length != members || best.length != members) {
            throw new IllegalArgumentException("the model spec's ensemble is inconsistent: " + members + " members, "
                    + epochs.length + " epoch counts, " + best.length + " kept epochs. The model file is damaged.");
        }
        double scale = number(p, "ensemble.spreadScale");
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("'ensemble.spreadScale' in the model spec must be a finite number >= 0,"
                    + " not " + scale + ". The model file is damaged.");
        }
        String calibration = p.getProperty("ensemble.calibration");
        BandCalibration method;
        try {
            // written before cross-fitting: the scale was fitted on the validation cells
            method = calibration == null ? BandCalibration.VALIDATION : BandCalibration.parse(calibration);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'ensemble.calibration' in the model spec must be cross or validation,"
                    + " not '" + calibration + "'. The model file is damaged or from a newer iMODEL.", e);
        }
        // written before the band was calibrated beyond the horizon: no growth factors
        double[] growth = p.getProperty("ensemble.rolloutGrowth") == null ? new double[0]
                : numbers(p, "ensemble.rolloutGrowth");
        if (!Ensemble.validGrowth(growth)) {
            throw new IllegalArgumentException("'ensemble.rolloutGrowth' in the model spec must hold finite numbers"
                    + " >= 0, not " + p.getProperty("ensemble.rolloutGrowth") + ". The model file is damaged.");
        }
        return new Ensemble(members, epochs, best, number(p, "ensemble.calibrationLevel"), scale, method, growth);
    }

    private static String integers(int[] values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(values[i]);
        }
        return b.toString();
    }

    private static int[] integers(Properties p, String key) {
        double[] v = numbers(p, key);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i])) {
                throw new IllegalArgumentException("'" + key + "' in the model spec holds " + v[i]
                        + ", not a whole number. The model file is damaged.");
            }
            out[i] = (int) v[i];
        }
        return out;
    }

    /**
     * @param m a rollout map
     * @return its {@code rollout.*} keys, as {@link #write(ModelSpec)} writes them into a spec that has the map
     */
    public static Properties writeRollout(RolloutMap m) {
        Properties p = new Properties();
        writeRollout(p, m);
        return p;
    }

    /**
     * @param p properties holding {@code rollout.*} keys (other keys are ignored)
     * @return the rollout map, or null when {@code p} has none
     * @throws IllegalArgumentException naming a missing or malformed key, or a too new rollout version
     */
    public static RolloutMap readRollout(Properties p) {
        return rollout(p);
    }

    private static void writeRollout(Properties p, RolloutMap m) {
        put(p, "rollout.version", m.version());
        put(p, "rollout.horizon", m.horizon());
        put(p, "rollout.curveLength", m.curveLength());
        put(p, "rollout.features", m.features());
        put(p, "rollout.ridge", m.ridge());
        put(p, "rollout.pairs", m.pairs());
        put(p, "rollout.validationError", m.validationError());
        p.setProperty("rollout.inputMean", numbers(m.inputMean()));
        p.setProperty("rollout.inputScale", numbers(m.inputScale()));
        p.setProperty("rollout.intercept", numbers(m.intercept()));
        double[] flat = new double[m.weights().length * m.intercept().length];
        for (int i = 0; i < m.weights().length; i++) {
            System.arraycopy(m.weights()[i], 0, flat, i * m.intercept().length, m.intercept().length);
        }
        p.setProperty("rollout.weights", numbers(flat));
    }

    private static RolloutMap rollout(Properties p) {
        if (p.getProperty("rollout.version") == null) {
            return null;
        }
        int version = integer(p, "rollout.version");
        if (version > RolloutMap.VERSION) {
            throw new IllegalArgumentException("the model's rollout map was written by a newer iMODEL (rollout version "
                    + version + "; this version reads up to " + RolloutMap.VERSION + "). Update the iMODEL extension.");
        }
        double[] intercept = numbers(p, "rollout.intercept");
        double[] flat = numbers(p, "rollout.weights");
        int outputs = intercept.length;
        if (outputs == 0 || flat.length % outputs != 0) {
            throw new IllegalArgumentException("'rollout.weights' in the model spec holds " + flat.length
                    + " numbers, not a multiple of the " + outputs + " outputs. The model file is damaged.");
        }
        double[][] weights = new double[flat.length / outputs][outputs];
        for (int i = 0; i < weights.length; i++) {
            System.arraycopy(flat, i * outputs, weights[i], 0, outputs);
        }
        return new RolloutMap(version, integer(p, "rollout.horizon"), integer(p, "rollout.curveLength"),
                integer(p, "rollout.features"), number(p, "rollout.ridge"), numbers(p, "rollout.inputMean"),
                numbers(p, "rollout.inputScale"), intercept, weights, integer(p, "rollout.pairs"),
                number(p, "rollout.validationError"));
    }

    private static TrainingEnvelope envelope(Properties p) {
        if (p.getProperty("envelope.featureMin") == null) {
            return null;
        }
        return new TrainingEnvelope(numbers(p, "envelope.featureMin"), numbers(p, "envelope.featureMax"),
                numbers(p, "envelope.scenarioMin"), numbers(p, "envelope.scenarioMax"));
    }

    private static void put(Properties p, String key, Object value) {
        p.setProperty(key, String.valueOf(value));
    }

    private static String join(List<String> values) {
        for (String v : values) {
            if (v.contains(LIST_SEPARATOR)) {
                throw new IllegalArgumentException("'" + v + "' contains '" + LIST_SEPARATOR
                        + "', which model files use to separate names; rename it");
            }
        }
        return String.join(LIST_SEPARATOR, values);
    }

    private static String numbers(double[] values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(Double.toString(values[i]));
        }
        return b.toString();
    }

    private static String text(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("the model spec lacks '" + key + "'; the model file is incomplete or"
                    + " damaged. Train or export the model again.");
        }
        return v;
    }

    private static List<String> list(Properties p, String key) {
        String v = text(p, key);
        return v.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(v.split("\\" + LIST_SEPARATOR, -1)));
    }

    private static double number(Properties p, String key) {
        try {
            return Double.parseDouble(text(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + "' in the model spec is not a number: '" + p.getProperty(key)
                    + "'. The model file is damaged.", e);
        }
    }

    private static int integer(Properties p, String key) {
        double v = number(p, key);
        if (v != Math.rint(v)) {
            throw new IllegalArgumentException("'" + key + "' in the model spec is not a whole number: " + v);
        }
        return (int) v;
    }

    private static boolean bool(Properties p, String key) {
        String v = text(p, key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("'" + key + "' in the model spec must be true or false, not '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    private static double[] numbers(Properties p, String key) {
        String v = text(p, key);
        if (v.isEmpty()) {
            return new double[0];
        }
        String[] parts = v.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + key + "' in the model spec holds '" + parts[i]
                        + "', not a number. The model file is damaged.", e);
            }
        }
        return out;
    }
}
