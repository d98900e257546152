package org.imodel.core.training;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.Provenance;
import org.imodel.core.artifact.TrainingEnvelope;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.FeatureDefaults;
import org.imodel.core.features.FeatureSettings;
import org.imodel.core.features.ReferenceUnits;
import org.imodel.core.features.SkippedCell;
import org.imodel.core.features.StandardScaler;
import org.imodel.core.features.StartRule;
import org.imodel.core.features.Window;
import org.imodel.core.features.WindowBuilder;
import org.imodel.core.features.WindowSet;
import org.imodel.core.model.ImodelConfig;

/**
 * The data side of a training run: the rows of the training and validation cells, the feature layout the training
 * rows imply, their windows, the scaler (fitted on the training windows only) and the tensors. {@link #withTrainCells}
 * narrows the training windows to some of the cells and keeps everything else (an ensemble member that leaves a fold
 * of cells out).
 */
final class TrainingData {

    /** Temperature unit of every model's scenario. */
    static final String TEMPERATURE_UNIT = "degC";

    final TrainingSettings settings;
    final List<String> trainCells;
    final List<String> validationCells;
    final String family;
    final FeatureSettings features;
    final StartRule rule;
    final String currentUnit;
    final StandardScaler scaler;
    final List<Window> trainWindows;
    final List<Window> validationWindows;
    final int droppedTrain;
    /** Unusable training windows per training cell (cells without any left out). */
    private final Map<String, Integer> droppedTrainByCell;
    final int droppedValidation;
    final WindowTensors train;
    final WindowTensors validation;
    final String fingerprint;

    private TrainingData(TrainingSettings settings, List<String> trainCells, List<String> validationCells,
            Map<String, List<CycleRecord>> cells) {
        this.settings = settings;
        this.trainCells = trainCells;
        this.validationCells = validationCells;
        List<CycleRecord> trainRows = new ArrayList<>();
        for (String c : trainCells) {
            trainRows.addAll(cells.get(c));
        }
        Layout layout = layout(trainRows, settings);
        family = layout.family;
        features = layout.features;
        rule = layout.rule;
        currentUnit = layout.currentUnit;
        WindowBuilder builder = new WindowBuilder(settings.horizon(), features, rule);
        List<Window> allTrain = windows(builder, cells, trainCells, "training");
        List<Window> allValidation = windows(builder, cells, validationCells, "validation");
        trainWindows = WindowTensors.usable(allTrain);
        validationWindows = WindowTensors.usable(allValidation);
        droppedTrain = allTrain.size() - trainWindows.size();
        droppedTrainByCell = new LinkedHashMap<>();
        allTrain.forEach(w -> droppedTrainByCell.merge(w.cellId(), 1, Integer::sum));
        trainWindows.forEach(w -> droppedTrainByCell.merge(w.cellId(), -1, Integer::sum));
        droppedTrainByCell.values().removeIf(v -> v == 0);
        droppedValidation = allValidation.size() - validationWindows.size();
        if (trainWindows.isEmpty()) {
            throw new IllegalArgumentException("None of the " + allTrain.size() + " training windows is usable: every"
                    + " one has a missing (NaN) feature, curve value, scenario value or capacity");
        }
        if (!validationCells.isEmpty() && validationWindows.isEmpty()) {
            throw new IllegalArgumentException("None of the " + allValidation.size() + " validation windows is"
                    + " usable: every one has a missing (NaN) feature, curve value, scenario value or capacity");
        }
        scaler = fitScaler(trainWindows, features, family);
        int f = features.featureCount();
        int l = features.gridPoints();
        train = WindowTensors.of(trainWindows, scaler, l, f, settings.horizon());
        validation = WindowTensors.of(validationWindows, scaler, l, f, settings.horizon());
        fingerprint = fingerprint(trainRows);
    }

    private TrainingData(TrainingData all, List<String> kept) {
        settings = all.settings;
        trainCells = List.copyOf(kept);
        validationCells = all.validationCells;
        family = all.family;
        features = all.features;
        rule = all.rule;
        currentUnit = all.currentUnit;
        scaler = all.scaler;
        trainWindows = all.trainWindows.stream().filter(w -> kept.contains(w.cellId())).toList();
        validationWindows = all.validationWindows;
        droppedTrainByCell = new LinkedHashMap<>(all.droppedTrainByCell);
        droppedTrainByCell.keySet().retainAll(kept);
        droppedTrain = droppedTrainByCell.values().stream().mapToInt(Integer::intValue).sum();
        droppedValidation = all.droppedValidation;
        if (trainWindows.isEmpty()) {
            throw new IllegalArgumentException("The training cells " + kept + " have no usable window");
        }
        train = WindowTensors.of(trainWindows, scaler, features.gridPoints(), features.featureCount(),
                settings.horizon());
        validation = all.validation;
        fingerprint = all.fingerprint;
    }

    /**
     * The same data with the training windows of some of the training cells only: the scaler, feature layout,
     * validation windows and data fingerprint stay those of all training cells.
     *
     * @param kept training cells to keep (a subset of {@link #trainCells})
     * @return the narrowed data
     * @throws IllegalArgumentException when a kept cell is not a training cell, or the kept cells have no usable
     *         window
     */
    TrainingData withTrainCells(List<String> kept) {
        List<String> unknown = kept.stream().filter(c -> !trainCells.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Cell(s) " + unknown + " are not training cells of this data");
        }
        return new TrainingData(this, kept);
    }

    /** @return the training cells that have at least one usable window, in the order of {@link #trainCells} */
    List<String> cellsWithWindows() {
        Set<String> present = new LinkedHashSet<>();
        trainWindows.forEach(w -> present.add(w.cellId()));
        return trainCells.stream().filter(present::contains).toList();
    }

    /**
     * @param rows rows of any cells (a cell's rows in file order)
     * @param trainCells training cell ids
     * @param validationCells validation cell ids (may be empty only when {@code requireValidation} is false)
     * @param settings settings
     * @param requireValidation whether an empty validation list is an error
     * @return the prepared data
     * @throws IllegalArgumentException for unknown, repeated or overlapping cells, empty splits, cells too short for
     *         the horizon, mixed feature layouts or current units
     */
    static TrainingData prepare(List<CycleRecord> rows, List<String> trainCells, List<String> validationCells,
            TrainingSettings settings, boolean requireValidation) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(settings, "settings");
        List<String> train = cellList(trainCells, "training");
        List<String> validation = cellList(validationCells == null ? List.of() : validationCells, "validation");
        if (train.isEmpty()) {
            throw new IllegalArgumentException("No training cells given: name at least one cell to train on");
        }
        if (requireValidation && validation.isEmpty()) {
            throw new IllegalArgumentException("No validation cells given: name at least one cell (not a training"
                    + " cell) for early stopping and model selection");
        }
        List<String> both = new ArrayList<>(train);
        both.retainAll(validation);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Cell(s) " + both + " are both training and validation cells; a"
                    + " validation cell must not be trained on");
        }
        Set<String> wanted = new LinkedHashSet<>(train);
        wanted.addAll(validation);
        Map<String, List<CycleRecord>> cells = byCell(rows, wanted);
        List<String> unknown = new ArrayList<>();
        for (String c : wanted) {
            if (!cells.containsKey(c)) {
                unknown.add(c);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown cell(s) " + unknown + ": the data has no rows for them. Known"
                    + " cells: " + abbreviate(knownCells(rows)));
        }
        return new TrainingData(settings, train, validation, cells);
    }

    /**
     * @param rows rows
     * @param wanted cell ids to keep, or null for all
     * @return rows per cell id, cells in order of first appearance, rows in input order
     */
    static Map<String, List<CycleRecord>> byCell(List<CycleRecord> rows, Set<String> wanted) {
        Map<String, List<CycleRecord>> cells = new LinkedHashMap<>();
        for (CycleRecord r : rows) {
            if (wanted == null || wanted.contains(r.cellId())) {
                cells.computeIfAbsent(r.cellId(), k -> new ArrayList<>()).add(r);
            }
        }
        return cells;
    }

    /** @return the network configuration for this data's feature layout */
    ImodelConfig config() {
        return settings.config(features.featureCount());
    }

    /**
     * @param config the network configuration
     * @param provenance provenance
     * @return the model spec
     */
    ModelSpec spec(ImodelConfig config, Provenance provenance) {
        return new ModelSpec(config, features, settings.featureDefaultsChoice().name(), features.featureNames(),
                scaler.mean(), scaler.scale(), rule.name(), ModelSpec.SCENARIO_CHANNELS,
                List.of(currentUnit, currentUnit, TEMPERATURE_UNIT), provenance, envelope(trainWindows));
    }

    /**
     * @param windows training windows
     * @return per feature and per scenario channel the smallest and largest value of the windows (features of the
     *         start rows, scenario values of all steps)
     */
    static TrainingEnvelope envelope(List<Window> windows) {
        int f = windows.get(0).features().length;
        double[] lo = filled(f, Double.POSITIVE_INFINITY);
        double[] hi = filled(f, Double.NEGATIVE_INFINITY);
        double[] slo = filled(3, Double.POSITIVE_INFINITY);
        double[] shi = filled(3, Double.NEGATIVE_INFINITY);
        for (Window w : windows) {
            for (int i = 0; i < f; i++) {
                widen(lo, hi, i, w.features()[i]);
            }
            for (int k = 0; k < w.horizon(); k++) {
                widen(slo, shi, 0, w.chargeCurrent()[k]);
                widen(slo, shi, 1, w.dischargeCurrent()[k]);
                widen(slo, shi, 2, w.temperature()[k]);
            }
        }
        return new TrainingEnvelope(lo, hi, slo, shi);
    }

    private static double[] filled(int n, double value) {
        double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }

    private static void widen(double[] lo, double[] hi, int i, double value) {
        if (!Double.isNaN(value)) {
            lo[i] = Math.min(lo[i], value);
            hi[i] = Math.max(hi[i], value);
        }
    }

    /** The feature layout, start rule and current unit shared by all training rows. */
    private record Layout(String family, FeatureSettings features, StartRule rule, String currentUnit) {
    }

    private static Layout layout(List<CycleRecord> trainRows, TrainingSettings settings) {
        Map<String, FeatureSettings> byFamily = new LinkedHashMap<>();
        Set<String> units = new LinkedHashSet<>();
        for (CycleRecord r : trainRows) {
            byFamily.computeIfAbsent(String.valueOf(r.family()), f -> featureSettings(f, settings));
            units.add(String.valueOf(r.currentUnit()));
        }
        String first = byFamily.keySet().iterator().next();
        FeatureSettings features = byFamily.get(first);
        StartRule rule = StartRule.forFamily(first);
        for (Map.Entry<String, FeatureSettings> e : byFamily.entrySet()) {
            if (!e.getValue().equals(features) || StartRule.forFamily(e.getKey()) != rule) {
                throw new IllegalArgumentException("The training cells mix data families with different feature"
                        + " layouts or window rules: " + first + " and " + e.getKey() + ". Train one model per family,"
                        + " or choose one feature setting for all rows (feature defaults UL, LSD, TPSL or RECORDED)");
            }
        }
        if (units.size() > 1) {
            throw new IllegalArgumentException("The training cells give their currents in different units " + units
                    + "; the model's scenario inputs need one unit. Convert the currents or train on cells of one"
                    + " kind");
        }
        return new Layout(first, features, rule, units.iterator().next());
    }

    /**
     * The feature settings for training rows of a family. With AUTO, the family's own layout (6 curve features for
     * TPSL, as the reference; FeatureDefaults.AUTO would give TPSL rows six relaxation features without values).
     */
    static FeatureSettings featureSettings(String family, TrainingSettings settings) {
        FeatureDefaults defaults = settings.featureDefaultsChoice();
        if (defaults == FeatureDefaults.AUTO) {
            return FeatureSettings.defaults(family, settings.soc(), settings.physicalGrid());
        }
        return defaults.settingsFor(family, settings.soc(), settings.physicalGrid());
    }

    private List<Window> windows(WindowBuilder builder, Map<String, List<CycleRecord>> cells, List<String> ids,
            String split) {
        List<CycleRecord> rows = new ArrayList<>();
        for (String c : ids) {
            rows.addAll(cells.get(c));
        }
        WindowSet set = builder.build(rows);
        if (!set.skipped().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            for (SkippedCell s : set.skipped()) {
                reasons.add(s.cellId() + " (" + s.reason() + ")");
            }
            throw new IllegalArgumentException("The " + split + " cell(s) " + String.join("; ", reasons)
                    + " are too short for a horizon of " + settings.horizon() + " cycles. Use a shorter horizon or"
                    + " leave these cells out");
        }
        return set.windows();
    }

    /**
     * Fits the scaler as the reference does: on the training windows' start-row features in the reference's units
     * (mAh for UL), cast to float32, then expressed in engine units (Ah), so that scaled features equal the
     * reference's.
     */
    static StandardScaler fitScaler(List<Window> windows, FeatureSettings features, String family) {
        double factor = ReferenceUnits.capacityFactor(family);
        List<double[]> samples = new ArrayList<>(windows.size());
        for (Window w : windows) {
            samples.add(ReferenceUnits.features(w.features(), features, factor));
        }
        StandardScaler reference = StandardScaler.fit(samples);
        if (factor == 1.0) {
            return reference;
        }
        int[] powers = features.capacityPowers();
        double[] mean = reference.mean();
        double[] scale = reference.scale();
        for (int k = 0; k < mean.length; k++) {
            double f = Math.pow(factor, powers[k]);
            mean[k] /= f;
            scale[k] /= f;
        }
        return StandardScaler.of(mean, scale);
    }

    private static List<String> cellList(List<String> cells, String split) {
        if (cells == null) {
            throw new IllegalArgumentException("No " + split + " cells given");
        }
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            String t = c == null ? "" : c.strip();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("An empty " + split + " cell id was given");
            }
            if (out.contains(t)) {
                throw new IllegalArgumentException("The " + split + " cell " + t + " is listed twice");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    private static List<String> knownCells(List<CycleRecord> rows) {
        Set<String> ids = new LinkedHashSet<>();
        for (CycleRecord r : rows) {
            ids.add(r.cellId());
        }
        return new ArrayList<>(ids);
    }

    private static String abbreviate(List<String> ids) {
        if (ids.isEmpty()) {
            return "none (the data is empty)";
        }
        int show = Math.min(ids.size(), 20);
        return String.join(", ", ids.subList(0, show)) + (ids.size() > show ? ", ... (" + ids.size() + " in all)" : "");
    }

    /** SHA-256 over the rows' cell, cycle, capacity, currents, temperature, curve and relaxation trace. */
    static String fingerprint(List<CycleRecord> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(),
                    sha))) {
                for (CycleRecord r : rows) {
                    byte[] id = String.valueOf(r.cellId()).getBytes(StandardCharsets.UTF_8);
                    out.writeInt(id.length);
                    out.write(id);
                    out.writeInt(r.cycle());
                    out.writeDouble(r.dischargeCapacity());
                    out.writeDouble(r.chargeCurrent());
                    out.writeDouble(r.dischargeCurrent());
                    out.writeDouble(r.temperature());
                    writeArray(out, r.ci());
                    writeArray(out, r.relaxationVoltage());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot compute the data fingerprint", e);
        }
    }

    private static void writeArray(DataOutputStream out, double[] values) throws IOException {
        if (values == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }
}
