package org.imodel.core.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.Recipe;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;

/**
 * Test-scope tool (not a unit test: it trains for minutes): does the future use matter on LSD? Trains briefly on
 * LSD training cells, then scores the validation cells' windows with their true future currents and with wrong
 * ones, and prints a Markdown table. The LSD future alternates a 0.5 A reference cycle (cycle % 5 == 1) with 2.4 A
 * ageing cycles; the capacity target is interpolated between the reference cycles.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cli-classpath.txt) \
 *   org.imodel.core.forecast.LsdScenarioCheck ../shared/data/LSD [epochs] [training cells]</pre>
 */
public final class LsdScenarioCheck {

    static final List<String> TRAIN = List.of("1", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "2",
            "20", "21", "22", "23", "28", "29", "3", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "4",
            "40", "41", "42", "46", "47", "48", "49", "5", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59",
            "6", "60", "63", "64", "65", "80", "81", "82", "83");
    static final List<String> VALIDATION = List.of("66", "67", "68", "69", "70", "71", "72", "73", "74", "7", "86",
            "87");

    private LsdScenarioCheck() {
    }

    /**
     * @param args LSD folder, epochs (default 15), number of training cells from the reference's list (default 20)
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int trainCount = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<String> train = TRAIN.subList(0, trainCount);
        Set<String> wanted = new HashSet<>(train);
        wanted.addAll(VALIDATION);
        List<CycleRecord> rows = new ArrayList<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(folder, new QcReport(), r -> {
            if (wanted.contains(r.cellId())) {
                rows.add(r);
            }
        }, Progress.NONE);
        TrainingSettings settings = TrainingSettings.defaults(50, Recipe.RECOMMENDED).withEpochs(epochs)
                .withSeed(2025);
        long start = System.nanoTime();
        List<CycleRecord> validation = rows.stream().filter(r -> VALIDATION.contains(r.cellId())).toList();
        try (TrainedModel model = ImodelTrainer.train(rows, train, List.of("66"), settings, null, null)) {
            System.out.printf(Locale.ROOT, "trained on %d LSD cells, %d epochs, in %.0f s%n", train.size(), epochs,
                    (System.nanoTime() - start) / 1e9);
            System.out.println("| future currents given to the model | pooled MAPE % | pooled RMSE (Ah) |");
            System.out.println("|---|---|---|");
            row(model, "true (0.5 A every 5th cycle, else 2.4 A; charge 1.2 A)", validation, r -> r);
            row(model, "no reference cycles (2.4 A always)", validation, r -> with(r, 1.2, 2.4));
            row(model, "reference cycles only (0.5 A always)", validation, r -> with(r, 1.2, 0.5));
            row(model, "reference cycles shifted by 2 cycles", validation,
                    r -> with(r, 1.2, (r.cycle() + 2) % 5 == 1 ? 0.5 : 2.4));
            row(model, "charge at 2.4 A instead of 1.2 A", validation, r -> with(r, 2.4, r.dischargeCurrent()));
        }
    }

    private static void row(TrainedModel model, String label, List<CycleRecord> rows, UnaryOperator<CycleRecord> f)
            throws Exception {
        List<CycleRecord> changed = rows.stream().map(f).toList();
        ForecastMetrics m = ImodelPredictor.metrics(ImodelPredictor.predict(model, changed, Progress.NONE));
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.4f |%n", label, m.pooledMape(), m.pooledRmse());
    }

    private static CycleRecord with(CycleRecord r, double charge, double discharge) {
        return new CycleRecord(r.cellId(), r.cycle(), charge, discharge, r.temperature(), r.dischargeCapacity(),
                r.chargeCapacity(), r.ci(), r.ciGrid(), r.relaxationVoltage(), r.currentUnit(), r.family(),
                r.condition(), r.sourceFile(), r.sourceLine());
    }
}
