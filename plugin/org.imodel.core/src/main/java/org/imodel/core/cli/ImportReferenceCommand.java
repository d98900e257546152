package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.model.NamedArray;
import org.imodel.core.model.Npz;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;

/**
 * {@code imodel import-reference}: a model file from published PyTorch parameters (.npz) and the cells they were
 * trained on (which fix the scaler, fitted on the training windows as the reference does).
 */
final class ImportReferenceCommand {

    static final String USAGE = "imodel import-reference --npz ref.npz --data <folder|file> --train-cells a,b,.."
            + " --horizon P [--val-cells c,..] [--soc N] --out m.imodel";

    /** Recipe label of imported models. */
    static final String LABEL = "imported-reference";

    private ImportReferenceCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Args.UsageException, IOException,
            DataFormatException, CancelledException {
        Args args = new Args(argv, Set.of());
        Path npz = Paths.get(args.required("npz"));
        Path data = Paths.get(args.required("data"));
        List<String> train = CliData.cells(args.required("train-cells"), "train-cells");
        String val = args.option("val-cells", null);
        List<String> validation = val == null ? List.of() : CliData.cells(val, "val-cells");
        int horizon = args.intOption("horizon", -1);
        if (horizon == -1) {
            throw new Args.UsageException("missing option --horizon (the checkpoint's prediction length, e.g. 10)");
        }
        TrainingSettings settings;
        try {
            settings = TrainingSettings.defaults(horizon).withSoc(args.intOption("soc", 20));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        Path target = Paths.get(args.required("out"));
        args.rejectUnknown();
        Map<String, NamedArray> parameters = Npz.read(npz);
        List<String> all = new ArrayList<>(train);
        all.addAll(validation);
        List<CycleRecord> rows = CliData.read(data, all);
        try (TrainedModel model = ImodelTrainer.importParameters(rows, train, validation, settings, parameters,
                LABEL)) {
            model.toFile().write(target);
            Map<String, Double> m = model.spec().provenance().validationMetrics();
            out.printf(Locale.ROOT, "imported %s (%d parameters) with the scaler of %d training cells%s -> %s%n",
                    npz.getFileName(), model.network().parameterCount(), train.size(), m.isEmpty() ? ""
                            : String.format(Locale.ROOT, "; validation pooled MAPE %.4f %%", m.get("pooled_mape")),
                    target);
        }
    }
}
