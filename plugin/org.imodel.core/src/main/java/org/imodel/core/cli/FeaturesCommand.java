package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.imodel.core.datasets.DatasetFamily;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.features.FeatureSettings;
import org.imodel.core.features.FeatureTable;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

/**
 * {@code imodel features}: the iMODEL features of every row of published per-cycle files, one CSV with columns
 * cell, row, cycle, the features in the reference's order (12, or 6 for TPSL), ci0..ci49; values in Ah and V.
 * A folder mixing TPSL (6 features) with UL/LSD (12) gives a second file {@code <out>-tpsl.csv}.
 */
final class FeaturesCommand {

    static final String USAGE = "imodel features <file|folder> [--soc 20|30|40|50] [--family auto|ul|lsd|tpsl]"
            + " [--physical-grid] --out features.csv";

    private FeaturesCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Args.UsageException, IOException,
            DataFormatException, CancelledException {
        Args args = new Args(argv, Set.of("physical-grid"));
        Path input = Paths.get(args.positional(0, "input file or folder"));
        int soc = args.intOption("soc", FeatureSettings.DEFAULT_SOC);
        String family = args.option("family", "auto").toUpperCase(Locale.ROOT);
        boolean physical = args.flag("physical-grid");
        Path target = Paths.get(args.required("out"));
        args.rejectUnknown();
        try {
            FeatureSettings.trimPointsForSoc(soc);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        DatasetFamily forced = family.equals("AUTO") ? null : ReadCommand.family(family);
        Map<String, FeatureTable> tables = new LinkedHashMap<>();
        Map<Integer, TableCsvWriter> writers = new LinkedHashMap<>();
        Map<Integer, Path> files = new LinkedHashMap<>();
        long start = System.nanoTime();
        long[] rows = {0};
        try {
            new DatasetReader(new ReadOptions(forced, false, false)).read(input, new QcReport(), r -> {
                FeatureTable table = tables.computeIfAbsent(r.family(),
                        f -> new FeatureTable(FeatureSettings.defaults(f, soc, physical)));
                ReadCommand.write(writer(writers, files, table, target), table.row(r));
                rows[0]++;
            }, Progress.NONE);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (TableCsvWriter w : writers.values()) {
                w.close();
            }
        }
        out.printf(Locale.ROOT, "features of %d rows (soc %d%s) in %.2f s -> %s%n", rows[0], soc,
                physical ? ", recorded grids" : ", family default grids", (System.nanoTime() - start) / 1e9,
                String.join(", ", files.values().stream().map(Path::toString).toList()));
    }

    private static TableCsvWriter writer(Map<Integer, TableCsvWriter> writers, Map<Integer, Path> files,
            FeatureTable table, Path target) {
        int layout = table.columns().size();
        return writers.computeIfAbsent(layout, n -> {
            Path file = writers.isEmpty() ? target : sibling(target, table);
            files.put(n, file);
            try {
                return new TableCsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), table.columns());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path sibling(Path target, FeatureTable table) {
        String stem = target.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        String suffix = table.extractor().settings().relaxationFeatures() ? "-12features" : "-tpsl";
        return target.resolveSibling(stem + suffix + ".csv");
    }
}
