package org.imodel.core.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.features.FeatureSettings;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.model.NamedArray;
import org.imodel.core.model.Npz;
import org.imodel.core.training.ImodelTrainer;
import org.imodel.core.training.TrainedModel;
import org.imodel.core.training.TrainingSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code imodel import-reference}: a model file from published PyTorch parameters (.npz) and the cells they were
 * trained on (which fix the scaler, fitted on the training windows as the reference does).
 */
@Command(name = "import-reference", description = "The published PyTorch checkpoint (.npz) as our model file; the"
        + " training cells fix the scaler as in the reference.")
final class ImportReferenceCommand extends CliCommand {

    /** Recipe label of imported models. */
    static final String LABEL = "imported-reference";

    @Option(names = "--npz", required = true, paramLabel = "ref.npz", description = "The checkpoint's parameters.")
    Path npz;

    @Mixin
    DataOptions data;

    @Option(names = "--train-cells", required = true, split = ",", hideParamSyntax = true, paramLabel = "a,b,..", description = "The cells"
            + " the checkpoint was trained on.")
    List<String> trainCells;

    @Option(names = "--val-cells", split = ",", hideParamSyntax = true, paramLabel = "c,..", description = "Cells to report validation"
            + " metrics on (default: none).")
    List<String> valCells;

    @Option(names = "--horizon", required = true, paramLabel = "P", description = "The checkpoint's prediction"
            + " length, e.g. 10.")
    Integer horizon;

    @Option(names = "--soc", paramLabel = "N", description = "State of charge (%%) where the curve starts.")
    int soc = FeatureSettings.DEFAULT_SOC;

    @Option(names = "--out", required = true, paramLabel = "m.imodel", description = "The model file to write.")
    Path target;

    @Override
    void execute(PrintWriter out) throws Exception {
        List<String> train = DataOptions.cells(trainCells);
        List<String> validation = DataOptions.cells(valCells);
        if (train.isEmpty()) {
            throw usage("--train-cells needs at least one cell id, e.g. CY25-1_1-#1,CY25-1_1-#2");
        }
        TrainingSettings settings;
        try {
            settings = TrainingSettings.defaults(horizon).withSoc(soc);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        requireExisting(List.of(npz, data.data));
        try (OutputFiles files = new OutputFiles(List.of(npz, data.data))) {
            files.file(target);
            Map<String, NamedArray> parameters = Npz.read(npz);
            List<String> all = new ArrayList<>(train);
            all.addAll(validation);
            List<CycleRecord> rows = CliData.read(data.data, all);
            try (TrainedModel model = ImodelTrainer.importParameters(rows, train, validation, settings, parameters,
                    LABEL)) {
                try (OutputStream o = files.stream(target)) {
                    model.toFile().write(o);
                }
                files.commit();
                Map<String, Double> m = model.spec().provenance().validationMetrics();
                out.printf(Locale.ROOT, "imported %s (%d parameters) with the scaler of %d training cells%s -> %s%n",
                        npz.getFileName(), model.network().parameterCount(), train.size(), m.isEmpty() ? ""
                                : String.format(Locale.ROOT, "; validation pooled MAPE %.4f %%", m.get("pooled_mape")),
                        target);
            }
        }
    }
}
