package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetFamily;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.io.TableSink;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

/** {@code imodel read <file|folder> [--format ul|lsd|tpsl] [--ul-decoded-charge-rate] [--skip-bad-rows] --out F}. */
final class ReadCommand {

    static final String USAGE = "imodel read <file|folder> [--format auto|ul|lsd|tpsl] [--ul-decoded-charge-rate]"
            + " [--skip-bad-rows] --out cycles.csv [--qc qc.csv]";

    private ReadCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Args.UsageException, IOException,
            DataFormatException, CancelledException {
        Args args = new Args(argv, Set.of("ul-decoded-charge-rate", "skip-bad-rows"));
        Path input = Paths.get(args.positional(0, "input file or folder"));
        String format = args.option("format", "auto").toUpperCase(Locale.ROOT);
        DatasetFamily family = format.equals("AUTO") ? null : family(format);
        ReadOptions options = new ReadOptions(family, args.flag("ul-decoded-charge-rate"), args.flag("skip-bad-rows"));
        Path target = Paths.get(args.required("out"));
        Path qcTarget = Paths.get(args.option("qc", siblingQc(target)));
        args.rejectUnknown();
        long start = System.nanoTime();
        QcReport qc = new QcReport();
        long rows;
        try (TableSink<CycleRecord> sink = cycleSink(target)) {
            rows = new DatasetReader(options).read(input, qc, sink, Progress.NONE);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        QcTable.write(qc, qcTarget);
        out.printf(Locale.ROOT, "read %d rows of %d cell(s) in %.2f s -> %s (QC: %s)%n", rows, qc.cells().size(),
                (System.nanoTime() - start) / 1e9, target, qcTarget);
        QcTable.printWarnings(qc, out);
    }

    static DatasetFamily family(String format) throws Args.UsageException {
        try {
            return DatasetFamily.valueOf(format);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--format must be auto, ul, lsd or tpsl, got '" + format + "'");
        }
    }

    static String siblingQc(Path target) {
        String name = target.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        return target.resolveSibling(name + "-qc.csv").toString();
    }

    static TableSink<CycleRecord> cycleSink(Path target) throws IOException {
        return TableCsvWriter.sink(Files.newBufferedWriter(target, StandardCharsets.UTF_8), CycleColumns.ALL,
                CycleColumns::values);
    }

    static void write(TableCsvWriter writer, Object[] values) {
        try {
            writer.write(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
