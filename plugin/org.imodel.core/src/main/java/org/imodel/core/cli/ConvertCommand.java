package org.imodel.core.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.io.TableSink;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.timeseries.CyclerFileConverter;
import org.imodel.core.timeseries.ExtractionSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code imodel convert}: raw cycler time series (one cell per file) to the canonical per-cycle table. */
@Command(name = "convert", description = "Raw cycler time series (Arbin, Maccor text, BioLogic, Neware, NREL,"
        + " Battery Data Format; one cell per file) to the canonical per-cycle table and a QC table.")
final class ConvertCommand extends CliCommand {

    private static final ExtractionSettings DEFAULTS = ExtractionSettings.defaults();

    @Mixin
    InputArguments inputs;

    @Option(names = "--window", paramLabel = "V1:V2", description = "Voltage window of the partial charging curve.")
    String window = DEFAULTS.ciStartVolt() + ":" + DEFAULTS.ciEndVolt();

    @Option(names = "--points", paramLabel = "N", description = "Points of the charging curve on that window.")
    int points = DEFAULTS.ciPoints();

    @Option(names = "--relaxation-min", paramLabel = "V", description = "Relaxation trace: voltages above this.")
    double relaxationMin = DEFAULTS.relaxationMinVolt();

    @Option(names = "--jump", paramLabel = "Ah", description = "Drop cycles whose capacity jumps by more than this"
            + " from the previous cycle (default: no filter).")
    Double jump;

    @Option(names = "--rpt", paramLabel = "period:offset", description = "Interpolate reference performance tests"
            + " every period cycles from offset (default: off).")
    String rpt;

    @Option(names = "--temperature", paramLabel = "degC", description = "Ambient temperature for every row"
            + " (default: the measured temperature).")
    Double temperature;

    @Option(names = "--condition", paramLabel = "label", description = "Condition label for every row (default:"
            + " empty).")
    String condition;

    @Option(names = "--skip-bad-rows", description = "Drop cycles with bad values (counted in the QC table) instead"
            + " of stopping at the first one.")
    boolean skipBadRows;

    @Mixin
    CycleOutputOptions output;

    @Override
    void execute(PrintWriter out) throws Exception {
        ExtractionSettings s = settings();
        requireExisting(inputs.inputs);
        try (OutputFiles files = new OutputFiles(inputs.inputs)) {
            Path target = files.file(output.out);
            Path qcTarget = files.file(output.qc());
            long start = System.nanoTime();
            QcReport qc = new QcReport();
            long[] rows = {0};
            try (TableSink<CycleRecord> sink = ReadCommand.cycleSink(files.writer(target))) {
                for (Path input : inputs.inputs) {
                    CyclerFileConverter.convertAll(input, s, null, qc, Progress.NONE, r -> {
                        sink.accept(r);
                        rows[0]++;
                    });
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            QcTable.write(qc, files.writer(qcTarget));
            files.commit();
            out.printf(Locale.ROOT, "converted %d cycle(s) of %d file(s) in %.2f s -> %s (QC: %s)%n", rows[0],
                    qc.cells().size(), (System.nanoTime() - start) / 1e9, target, qcTarget);
            QcTable.printWarnings(qc, out);
        }
    }

    private ExtractionSettings settings() {
        ExtractionSettings s = DEFAULTS;
        double[] w = pair(window, "--window");
        try {
            s = s.withCiWindow(w[0], w[1], points)
                    .withRelaxation(relaxationMin, s.relaxationMaxPoints())
                    .withCapacityJump(jump == null ? Double.NaN : jump)
                    .withTemperature(temperature == null ? Double.NaN : temperature)
                    .withCondition(condition == null ? DEFAULTS.condition() : condition)
                    .withSkipBadRows(skipBadRows);
            if (rpt != null) {
                double[] p = pair(rpt, "--rpt");
                s = s.withRpt(true, (int) p[0], (int) p[1]);
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return s;
    }

    private double[] pair(String text, String option) {
        String[] parts = text.split(":");
        try {
            if (parts.length == 2) {
                return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw usage(option + " must be two numbers separated by ':', got '" + text + "'");
    }
}
