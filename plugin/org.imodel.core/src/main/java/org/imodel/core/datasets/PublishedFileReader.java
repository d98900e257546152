package org.imodel.core.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.DelimitedRecords;
import org.imodel.core.io.TextFiles;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

/**
 * Reads one published per-cycle file (UL, LSD or TPSL; detected from the header unless forced) into canonical
 * rows, streaming: each row is handed to the sink as soon as it is read, so rows before a bad line are never
 * lost. Units are converted to Ah (UL mAh are divided by 1000), TPSL discharge currents become magnitudes, and
 * every conversion, dropped row and oddity is recorded in the QC report.
 */
public final class PublishedFileReader {

    /** Fewer kept cycles than this cannot feed even the shortest published horizon (P = 10 needs N > P). */
    static final int MIN_USEFUL_CYCLES = 11;

    private final ReadOptions options;

    /** @param options reader options */
    public PublishedFileReader(ReadOptions options) {
        this.options = options;
    }

    /**
     * @param file the CSV file
     * @param qc report to fill
     * @param sink receives the rows in file order
     * @param progress cancellation is checked every few hundred rows
     * @return rows delivered to the sink
     * @throws IOException when the file cannot be read
     * @throws DataFormatException on unusable content (message names file, line, column and what to do)
     * @throws CancelledException when cancelled
     */
    public long read(Path file, QcReport qc, Consumer<CycleRecord> sink, Progress progress)
            throws IOException, DataFormatException, CancelledException {
        String name = file.toString();
        try (DelimitedRecords csv = new DelimitedRecords(TextFiles.open(file, true), ',', name)) {
            String[] header = csv.next();
            if (header == null) {
                throw new DataFormatException(name, 0, null, "the file is empty. Remove it from the folder or"
                        + " export the data again.");
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                index.put(header[i].replace("\uFEFF", "").strip(), i);
            }
            RowHandler handler = options.family() == null && CanonicalRowMapper.matches(index)
                    ? new CanonicalRowMapper.Handler(new CanonicalRowMapper(index, name), qc, name)
                    : new FileContext(file, family(index, name), index, qc);
            long rows = 0;
            long kept = 0;
            String[] row;
            try {
                while ((row = csv.next()) != null) {
                    if (row.length == 1 && row[0].isBlank()) {
                        continue;
                    }
                    rows++;
                    long line = csv.recordLine();
                    try {
                        if (row.length != header.length) {
                            throw new DataFormatException(name, line, null, "the row has " + row.length
                                    + " fields but the header has " + header.length + ". Check for a missing quote"
                                    + " or a stray comma.");
                        }
                        CycleRecord r = handler.map(row, line);
                        if (r != null) {
                            qc.kept(r);
                            sink.accept(r);
                            kept++;
                        }
                    } catch (DataFormatException e) {
                        if (!options.skipBadRows()) {
                            throw e;
                        }
                        String cell = handler.cellOf(row);
                        qc.drop(cell, name, "malformed value", 1);
                        qc.warn(cell, name, e.getMessage());
                    }
                    if ((rows & 255) == 0) {
                        progress.checkCancelled();
                    }
                }
            } finally {
                handler.finish(rows, kept);
            }
            return kept;
        }
    }

    private DatasetFamily family(Map<String, Integer> index, String name) throws DataFormatException {
        DatasetFamily family = options.family() != null ? options.family() : DatasetFamily.closest(index.keySet());
        List<String> missing = family.missing(index.keySet());
        if (!missing.isEmpty()) {
            throw new DataFormatException(name, 1, missing.get(0), "this is not a published " + family
                    + " per-cycle file: missing column(s) " + missing + " (the header has " + index.keySet()
                    + "). Restore the column names as published, choose the right format, or, for a raw cycler"
                    + " time series, use the Cycler Time Series to Cycles conversion.");
        }
        return family;
    }

    private static String cellId(Path file, DatasetFamily family) {
        String stem = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Path parent = file.getParent();
        if (family == DatasetFamily.TPSL && parent != null && parent.getParent() != null) {
            return parent.getParent().getFileName() + "-" + parent.getFileName();
        }
        return stem;
    }

    /** Turns data rows into records and keeps the per-file QC bookkeeping. */
    interface RowHandler {
        /** @return the record, or null when the row is dropped (the QC report says why) */
        CycleRecord map(String[] row, long line) throws DataFormatException;

        /** @return the cell a (possibly malformed) row belongs to */
        String cellOf(String[] row);

        /** Records rows read and the end-of-file warnings. */
        void finish(long rows, long kept);
    }

    /** Per-file state of a published file (one cell): unit decision, duplicate and restart detection. */
    private final class FileContext implements RowHandler {
        private final Path file;
        private final String name;
        private final DatasetFamily family;
        private final Map<String, Integer> index;
        private final String cellId;
        private final QcReport qc;
        private PublishedRowMapper mapper;
        private Integer previousCycle;
        private int decreasingCurves;

        FileContext(Path file, DatasetFamily family, Map<String, Integer> index, QcReport qc) {
            this.file = file;
            this.name = file.toString();
            this.family = family;
            this.index = index;
            this.cellId = cellId(file, family);
            this.qc = qc;
        }

        @Override
        public String cellOf(String[] row) {
            return cellId;
        }

        @Override
        public CycleRecord map(String[] row, long line) throws DataFormatException {
            if (mapper == null) {
                mapper = mapper(row, line);
            }
            CycleRecord r = mapper.map(row, line);
            if (previousCycle != null && r.cycle() == previousCycle) {
                qc.drop(cellId, name, "duplicate cycle", 1);
                qc.warn(cellId, name, "cycle " + r.cycle() + " repeated at line " + line
                        + "; the first row of the cycle is kept");
                return null;
            }
            if (previousCycle != null && r.cycle() < previousCycle) {
                qc.warn(cellId, name, "cycle numbering restarts at line " + line + " (" + previousCycle + " -> "
                        + r.cycle() + "); rows are kept in file order"
                        + (family == DatasetFamily.TPSL ? " (TPSL: health-check cycles, then the ageing file)" : ""));
            }
            previousCycle = r.cycle();
            if (decreases(r.ci())) {
                decreasingCurves++;
            }
            return r;
        }

        private PublishedRowMapper mapper(String[] first, long line) throws DataFormatException {
            String capacityColumn = family == DatasetFamily.TPSL ? "Max_Discharge_Capacity(Ah)" : "Discharge_Capacity";
            double divisor = capacityDivisor(first[index.get(capacityColumn)], line, capacityColumn);
            String unitText = divisor == 1 ? "capacity Ah" : "capacity mAh -> Ah (divided by 1000)";
            Optional<UlFileName> ul = family == DatasetFamily.UL
                    ? UlFileName.parse(file.getFileName().toString().replaceFirst("(?i)\\.csv$", ""))
                    : Optional.empty();
            Double chargeOverride = null;
            String currentUnit = "A";
            String condition = "";
            String label = family.name();
            if (family == DatasetFamily.UL) {
                label = ulLabel();
                currentUnit = "C-code";
                unitText += "; currents are C-rates, charge as the published code/10";
                if (ul.isPresent()) {
                    condition = ul.get().condition();
                    if (options.ulDecodedChargeRate()) {
                        chargeOverride = ul.get().decodedChargeRate();
                        currentUnit = "C";
                        unitText += " replaced by the decoded C-rate " + chargeOverride;
                    }
                } else if (options.ulDecodedChargeRate()) {
                    qc.warn(cellId, name, "the file name does not follow CY<T>-<code>_<d>-#<n>: the charge rate"
                            + " cannot be decoded, published values kept");
                }
            } else if (family == DatasetFamily.TPSL) {
                Path parent = file.getParent();
                condition = parent != null && parent.getParent() != null
                        ? parent.getParent().getFileName().toString() : "";
                unitText += "; negative discharge currents stored as magnitudes; per-cycle voltage grids";
            } else {
                unitText += "; CI grid from Start_Voltage/End_Voltage";
            }
            qc.units(cellId, name, unitText);
            return new PublishedRowMapper(family, index, name, cellId, label, condition, divisor, chargeOverride,
                    currentUnit);
        }

        private String ulLabel() {
            Path parent = file.getParent();
            String folder = parent == null ? "" : parent.getFileName().toString();
            return folder.startsWith("UL-") ? folder : "UL";
        }

        private double capacityDivisor(String text, long line, String column) throws DataFormatException {
            double value;
            try {
                value = Math.abs(Double.parseDouble(text.strip()));
            } catch (NumberFormatException e) {
                throw new DataFormatException(name, line, column, "'" + DataFormatException.echo(text)
                        + "' is not a number; the capacity"
                        + " unit cannot be detected. Fix the value.");
            }
            if (value >= 50) {
                return 1000;
            }
            if (value <= 20) {
                return 1;
            }
            throw new DataFormatException(name, line, column, "a capacity of " + value + " cannot be told apart as Ah"
                    + " or mAh (expected below 20 Ah or above 50 mAh). Convert the file to Ah.");
        }

        @Override
        public void finish(long rows, long kept) {
            qc.read(cellId, name, rows);
            if (rows == 0) {
                qc.warn(cellId, name, "header only: the file has no data rows");
            } else if (kept < MIN_USEFUL_CYCLES) {
                qc.warn(cellId, name, "only " + kept + " cycle(s): shorter than any useful prediction window"
                        + " (a horizon of 10 cycles needs more than 10)");
            }
            if (decreasingCurves > 0) {
                qc.warn(cellId, name, decreasingCurves + " capacity-increment curve(s) decrease somewhere along the"
                        + " voltage grid (kept as published)");
            }
        }
    }

    private static boolean decreases(double[] curve) {
        for (int i = 1; i < curve.length; i++) {
            if (curve[i] < curve[i - 1] - 1e-9) {
                return true;
            }
        }
        return false;
    }
}
