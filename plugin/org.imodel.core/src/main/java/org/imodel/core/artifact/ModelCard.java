package org.imodel.core.artifact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.imodel.core.features.FeatureSettings;
import org.imodel.core.model.ImodelConfig;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * What a model is, without opening its file: network settings, feature settings, training (recipe, seed, epochs,
 * training and validation cells, data fingerprint, settings), versions and validation metrics, as rows of (section,
 * property, value). A node shows {@link #rows()} as a table or {@link #text()} as a view; {@code imodel interpret}
 * writes both.
 *
 * @param rows the card's rows in {@link #COLUMNS} order: section, property, value
 */
public record ModelCard(List<String[]> rows) {

    /** Columns of the card as a table. */
    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef("section", ColumnType.STRING, "network, features, training, ensemble, versions, validation or"
                    + " training range."),
            new ColumnDef("property", ColumnType.STRING, "Name of the setting or figure."),
            new ColumnDef("value", ColumnType.STRING, "Its value (text; numbers as written in the model file)."));

    /** Copies the rows. */
    public ModelCard {
        rows = List.copyOf(rows);
    }

    /**
     * @param spec a model's spec
     * @return its card
     */
    public static ModelCard of(ModelSpec spec) {
        List<String[]> rows = new ArrayList<>();
        ImodelConfig c = spec.config();
        add(rows, "network", "experts", c.experts());
        add(rows, "network", "top_k", c.topK());
        add(rows, "network", "alpha", c.alpha());
        add(rows, "network", "hidden_size", c.hiddenSize());
        add(rows, "network", "horizon_cycles", c.horizon());
        add(rows, "network", "curve_points", c.curveLength());
        add(rows, "network", "gate_features", c.features());
        add(rows, "network", "diversity_weight", c.diversityWeight());
        FeatureSettings f = spec.features();
        add(rows, "features", "names", String.join(", ", spec.featureNames()));
        add(rows, "features", "defaults", spec.featureDefaults());
        add(rows, "features", "grid_volt", f.physicalGrid() ? "each cycle's recorded grid"
                : f.gridStartVolt() + "-" + f.gridEndVolt() + " V x " + f.gridPoints());
        add(rows, "features", "soc_percent", f.soc());
        add(rows, "features", "relaxation_features", f.relaxationFeatures());
        add(rows, "features", "window_rule", spec.windowRule());
        add(rows, "features", "scenario", channels(spec));
        Provenance p = spec.provenance();
        add(rows, "training", "recipe", p.recipe());
        add(rows, "training", "seed", p.seed());
        add(rows, "training", "epochs_run", p.epochs());
        add(rows, "training", "kept_epoch", p.bestEpoch());
        add(rows, "training", "train_cells", p.trainCells().size() + ": " + String.join(", ", p.trainCells()));
        add(rows, "training", "validation_cells", p.validationCells().size() + ": "
                + String.join(", ", p.validationCells()));
        add(rows, "training", "data_fingerprint", p.dataFingerprint() == null || p.dataFingerprint().isBlank()
                ? "not recorded" : p.dataFingerprint());
        add(rows, "training", "created", p.created());
        new TreeMap<>(p.training()).forEach((k, v) -> add(rows, "training", k, v));
        ensemble(rows, spec);
        new TreeMap<>(p.versions()).forEach((k, v) -> add(rows, "versions", k, v));
        Map<String, Double> metrics = new TreeMap<>(p.validationMetrics());
        if (metrics.isEmpty()) {
            add(rows, "validation", "metrics", "none recorded");
        }
        metrics.forEach((k, v) -> add(rows, "validation", k, v));
        TrainingEnvelope e = spec.envelope();
        if (e == null) {
            add(rows, "training range", "recorded", "no (model file format 1 or imported parameters)");
        } else {
            for (int i = 0; i < spec.featureNames().size(); i++) {
                add(rows, "training range", spec.featureNames().get(i), range(e.featureMin()[i], e.featureMax()[i]));
            }
            for (int i = 0; i < spec.scenarioChannels().size(); i++) {
                add(rows, "training range", spec.scenarioChannels().get(i) + " (" + spec.scenarioUnits().get(i) + ")",
                        range(e.scenarioMin()[i], e.scenarioMax()[i]));
            }
        }
        return new ModelCard(rows);
    }

    /** @return the rows as table rows (Object[] of strings) in {@link #COLUMNS} order */
    public List<Object[]> tableRows() {
        List<Object[]> out = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            out.add(Arrays.copyOf(r, r.length, Object[].class));
        }
        return out;
    }

    /** @return the card as aligned text, one section after the other */
    public String text() {
        int width = 0;
        for (String[] r : rows) {
            width = Math.max(width, r[1].length());
        }
        StringBuilder b = new StringBuilder("iMODEL model card\n");
        String section = null;
        for (String[] r : rows) {
            if (!r[0].equals(section)) {
                section = r[0];
                b.append('\n').append(section).append('\n');
            }
            b.append("  ").append(String.format(Locale.ROOT, "%-" + width + "s", r[1])).append("  ").append(r[2])
                    .append('\n');
        }
        return b.toString();
    }

    private static void ensemble(List<String[]> rows, ModelSpec spec) {
        Ensemble m = spec.ensemble();
        if (!m.isEnsemble()) {
            return;
        }
        long seed = spec.provenance().seed();
        add(rows, "ensemble", "members", m.members());
        add(rows, "ensemble", "seeds", seed + " .. " + (seed + m.members() - 1) + " (member i: seed + i)");
        add(rows, "ensemble", "epochs_run", Arrays.toString(m.epochs()));
        add(rows, "ensemble", "kept_epochs", Arrays.toString(m.bestEpochs()));
        add(rows, "ensemble", "forecast", "mean of the members");
        add(rows, "ensemble", "band", "members' quantiles (default 5-95 %), their distance to the mean times the"
                + " spread scale");
        add(rows, "ensemble", "spread_scale", m.spreadScale());
        add(rows, "ensemble", "calibration", calibration(m));
        if (spec.rollout() != null) {
            add(rows, "ensemble", "band_beyond_horizon", m.calibratedBeyondHorizon()
                    ? "per block of " + spec.config().horizon() + " cycles beyond the horizon the spread scale times "
                    + m.rolloutGrowthText() + " (later blocks: the last factor), fitted on the validation"
                    + " cells' rollouts"
                    : "not calibrated: the spread scale of the first " + spec.config().horizon() + " cycles");
        }
        add(rows, "ensemble", "interpretation", "per member (experts do not line up across members)");
    }

    private static String calibration(Ensemble m) {
        if (!m.calibrated()) {
            return "none (raw spread of the members)";
        }
        String level = String.format(Locale.ROOT, "%.0f %%", 100 * m.calibrationLevel());
        if (m.calibration() == BandCalibration.CROSS) {
            return "cross: member i did not train on fold i of the training cells (cells dealt round-robin); the scale"
                    + " is the smallest with which the " + level + " band covers " + level + " of the true values of"
                    + " every training cell (about the forecast of the member that did not train on it) and of the"
                    + " validation cells (about the mean); cells, windows and coverage: validation metrics"
                    + " band_calibration_*";
        }
        return "validation: scale fitted on the validation cells so that the " + level + " band covers " + level
                + " of their true values; on new cells it can cover less (with few validation cells it learns their"
                + " errors); cells, windows and coverage: validation metrics band_calibration_* (if recorded)";
    }

    private static String channels(ModelSpec spec) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < spec.scenarioChannels().size(); i++) {
            parts.add(spec.scenarioChannels().get(i) + " (" + spec.scenarioUnits().get(i) + ")");
        }
        return String.join(", ", parts);
    }

    private static String range(double lo, double hi) {
        return String.format(Locale.ROOT, "%.6g .. %.6g", lo, hi);
    }

    private static void add(List<String[]> rows, String section, String property, Object value) {
        rows.add(new String[] {section, property, String.valueOf(value)});
    }
}
