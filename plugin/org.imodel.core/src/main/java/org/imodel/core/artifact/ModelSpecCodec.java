package org.imodel.core.artifact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.imodel.core.features.FeatureSettings;
import org.imodel.core.model.ImodelConfig;

/**
 * Writes a {@link ModelSpec} as versioned key/value text ({@link Properties}) and reads it back, exactly (numbers in
 * Java's shortest round-trip form). Used by the model file and by the KNIME port object, so both stay in step.
 */
public final class ModelSpecCodec {

    /**
     * Version of the spec layout written by this code; readers accept this and older versions. 1: the first
     * layout; 2: adds the training envelope ({@code envelope.*}, written when the spec has one); 3: adds the
     * ensemble ({@code ensemble.*}: members, epochs and kept epoch per member, band calibration). Specs without
     * {@code ensemble.*} are single networks.
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
        Ensemble m = spec.ensemble();
        put(p, "ensemble.members", m.members());
        p.setProperty("ensemble.epochs", integers(m.epochs()));
        p.setProperty("ensemble.bestEpochs", integers(m.bestEpochs()));
        put(p, "ensemble.calibrationLevel", m.calibrationLevel());
        put(p, "ensemble.spreadScale", m.spreadScale());
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
                ensemble(p, provenance));
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
        return new Ensemble(members, epochs, best, number(p, "ensemble.calibrationLevel"), scale);
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
