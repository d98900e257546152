package org.imodel.core.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.eval.BandMetrics;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.forecast.Forecast;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.EnsembleTrainer;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;

/**
 * The long part of {@code imodel bench --training}: on UL-NCA CY25-05_1 (coded split), the wall time and test error
 * of one model and of a K-member ensemble trained with its members in parallel (one thread each, as many threads as
 * processors), and the speed-up of those parallel members over training them one after another, estimated as K
 * times the single model's time over the ensemble's.
 */
final class TrainingBench {

    /** The coded test cells of CY25-05_1 (imodel-method.md &sect;2.2). */
    static final List<String> TEST = List.of("CY25-05_1-#1", "CY25-05_1-#12", "CY25-05_1-#14", "CY25-05_1-#15",
            "CY25-05_1-#16", "CY25-05_1-#17");

    /**
     * @param singleSeconds wall time of the single model's training
     * @param singleMape its pooled test MAPE (%)
     * @param ensembleSeconds wall time of the ensemble's training
     * @param ensembleMape pooled test MAPE (%) of the ensemble mean
     * @param coverage share of true test values inside the 90 % band
     * @param bandWidth mean width of that band (Ah)
     * @param threads threads the members trained on
     * @param speedUp K &middot; singleSeconds / ensembleSeconds
     */
    record Result(double singleSeconds, double singleMape, double ensembleSeconds, double ensembleMape,
            double coverage, double bandWidth, int threads, double speedUp) {
    }

    private TrainingBench() {
    }

    /**
     * @param rows training and validation rows
     * @param test the test cells' rows
     * @param train training cells
     * @param validation validation cells
     * @param settings the recipe's settings
     * @param members ensemble members K
     * @param out where each step's figures are printed as they come
     * @return the figures
     * @throws CancelledException never in practice (no cancel source)
     */
    static Result run(List<CycleRecord> rows, List<CycleRecord> test, List<String> train, List<String> validation,
            TrainingSettings settings, int members, PrintWriter out) throws CancelledException {
        long start = System.nanoTime();
        double singleMape;
        try (TrainedModel single = EnsembleTrainer.train(rows, train, validation, settings, 1,
                BandCalibration.VALIDATION, 1, Progress.NONE,
                null)) {
            singleMape = ImodelPredictor.metrics(ImodelPredictor.predict(single, test, Progress.NONE)).pooledMape();
        }
        double singleSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "training, one model (%d epochs, hidden %d, batch %d, seed %d): %.1f s, pooled test"
                + " MAPE %.3f %% on %s%n", settings.epochs(), settings.hiddenSize(), settings.batchSize(),
                settings.seed(), singleSeconds, singleMape, TEST);
        out.flush();
        int threads = EnsembleTrainer.defaultThreads(members);
        start = System.nanoTime();
        ForecastMetrics metrics;
        BandMetrics band;
        // every member on all training cells (validation calibration), so that each does a single model's work
        try (TrainedModel ensemble = EnsembleTrainer.train(rows, train, validation, settings, members,
                BandCalibration.VALIDATION, threads, Progress.NONE, null)) {
            List<Forecast> forecasts = ImodelPredictor.predict(ensemble, test, Progress.NONE);
            metrics = ImodelPredictor.metrics(forecasts);
            band = ImodelPredictor.bandMetrics(forecasts);
        }
        double ensembleSeconds = (System.nanoTime() - start) / 1e9;
        double speedUp = members * singleSeconds / ensembleSeconds;
        out.printf(Locale.ROOT, "training, ensemble of %d (seeds %d..%d, %d threads): %.1f s, pooled test MAPE of the"
                + " mean %.3f %%, the 90 %% band covers %.1f %% of the test values (mean width %.4f Ah); parallel"
                + " members %.2fx faster than %d single trainings one after another%n", members, settings.seed(),
                settings.seed() + members - 1, threads, ensembleSeconds, metrics.pooledMape(),
                100 * band.coverage(), band.bandWidth(), speedUp, members);
        out.flush();
        return new Result(singleSeconds, singleMape, ensembleSeconds, metrics.pooledMape(), band.coverage(),
                band.bandWidth(), threads, speedUp);
    }
}
