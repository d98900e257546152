package org.imodel.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.artifact.BandCalibration;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.forecast.ImodelPredictor;
import org.imodel.core.progress.Progress;
import org.imodel.core.testing.SharedData;
import org.imodel.core.training.EnsembleTrainer;
import org.imodel.core.training.Recipe;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;
import org.junit.jupiter.api.Test;

/** {@code imodel bench --training} on tiny settings: its figures are those of the trainings it reports on. */
class TrainingBenchTest {

    @Test
    void reportsTheSingleModelAndTheEnsembleItTrained() throws Exception {
        Path data = SharedData.require("data/UL-NCA");
        List<String> cells = new ArrayList<>(BenchCommand.TRAIN);
        cells.addAll(BenchCommand.VALIDATION);
        List<CycleRecord> rows = CliData.read(data, cells);
        List<CycleRecord> test = CliData.read(data, TrainingBench.TEST);
        TrainingSettings settings = TrainingSettings.defaults(50, Recipe.RECOMMENDED).withEpochs(2).withHiddenSize(8);
        StringWriter text = new StringWriter();
        TrainingBench.Result r = TrainingBench.run(rows, test, BenchCommand.TRAIN, BenchCommand.VALIDATION, settings,
                2, new PrintWriter(text));
        try (TrainedModel single = EnsembleTrainer.train(rows, BenchCommand.TRAIN, BenchCommand.VALIDATION, settings,
                1, BandCalibration.VALIDATION, 1, Progress.NONE, null);
                TrainedModel pair = EnsembleTrainer.train(rows, BenchCommand.TRAIN, BenchCommand.VALIDATION, settings,
                        2, BandCalibration.VALIDATION, 1, Progress.NONE, null)) {
            assertEquals(ImodelPredictor.metrics(ImodelPredictor.predict(single, test, Progress.NONE)).pooledMape(),
                    r.singleMape(), 1e-9, "the single model's test MAPE");
            assertEquals(ImodelPredictor.metrics(ImodelPredictor.predict(pair, test, Progress.NONE)).pooledMape(),
                    r.ensembleMape(), 1e-9, "the ensemble's, whatever the number of threads");
        }
        assertTrue(r.coverage() >= 0 && r.coverage() <= 1 && r.bandWidth() > 0, r.toString());
        assertEquals(2 * r.singleSeconds() / r.ensembleSeconds(), r.speedUp(), 1e-9);
        assertTrue(text.toString().contains("training, one model (2 epochs, hidden 8, batch 32, seed 2025)"), text
                .toString());
        assertTrue(text.toString().contains("training, ensemble of 2 (seeds 2025..2026, "), text.toString());
    }
}
