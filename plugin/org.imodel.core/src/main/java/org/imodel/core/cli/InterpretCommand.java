package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.imodel.core.artifact.ModelCard;
import org.imodel.core.artifact.ModelFile;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.interpret.Association;
import org.imodel.core.interpret.ExpertInterpreter;
import org.imodel.core.interpret.InterpretSettings;
import org.imodel.core.interpret.InterpretTables;
import org.imodel.core.interpret.Interpretation;
import org.imodel.core.interpret.Picture;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.TrainedModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code imodel interpret}: what a model's experts mean on named cells. Writes into a folder: windows.csv (gates,
 * dominant expert, entropy, life position, segment shapes, map position per window), experts.csv, geometry.csv (shape
 * by dominant expert), association.csv (permutation tests), changes.csv (where the dominant expert changes), the
 * pictures (gate-heatmap.png, gate-trajectories.png, expert-prototypes.png, gate-map.png) and the model card
 * (model-card.txt, model-card.csv). All files are written together or none.
 */
@Command(name = "interpret", description = "What a model's experts mean on named cells: gates per window, expert"
        + " prototypes, segment shape by dominant expert with permutation tests, a joint gate map, pictures and the"
        + " model card, written into a folder.")
final class InterpretCommand extends CliCommand {

    /** The tables written, in order. */
    static final List<String> TABLES = List.of("windows.csv", "experts.csv", "geometry.csv", "association.csv",
            "changes.csv", "model-card.csv");

    @Option(names = "--model", required = true, paramLabel = "m.imodel", description = "A model written by imodel"
            + " train or import-reference.")
    Path modelFile;

    @Mixin
    DataOptions data;

    @Option(names = "--cells", required = true, split = ",", hideParamSyntax = true, paramLabel = "a,b,..",
            description = "Cells to interpret, in this order.")
    List<String> cellList;

    @Option(names = "--permutations", paramLabel = "N", description = "Permutations per p-value.")
    int permutations = InterpretSettings.DEFAULT_PERMUTATIONS;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the permutations.")
    long seed = InterpretSettings.DEFAULT_SEED;

    @Option(names = "--member", paramLabel = "i", description = "For an ensemble: the member whose experts to"
            + " interpret, 0-based (experts do not line up across members; default 0).")
    int member;

    @Option(names = "--out", required = true, paramLabel = "folder", description = "The folder to write into"
            + " (created if missing; its parent must exist).")
    Path folder;

    @Override
    void execute(PrintWriter out) throws Exception {
        List<String> cells = DataOptions.cells(cellList);
        if (cells.isEmpty()) {
            throw usage("--cells needs at least one cell id, e.g. CY45-05_1-#22,CY45-05_1-#23");
        }
        InterpretSettings settings;
        try {
            settings = new InterpretSettings(permutations, seed);
        } catch (IllegalArgumentException e) {
            throw usage("--permutations: " + e.getMessage());
        }
        if (member < 0) {
            throw usage("--member must be 0 or more (0 is the first member); got " + member);
        }
        requireModelFile(modelFile);
        requireExisting(List.of(data.data));
        try (OutputFiles files = new OutputFiles(List.of(modelFile, data.data))) {
            files.folder(folder);
            long start = System.nanoTime();
            try (TrainedModel model = TrainedModel.load(ModelFile.read(modelFile))) {
                List<CycleRecord> rows = CliData.read(data.data, cells);
                Interpretation in = ExpertInterpreter.interpret(model.member(member), rows, settings,
                        Progress.NONE);
                write(files, in, ModelCard.of(model.spec()));
                files.commit();
                print(out, in, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private void write(OutputFiles files, Interpretation in, ModelCard card) throws IOException {
        CsvOutputs.write(files, folder.resolve("windows.csv"), InterpretTables.windowColumns(in.experts()),
                InterpretTables.windowRows(in));
        CsvOutputs.write(files, folder.resolve("experts.csv"), InterpretTables.EXPERT_COLUMNS,
                InterpretTables.expertRows(in));
        CsvOutputs.write(files, folder.resolve("geometry.csv"), InterpretTables.GEOMETRY_COLUMNS,
                InterpretTables.geometryRows(in));
        CsvOutputs.write(files, folder.resolve("association.csv"), InterpretTables.ASSOCIATION_COLUMNS,
                InterpretTables.associationRows(in));
        CsvOutputs.write(files, folder.resolve("changes.csv"), InterpretTables.CHANGE_COLUMNS,
                InterpretTables.changeRows(in));
        CsvOutputs.write(files, folder.resolve("model-card.csv"), ModelCard.COLUMNS, card.tableRows());
        try (Writer w = files.writer(folder.resolve("model-card.txt"))) {
            w.write(card.text());
        }
        for (Picture p : Picture.values()) {
            p.write(in, files.stage(folder.resolve(p.fileName())));
        }
    }

    private void print(PrintWriter out, Interpretation in, double seconds) {
        long withGates = in.windows().stream().filter(w -> w.hasGates()).count();
        out.printf(Locale.ROOT, "%d windows (%d with gates) of %d cell(s), %d experts, %d changes of the dominant"
                + " expert (%.1f s) -> %s%n", in.windows().size(), withGates, in.cells().size(), in.experts(),
                in.changes().size(), seconds, folder);
        for (Association a : in.associations()) {
            out.printf(Locale.ROOT, "  %-32s eta^2 %.3f  p shuffle %.4g  p cyclic %.4g%n", a.variable(),
                    a.etaSquared(), a.shuffleP(), a.cyclicP());
        }
    }
}
