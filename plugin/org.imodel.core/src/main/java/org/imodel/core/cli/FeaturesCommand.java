package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.features.FeatureSettings;
import org.imodel.core.features.FeatureTable;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code imodel features}: the iMODEL features of every row of published per-cycle files, one CSV with columns
 * cell, row, cycle, the features in the reference's order (12, or 6 for TPSL), ci0..ci49; values in Ah and V.
 * A folder mixing TPSL (6 features) with UL/LSD (12) gives a second file {@code <out>-tpsl.csv}.
 */
@Command(name = "features", description = "The iMODEL features of every row: cell, row, cycle, 12 features (6 for"
        + " TPSL) in the reference's order, ci0..ci49; Ah and V. Data mixing TPSL with UL/LSD give a second file"
        + " <out>-tpsl.csv (or <out>-12features.csv).")
final class FeaturesCommand extends CliCommand {

    @Mixin
    InputArguments inputs;

    @Option(names = "--soc", paramLabel = "N", description = "State of charge (%%) where the curve starts: 20, 30, 40"
            + " or 50.")
    int soc = FeatureSettings.DEFAULT_SOC;

    @Option(names = "--family", paramLabel = "<family>", description = "Dataset format: ${COMPLETION-CANDIDATES}.")
    ReadCommand.Format family = ReadCommand.Format.AUTO;

    @Option(names = "--physical-grid", description = "Use each file's recorded voltage grid instead of the family's"
            + " default grid.")
    boolean physicalGrid;

    @Option(names = "--out", required = true, paramLabel = "features.csv", description = "The feature table to"
            + " write.")
    Path target;

    @Override
    void execute(PrintWriter out) throws Exception {
        try {
            FeatureSettings.trimPointsForSoc(soc);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        requireExisting(inputs.inputs);
        try (OutputFiles files = new OutputFiles(inputs.inputs)) {
            files.file(target);
            Map<String, FeatureTable> tables = new LinkedHashMap<>();
            Map<Integer, TableCsvWriter> writers = new LinkedHashMap<>();
            Map<Integer, Path> written = new LinkedHashMap<>();
            long start = System.nanoTime();
            long[] rows = {0};
            try {
                DatasetReader reader = new DatasetReader(new ReadOptions(family.family(), false, false));
                for (Path input : inputs.inputs) {
                    reader.read(input, new QcReport(), r -> {
                        FeatureTable table = tables.computeIfAbsent(r.family(),
                                f -> new FeatureTable(FeatureSettings.defaults(f, soc, physicalGrid)));
                        write(writer(files, writers, written, table), table.row(r));
                        rows[0]++;
                    }, Progress.NONE);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                for (TableCsvWriter w : writers.values()) {
                    w.close();
                }
            }
            files.commit();
            out.printf(Locale.ROOT, "features of %d rows (soc %d%s) in %.2f s -> %s%n", rows[0], soc,
                    physicalGrid ? ", recorded grids" : ", family default grids", (System.nanoTime() - start) / 1e9,
                    written.isEmpty() ? "nothing written (no rows)"
                            : String.join(", ", written.values().stream().map(Path::toString).toList()));
        }
    }

    private TableCsvWriter writer(OutputFiles files, Map<Integer, TableCsvWriter> writers, Map<Integer, Path> written,
            FeatureTable table) {
        int layout = table.columns().size();
        return writers.computeIfAbsent(layout, n -> {
            Path file = writers.isEmpty() ? target : sibling(table);
            written.put(n, file);
            try {
                return new TableCsvWriter(files.writer(file), table.columns());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void write(TableCsvWriter writer, Object[] values) {
        try {
            writer.write(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path sibling(FeatureTable table) {
        String stem = target.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        String suffix = table.extractor().settings().relaxationFeatures() ? "-12features" : "-tpsl";
        return target.resolveSibling(stem + suffix + ".csv");
    }
}
