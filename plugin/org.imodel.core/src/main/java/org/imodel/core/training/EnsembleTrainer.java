package org.imodel.core.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjIntConsumer;

import org.imodel.core.artifact.Ensemble;
import org.imodel.core.artifact.ModelSpec;
import org.imodel.core.artifact.Provenance;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.BandMetrics;
import org.imodel.core.eval.EnsembleBand;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;

/**
 * Trains an ensemble: K networks on the same windows with the same settings, member i with seed + i. The
 * ensemble's forecast is the members' mean; its band, the members' quantiles about the mean, is calibrated on the
 * validation cells: the spread scale that makes the {@value EnsembleBand#DEFAULT_LEVEL}-band cover that share of
 * their true values is stored in the model (raw and calibrated coverage are in the validation metrics). One member
 * gives exactly what {@link ImodelTrainer#train} gives. Members train at the same time, one thread each
 * ({@link ParallelTrainings}): each is the model its seed gives alone.
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
            TrainingSettings settings, int members, int threads, Progress progress,
            ObjIntConsumer<EpochStats> listener) throws CancelledException {
        checkMembers(members);
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
        // one set of windows for all members, the ensemble's validation metrics and the band calibration
        TrainingData data = TrainingData.prepare(rows, trainCells, validationCells, settings, true);
        p.checkCancelled();
        List<TrainedModel> trained = ParallelTrainings.run(Collections.nCopies(members, data),
                ParallelTrainings.withSeeds(settings, seeds), threads, p, (m, s) -> l.accept(s, m));
        try {
            return combine(data, settings, trained, p);
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

    private static TrainedModel combine(TrainingData data, TrainingSettings settings, List<TrainedModel> members,
            Progress progress) throws CancelledException {
        int k = members.size();
        int[] epochs = new int[k];
        int[] best = new int[k];
        float[][][] predictions = new float[k][][];
        for (int m = 0; m < k; m++) {
            epochs[m] = members.get(m).history().size();
            best[m] = members.get(m).bestEpoch();
            predictions[m] = ImodelTrainer.predictions(members.get(m).network(), data.validation);
        }
        float[][] targets = ImodelTrainer.targets(data.validation);
        Calibration c = calibrate(predictions, targets, EnsembleBand.DEFAULT_LEVEL);
        Map<String, Double> metrics = ImodelTrainer.metricMap(ForecastMetrics.of(c.mean, targets));
        metrics.put("band_coverage_raw", c.raw.coverage());
        metrics.put("band_coverage", c.calibrated.coverage());
        metrics.put("band_width", c.calibrated.bandWidth());
        Ensemble ensemble = new Ensemble(k, epochs, best, Double.NaN, 1);
        if (!Double.isNaN(c.scale)) {
            ensemble = ensemble.withCalibration(EnsembleBand.DEFAULT_LEVEL, c.scale);
        }
        ModelSpec first = members.get(0).spec();
        Provenance p = first.provenance();
        Provenance provenance = new Provenance(p.recipe(), settings.seed(), p.epochs(), p.bestEpoch(), p.trainCells(),
                p.validationCells(), p.dataFingerprint(), p.versions(), metrics, p.created(), p.training());
        progress.report(1, String.format(Locale.ROOT, "Trained %d members: validation pooled MAPE of the mean %.4f %%;"
                + " the 90 %% band covers %.1f %% raw, %.1f %% with the spread scaled by %.3f", k,
                metrics.get("pooled_mape"), 100 * c.raw.coverage(), 100 * c.calibrated.coverage(), c.scale));
        return TrainedModel.ensemble(first.withEnsemble(provenance, ensemble), members);
    }

    /**
     * @param members predictions per member and window
     * @param targets true values per window
     * @param level band level
     * @return the mean, the scale that makes the band cover {@code level} of the targets (NaN when it cannot), and
     *         the coverage of the raw and the scaled band
     */
    static Calibration calibrate(float[][][] members, float[][] targets, double level) {
        int n = targets.length;
        EnsembleBand[] raw = new EnsembleBand[n];
        float[][] window = new float[members.length][];
        for (int w = 0; w < n; w++) {
            for (int m = 0; m < members.length; m++) {
                window[m] = members[m][w];
            }
            raw[w] = EnsembleBand.of(window, level, 1);
        }
        double scale = EnsembleBand.calibrate(raw, targets, level);
        float[][] mean = new float[n][];
        float[][] low = new float[n][];
        float[][] high = new float[n][];
        float[][] lowScaled = new float[n][];
        float[][] highScaled = new float[n][];
        for (int w = 0; w < n; w++) {
            for (int m = 0; m < members.length; m++) {
                window[m] = members[m][w];
            }
            EnsembleBand scaled = EnsembleBand.of(window, level, Double.isNaN(scale) ? 1 : scale);
            mean[w] = raw[w].mean();
            low[w] = raw[w].low();
            high[w] = raw[w].high();
            lowScaled[w] = scaled.low();
            highScaled[w] = scaled.high();
        }
        return new Calibration(mean, scale, BandMetrics.of(low, high, targets),
                BandMetrics.of(lowScaled, highScaled, targets));
    }

    /** What calibrating a band gave. */
    record Calibration(float[][] mean, double scale, BandMetrics raw, BandMetrics calibrated) {
    }
}
