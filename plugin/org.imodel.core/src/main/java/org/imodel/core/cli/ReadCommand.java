package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetFamily;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.io.TableSink;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code imodel read}: published per-cycle files to the canonical per-cycle table and a QC table. */
@Command(name = "read", description = "Published per-cycle files (UL, LSD, TPSL; format detected per file; our"
        + " canonical CSV too) to the canonical per-cycle table and a QC table.")
final class ReadCommand extends CliCommand {

    @Mixin
    InputArguments inputs;

    @Option(names = "--format", paramLabel = "<format>", description = "Dataset format: ${COMPLETION-CANDIDATES}.")
    Format format = Format.AUTO;

    @Option(names = "--ul-decoded-charge-rate", description = "UL files: decode the published charge-rate code to"
            + " a C-rate.")
    boolean ulDecodedChargeRate;

    @Option(names = "--skip-bad-rows", description = "Drop rows with bad values (counted in the QC table) instead of"
            + " stopping at the first.")
    boolean skipBadRows;

    @Mixin
    CycleOutputOptions output;

    @Override
    void execute(PrintWriter out) throws Exception {
        requireExisting(inputs.inputs);
        ReadOptions options = new ReadOptions(format.family(), ulDecodedChargeRate, skipBadRows);
        try (OutputFiles files = new OutputFiles(inputs.inputs)) {
            Path target = files.file(output.out);
            Path qcTarget = files.file(output.qc());
            long start = System.nanoTime();
            QcReport qc = new QcReport();
            long rows = 0;
            try (TableSink<CycleRecord> sink = cycleSink(files.writer(target))) {
                for (Path input : inputs.inputs) {
                    rows += new DatasetReader(options).read(input, qc, sink, Progress.NONE);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            QcTable.write(qc, files.writer(qcTarget));
            files.commit();
            out.printf(Locale.ROOT, "read %d rows of %d cell(s) in %.2f s -> %s (QC: %s)%n", rows, qc.cells().size(),
                    (System.nanoTime() - start) / 1e9, target, qcTarget);
            QcTable.printWarnings(qc, out);
        }
    }

    static TableSink<CycleRecord> cycleSink(Writer writer) {
        return TableCsvWriter.sink(writer, CycleColumns.ALL, CycleColumns::values);
    }

    /** The {@code --format} and {@code --family} choices. */
    enum Format {
        AUTO, UL, LSD, TPSL;

        /** @return the family, null for automatic detection */
        DatasetFamily family() {
            return this == AUTO ? null : DatasetFamily.valueOf(name());
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
