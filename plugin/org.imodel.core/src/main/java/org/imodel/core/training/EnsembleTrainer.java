package org.imodel.core.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ObjIntConsumer;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.artifact.Ensemble;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.Provenance;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.BandMetrics;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.rollout.RolloutBandFit;

/**
 * Trains an ensemble: K networks with the same settings, member i with seed + i. The ensemble's forecast is the
 * members' mean; its band, the members' quantiles about the mean, is scaled so that the
 * {@value EnsembleBand#DEFAULT_LEVEL}-band covers that share of true values not trained on
 * ({@link SpreadCalibration}; the scale is stored in the model, raw and calibrated coverage in the validation
 * metrics). How:
 * <ul>
 * <li>{@link BandCalibration#CROSS} (the default): the training cells are split into folds ({@link CalibrationFolds}:
 * round-robin in the given order); member i trains on the training cells but fold i, so its forecasts on fold i are
 * out of fold. The scale is fitted on every training cell's windows centred on its out-of-fold member's forecast
 * together with the validation cells' windows centred on the ensemble mean, the half-widths always the whole
 * ensemble's quantile distances. The feature scaler, windows and training envelope stay those of all training cells
 * (shared by the members); only each member's training windows leave its fold out. The kept epoch is still chosen on
 * the validation cells. When a member would keep fewer than {@value CalibrationFolds#MIN_KEPT_CELLS} training cells,
 * the ensemble falls back to {@link BandCalibration#VALIDATION} (the model records which was used).</li>
 * <li>{@link BandCalibration#VALIDATION}: every member trains on all training cells; the scale is fitted on the
 * validation cells alone (with one or two validation cells it learns their errors, often smaller than other cells').
 * </li>
 * </ul>
 * One member gives exactly what {@link ImodelTrainer#train} gives. Members train at the same time, one thread each
 * ({@link ParallelTrainings}): each is the model its seed and its training cells give alone.
 */
public final class EnsembleTrainer {

    /** Most members an ensemble may have. */
    public static final int MAX_MEMBERS = 64;

    private EnsembleTrainer() {
    }

    /**
     * @param rows per-cycle rows
     * @param trainCells training cell ids
     * @param validationCells validation cell ids (early stopping, kept epoch, band calibration)
     * @param settings settings of every member; member i trains with seed {@code settings.seed() + i}
     * @param members number of members K, 1 .. {@value #MAX_MEMBERS}
     * @param calibration how the band's spread scale is fitted (ignored for one member); {@code CROSS} falls back
     *        to {@code VALIDATION} when the training cells are too few for the members (see the class comment)
     * @param threads members trained at the same time, one thread each ({@link ParallelTrainings}; the members are
     *        the same for any number), at least 1
     * @param progress progress; cancellation is checked before every batch
     * @param listener receives each member's epochs with the 0-based member, from the training threads (may be
     *        null)
     * @return the trained model (close it)
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException as {@link ImodelTrainer#train}, or for a member or thread count out of range
     */
    public static TrainedModel train(List<CycleRecord> rows, List<String> trainCells, List<String> validationCells,
            TrainingSettings settings, int members, BandCalibration calibration, int threads, Progress progress,
            ObjIntConsumer<EpochStats> listener) throws CancelledException {
        checkMembers(members);
        Objects.requireNonNull(calibration, "calibration");
        Progress p = progress == null ? Progress.NONE : progress;
        ObjIntConsumer<EpochStats> l = listener == null ? (s, m) -> { } : listener;
        if (members == 1) {
            // on the caller's thread, exactly as a single training always ran
            return ImodelTrainer.train(rows, trainCells, validationCells, settings, p, s -> l.accept(s, 0));
        }
        List<Long> seeds = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            seeds.add(settings.seed() + m);
        }
        p.report(0, "Building the training and validation windows");
        // one scaler and set of windows for all members, the ensemble's validation metrics and the band calibration
        TrainingData data = TrainingData.prepare(rows, trainCells, validationCells, settings, true);
        Optional<CalibrationFolds> folds = calibration == BandCalibration.CROSS
                ? CalibrationFolds.of(data.cellsWithWindows(), members) : Optional.empty();
        if (calibration == BandCalibration.CROSS && folds.isEmpty()) {
            p.report(0, String.format(Locale.ROOT, "Cross-fitted band calibration needs every one of the %d members"
                    + " to keep at least %d of the %d training cells: the band is calibrated on the validation cells"
                    + " only", members, CalibrationFolds.MIN_KEPT_CELLS, data.cellsWithWindows().size()));
        }
        List<TrainingData> memberData = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            memberData.add(folds.isPresent() ? data.withTrainCells(folds.get().trainCells(m)) : data);
        }
        p.checkCancelled();
        List<TrainedModel> trained = ParallelTrainings.run(memberData, ParallelTrainings.withSeeds(settings, seeds),
                threads, p, (m, s) -> l.accept(s, m));
        try {
            return combine(data, folds.orElse(null), settings, trained, p);
        } catch (CancelledException | RuntimeException e) {
            trained.forEach(TrainedModel::close);
            throw e;
        }
    }

    /**
     * @param members number of members
     * @return threads to train them with by default: one per member, at most one per processor
     */
    public static int defaultThreads(int members) {
        return ParallelTrainings.defaultThreads(members);
    }

    /**
     * @param members number of members
     * @throws IllegalArgumentException unless 1 &le; members &le; {@value #MAX_MEMBERS}
     */
    public static void checkMembers(int members) {
        if (members < 1 || members > MAX_MEMBERS) {
            throw new IllegalArgumentException("The number of ensemble members must be between 1 (a single model) and "
                    + MAX_MEMBERS + "; got " + members);
        }
    }

    private static TrainedModel combine(TrainingData data, CalibrationFolds folds, TrainingSettings settings,
            List<TrainedModel> members, Progress progress) throws CancelledException {
        int k = members.size();
        int[] epochs = new int[k];
        int[] best = new int[k];
        float[][][] validation = new float[k][][];
        float[][][] training = new float[k][][];
        for (int m = 0; m < k; m++) {
            epochs[m] = members.get(m).history().size();
            best[m] = members.get(m).bestEpoch();
            validation[m] = ImodelTrainer.predictions(members.get(m).network(), data.validation);
            training[m] = folds == null ? new float[0][] : ImodelTrainer.predictions(members.get(m).network(),
                    data.train);
            progress.checkCancelled();
        }
        float[][] validationTargets = ImodelTrainer.targets(data.validation);
        int[] validationCentres = new int[validationTargets.length];
        Arrays.fill(validationCentres, SpreadCalibration.MEAN);
        float[][] trainingTargets = folds == null ? new float[0][] : ImodelTrainer.targets(data.train);
        int[] trainingCentres = new int[trainingTargets.length];
        for (int w = 0; w < trainingCentres.length; w++) {
            trainingCentres[w] = folds.outOfFoldMember(data.train.cells[w]);
        }
        SpreadCalibration c = SpreadCalibration.fit(concat(validation, training), concat(validationTargets,
                trainingTargets), concat(validationCentres, trainingCentres), EnsembleBand.DEFAULT_LEVEL);
        BandCalibration method = folds == null ? BandCalibration.VALIDATION : BandCalibration.CROSS;
        Map<String, Double> metrics = metrics(validation, validationTargets, c, method, cellCount(data.validation)
                + (folds == null ? 0 : folds.cellCount()));
        Ensemble ensemble = new Ensemble(k, epochs, best, Double.NaN, 1, method);
        if (!Double.isNaN(c.scale())) {
            ensemble = ensemble.withCalibration(EnsembleBand.DEFAULT_LEVEL, c.scale());
        }
        // member 0's spec with the whole ensemble's training cells and envelope; cross-fitted, member 0 left fold 0
        // out, so its rollout map is fitted again on every training cell's windows (as a single model's is)
        ModelSpec first = members.get(0).spec().withEnvelope(TrainingData.envelope(data.trainWindows));
        if (folds != null) {
            progress.checkCancelled();
            first = first.withRollout(ImodelTrainer.rollout(members.get(0).network(), data));
        }
        if (first.rollout() != null && ensemble.calibrated()) {
            progress.checkCancelled();
            ensemble = ensemble.withRolloutGrowth(RolloutBandFit.growth(members.stream().map(TrainedModel::network)
                    .toList(), data.scaler, first.rollout(), data.validationWindows, EnsembleBand.DEFAULT_LEVEL));
            metrics.put("band_rollout_blocks", (double) ensemble.rolloutGrowth().length);
        }
        Provenance p = first.provenance();
        Provenance provenance = new Provenance(p.recipe(), settings.seed(), p.epochs(), p.bestEpoch(),
                data.trainCells, p.validationCells(), p.dataFingerprint(), p.versions(), metrics, p.created(),
                p.training());
        progress.report(1, String.format(Locale.ROOT, "Trained %d members: validation pooled MAPE of the mean %.4f %%;"
                + " the 90 %% band covers %.1f %% raw, %.1f %% with the spread scaled by %.3f (%s calibration on %d"
                + " windows of %d cells); beyond the horizon %s", k, metrics.get("pooled_mape"),
                100 * metrics.get("band_coverage_raw"), 100 * metrics.get("band_coverage"), c.scale(), method.label(),
                c.windows(), metrics.get("band_calibration_cells").intValue(), beyond(first, ensemble)));
        return TrainedModel.ensemble(first.withEnsemble(provenance, ensemble), members);
    }

    /** @return how the band is scaled beyond the horizon, for the progress message */
    private static String beyond(ModelSpec spec, Ensemble ensemble) {
        if (ensemble.calibratedBeyondHorizon()) {
            return String.format(Locale.ROOT, "the band widens by %s per block of %d cycles (validation cells'"
                    + " rollouts)", ensemble.rolloutGrowthText(), spec.config().horizon());
        }
        if (spec.rollout() == null) {
            return "the model has no rollout map";
        }
        return !ensemble.calibrated() ? "the band keeps the members' raw spread" : "the band keeps the first "
                + spec.config().horizon() + " cycles' scale (fewer than " + RolloutBandFit.MIN_WINDOWS
                + " validation windows with another " + spec.config().horizon() + " rows after them)";
    }

    /**
     * @return the validation metrics of the ensemble mean and its band on the validation cells (with the fitted
     *         scale), and what the calibration used and gave ({@code band_calibration_*}: 1 for cross-fitted, 0 for
     *         validation only; cells, windows, raw and calibrated coverage on its windows)
     */
    private static Map<String, Double> metrics(float[][][] validation, float[][] targets, SpreadCalibration c,
            BandCalibration method, int cells) {
        int[] centres = new int[targets.length];
        Arrays.fill(centres, SpreadCalibration.MEAN);
        EnsembleBand[] bands = SpreadCalibration.bands(validation, centres, EnsembleBand.DEFAULT_LEVEL);
        float[][] mean = new float[bands.length][];
        for (int w = 0; w < bands.length; w++) {
            mean[w] = bands[w].mean();
        }
        Map<String, Double> metrics = ImodelTrainer.metricMap(ForecastMetrics.of(mean, targets));
        BandMetrics scaled = SpreadCalibration.metrics(bands, targets, Double.isNaN(c.scale()) ? 1 : c.scale());
        metrics.put("band_coverage_raw", SpreadCalibration.metrics(bands, targets, 1).coverage());
        metrics.put("band_coverage", scaled.coverage());
        metrics.put("band_width", scaled.bandWidth());
        metrics.put("band_calibration_cross", method == BandCalibration.CROSS ? 1.0 : 0.0);
        metrics.put("band_calibration_cells", (double) cells);
        metrics.put("band_calibration_windows", (double) c.windows());
        metrics.put("band_calibration_coverage_raw", c.raw().coverage());
        metrics.put("band_calibration_coverage", c.calibrated().coverage());
        return metrics;
    }

    private static int cellCount(WindowTensors windows) {
        return (int) Arrays.stream(windows.cells).distinct().count();
    }

    private static float[][][] concat(float[][][] a, float[][][] b) {
        float[][][] out = new float[a.length][][];
        for (int m = 0; m < a.length; m++) {
            out[m] = concat(a[m], b[m]);
        }
        return out;
    }

    private static float[][] concat(float[][] a, float[][] b) {
        float[][] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
