package org.imodel.core.timeseries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.data.CycleColumns;
import org.imodel.core.qc.QcReport;
import org.imodel.core.qc.ValuePolicy;

/**
 * Converts one raw cycler export (one cell) into canonical per-cycle rows: {@link TimeSeriesReader} feeding
 * {@link CycleExtractor}, with progress by bytes read and cancellation. Rows reach the sink as their cycles
 * complete, so on a bad line every cycle completed before it has been delivered; the exception is then rethrown.
 */
public final class CyclerFileConverter {

    private static final int CHECK_EVERY = 4096;

    private CyclerFileConverter() {
    }

    /**
     * What a conversion did.
     *
     * @param cellId the cell id (file stem)
     * @param samples samples read
     * @param cycles cycles found (kept or dropped)
     * @param rows rows delivered
     * @param units columns, units, sign convention, cycle source and capacity source
     */
    public record Result(String cellId, long samples, int cycles, int rows, String units) {
    }

    /**
     * @param file the export (delimited text)
     * @param settings extraction settings
     * @param mapping the user's column mapping, or null to detect everything
     * @param qc the report to fill (one cell per file)
     * @param progress progress by bytes, and cancellation
     * @param sink receives the rows
     * @return what was done
     * @throws IOException when the file cannot be read
     * @throws DataFormatException on unusable content (file, line, column and what to do in the message)
     * @throws CancelledException when cancelled
     */
    public static Result convert(Path file, ExtractionSettings settings, ColumnMapping mapping, QcReport qc,
            Progress progress, Consumer<CycleRecord> sink)
            throws IOException, DataFormatException, CancelledException {
        String cellId = cellId(file);
        String name = file.toString();
        Progress p = progress == null ? Progress.NONE : progress;
        String label = file.getFileName().toString();
        p.report(0, "Reading " + label);
        CycleExtractor extractor = new CycleExtractor(cellId, name, settings, qc, sink);
        try (TimeSeriesReader reader = TimeSeriesReader.open(file, mapping, settings.cycleSource(),
                settings.skipBadRows() ? e -> qc.skipped(cellId, name, e) : null)) {
            extractor.unitsNote(reader.unitsDescription() + "; header at line " + reader.headerLine());
            extractor.expectCurrent(reader.readAheadMaxCurrent());
            extractor.valueColumns(valueColumns(reader.columns()));
            try {
                TimeSample s;
                long n = 0;
                while ((s = reader.next()) != null) {
                    extractor.accept(s, reader.line());
                    if (++n % CHECK_EVERY == 0) {
                        p.checkCancelled();
                        p.report(Math.min(1, reader.bytesRead() / (double) Math.max(1, reader.fileSize())),
                                "Converting " + label + ": " + n + " samples, " + extractor.kept() + " cycles");
                    }
                }
            } catch (DataFormatException e) {
                warnAll(qc, cellId, name, reader);
                extractor.abort(e.getMessage());
                throw e;
            }
            warnAll(qc, cellId, name, reader);
            int rows = extractor.finish();
            p.report(1, "Converted " + label + ": " + rows + " cycles");
            return new Result(cellId, extractor.samples(), extractor.cycles(), rows,
                    qc.cell(cellId, name).units());
        } catch (DataFormatException e) {
            if (extractor.samples() == 0) {
                qc.read(cellId, name, 0);
                qc.warn(cellId, name, "not converted: " + e.getMessage());
            }
            throw e;
        }
    }

    /** File endings read as cycler exports when converting a folder. */
    public static final List<String> EXTENSIONS = List.of(".csv", ".txt", ".tsv", ".dat");

    /**
     * Converts one export or every export below a folder (one cell per file, natural file order).
     *
     * @param fileOrFolder an export or a folder of exports (.csv, .txt, .tsv, .dat)
     * @param settings extraction settings
     * @param mapping the user's column mapping, or null to detect everything per file
     * @param qc the report to fill
     * @param progress progress per file, cancellation
     * @param sink receives the rows, file after file
     * @return one result per file
     * @throws IOException when a file cannot be read
     * @throws DataFormatException on unusable content (rows of earlier files have been delivered)
     * @throws CancelledException when cancelled
     */
    public static List<Result> convertAll(Path fileOrFolder, ExtractionSettings settings, ColumnMapping mapping,
            QcReport qc, Progress progress, Consumer<CycleRecord> sink)
            throws IOException, DataFormatException, CancelledException {
        List<Path> files = DatasetReader.files(fileOrFolder, qc, EXTENSIONS);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            progress.checkCancelled(); // also before a file too small to reach the in-file checks
            Progress part = progress.part(i / (double) files.size(), (i + 1) / (double) files.size());
            results.add(convert(files.get(i), settings, mapping, qc, part, sink));
        }
        return results;
    }

    /**
     * @return the export's columns each per-cycle value is computed from, for value-rule errors: the current column
     *         for the currents, the counters (or the current, integrated, without them) for the capacities, the
     *         temperature column; the curves keep the canonical names (computed from voltage and charge)
     */
    static ValuePolicy.Columns valueColumns(Map<TimeSeriesRole, MappedColumn> columns) {
        String current = name(columns, CycleColumns.CHARGE_CURRENT, TimeSeriesRole.CURRENT);
        String integrated = current + " (integrated, no capacity counter)";
        String both = name(columns, integrated, TimeSeriesRole.CAPACITY);
        return new ValuePolicy.Columns(current, current,
                name(columns, CycleColumns.TEMPERATURE, TimeSeriesRole.TEMPERATURE),
                name(columns, both, TimeSeriesRole.DISCHARGE_CAPACITY),
                name(columns, both, TimeSeriesRole.CHARGE_CAPACITY), CycleColumns.CI, CycleColumns.RELAXATION);
    }

    private static String name(Map<TimeSeriesRole, MappedColumn> columns, String otherwise, TimeSeriesRole role) {
        MappedColumn c = columns.get(role);
        return c == null ? otherwise : c.name();
    }

    private static void warnAll(QcReport qc, String cellId, String name, TimeSeriesReader reader) {
        for (String w : reader.warnings()) {
            qc.warn(cellId, name, w);
        }
    }

    /**
     * @param file a file
     * @return its name without the extension(s) .csv/.txt/.tsv/.dat and a remaining .bdf
     */
    public static String cellId(Path file) {
        String n = file.getFileName().toString();
        n = n.replaceFirst("(?i)\\.(csv|txt|tsv|dat)$", "");
        return n.replaceFirst("(?i)\\.bdf$", "");
    }
}
