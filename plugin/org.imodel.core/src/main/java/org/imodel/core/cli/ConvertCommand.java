package org.imodel.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.TableSink;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.timeseries.CyclerFileConverter;
import org.imodel.core.timeseries.ExtractionSettings;

/** {@code imodel convert}: raw cycler time series (one cell per file) to the canonical per-cycle table. */
final class ConvertCommand {

    static final String USAGE = "imodel convert <file|folder> [--window 3.6:4.15] [--points 50]"
            + " [--relaxation-min 4.0] [--jump Ah] [--rpt period:offset] [--temperature degC] [--condition label]"
            + " --out cycles.csv [--qc qc.csv]";

    private ConvertCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Args.UsageException, IOException,
            DataFormatException, CancelledException {
        Args args = new Args(argv, Set.of());
        Path input = Paths.get(args.positional(0, "input file or folder"));
        ExtractionSettings s = ExtractionSettings.defaults();
        double[] window = pair(args.option("window", s.ciStartVolt() + ":" + s.ciEndVolt()), "window");
        try {
            s = s.withCiWindow(window[0], window[1], args.intOption("points", s.ciPoints()))
                    .withRelaxation(args.doubleOption("relaxation-min", s.relaxationMinVolt()), s.relaxationMaxPoints())
                    .withCapacityJump(args.doubleOption("jump", Double.NaN))
                    .withTemperature(args.doubleOption("temperature", Double.NaN))
                    .withCondition(args.option("condition", s.condition()));
            String rpt = args.option("rpt", null);
            if (rpt != null) {
                double[] p = pair(rpt, "rpt");
                s = s.withRpt(true, (int) p[0], (int) p[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        Path target = Paths.get(args.required("out"));
        Path qcTarget = Paths.get(args.option("qc", ReadCommand.siblingQc(target)));
        args.rejectUnknown();
        long start = System.nanoTime();
        QcReport qc = new QcReport();
        long[] rows = {0};
        try (TableSink<CycleRecord> sink = ReadCommand.cycleSink(target)) {
            CyclerFileConverter.convertAll(input, s, null, qc, Progress.NONE, r -> {
                sink.accept(r);
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            QcTable.write(qc, qcTarget);
        }
        out.printf(Locale.ROOT, "converted %d cycle(s) of %d file(s) in %.2f s -> %s (QC: %s)%n", rows[0],
                qc.cells().size(), (System.nanoTime() - start) / 1e9, target, qcTarget);
        QcTable.printWarnings(qc, out);
    }

    private static double[] pair(String text, String option) throws Args.UsageException {
        String[] parts = text.split(":");
        try {
            if (parts.length == 2) {
                return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Args.UsageException("--" + option + " must be two numbers separated by ':', got '" + text + "'");
    }
}
