package org.imodel.core.timeseries;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.DelimitedRecords;
import org.imodel.core.io.TextFiles;

/**
 * Streams a raw cycler time series from a delimited text file as {@link TimeSample}s in SI units and the BDF sign
 * convention, one at a time, so files of any size are read in bounded memory.
 * <p>
 * The delimiter (tab, ';' or ',') and the header are detected: the header is the first line that maps time,
 * current and voltage (see {@link TimeSeriesColumns}), so metadata lines before it (Maccor's three) are skipped.
 * The first {@value #LOOKAHEAD_ROWS} data rows are read ahead, parsed, to decide units, sign and the cycle source
 * (see {@link ReadAhead}); they are then delivered like the rest.
 * <p>
 * Errors are {@link DataFormatException}s naming the file, line and column: an empty file, a header without rows,
 * missing required columns, non-numeric, empty, NaN or infinite time/current/voltage cells, a non-integer cycle.
 * An error in a row is thrown when that row is reached, so every sample before it has been delivered. Empty or NaN
 * cells of optional columns (capacities, temperature) count as missing values and are reported in
 * {@link #warnings()}.
 */
public final class TimeSeriesReader implements Closeable {

    /** Data rows read ahead (at most) to decide units, sign and cycle source. */
    public static final int LOOKAHEAD_ROWS = 50_000;

    private final String file;
    private final long fileSize;
    private final CountingStream counting;
    private final DelimitedRecords csv;
    private final int headerLine;
    private final char delimiter;
    private final CellParser parser;
    private final Map<TimeSeriesRole, MappedColumn> columns;
    private final MappedColumn time;
    private final MappedColumn current;
    private final MappedColumn voltage;
    private final UnitConversion currentUnit;
    private final UnitConversion voltageUnit;
    private final MappedColumn charge;
    private final MappedColumn discharge;
    private final MappedColumn capacity;
    private final MappedColumn temperature;
    private final MappedColumn cycle;
    private final MappedColumn step;
    private final MappedColumn state;
    private final ReadAhead decisions;
    private final Deque<RawRow> pending;
    private DataFormatException deferred;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Long> missingCells = new TreeMap<>();
    private final Map<Character, Long> otherStates = new TreeMap<>();
    private long rows;
    private long line;

    private TimeSeriesReader(Path path, ColumnMapping mapping, CycleSource source)
            throws IOException, DataFormatException {
        this.file = path.toString();
        this.fileSize = Files.size(path);
        HeaderLocator.Located located;
        try (BufferedReader probe = TextFiles.open(path, false)) {
            located = HeaderLocator.locate(probe, file, mapping);
        }
        this.counting = new CountingStream(Files.newInputStream(path));
        BufferedReader in = TextFiles.reader(counting, false);
        try {
            for (int i = 0; i <= located.lineIndex(); i++) {
                in.readLine();
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        this.csv = new DelimitedRecords(in, located.delimiter(), file, located.lineIndex() + 2L);
        this.headerLine = located.lineIndex() + 1;
        this.delimiter = located.delimiter();
        this.parser = new CellParser(file, delimiter);
        Map<TimeSeriesRole, MappedColumn> mapped = located.resolution().columns();
        this.time = mapped.get(TimeSeriesRole.TIME);
        this.current = mapped.get(TimeSeriesRole.CURRENT);
        this.voltage = mapped.get(TimeSeriesRole.VOLTAGE);
        this.cycle = mapped.get(TimeSeriesRole.CYCLE);
        this.step = mapped.get(TimeSeriesRole.STEP);
        this.state = mapped.get(TimeSeriesRole.STATE);
        this.pending = new ArrayDeque<>();
        try {
            List<RawRow> ahead = readAhead(mapped);
            if (ahead.isEmpty() && deferred == null) {
                throw new DataFormatException(file, headerLine, null, "the file has a header but no data rows."
                        + " Export the data again, including the measurements.");
            }
            if (ahead.isEmpty()) {
                throw deferred;
            }
            this.decisions = decide(ahead, mapped, mapping, source);
        } catch (IOException | DataFormatException | RuntimeException e) {
            csv.close();
            throw e;
        }
        this.columns = Collections.unmodifiableMap(decisions.columns);
        this.currentUnit = columns.get(TimeSeriesRole.CURRENT).unit();
        this.voltageUnit = columns.get(TimeSeriesRole.VOLTAGE).unit();
        this.charge = columns.get(TimeSeriesRole.CHARGE_CAPACITY);
        this.discharge = columns.get(TimeSeriesRole.DISCHARGE_CAPACITY);
        this.capacity = columns.get(TimeSeriesRole.CAPACITY);
        this.temperature = columns.get(TimeSeriesRole.TEMPERATURE);
        warnings.addAll(decisions.warnings);
        if (charge == null && discharge == null && capacity == null) {
            warnings.add("no capacity counter column: capacities are integrated from the current (|I| dt)");
        } else if (capacity == null && (charge == null || discharge == null)) {
            warnings.add("only a " + (charge == null ? "discharge" : "charge") + " capacity counter: the "
                    + (charge == null ? "charge" : "discharge") + " capacity is integrated from the current");
        }
        if (temperature == null) {
            warnings.add("no temperature column: the temperature is left empty unless set in the settings");
        }
    }

    /**
     * Opens a file: finds the header, reads ahead and decides units, sign and cycle source.
     *
     * @param file the export
     * @param mapping the user's column mapping, or null for {@link ColumnMapping#AUTO}
     * @param cycles where cycle numbers come from; with INFER (or when AUTO decides so) samples carry
     *        {@link TimeSample#UNKNOWN_INT} as cycle
     * @return the open reader (close it)
     * @throws IOException when the file cannot be read
     * @throws DataFormatException for an empty file, a missing header or required column, a header without data,
     *         units that cannot be told apart, or a bad first data row
     */
    public static TimeSeriesReader open(Path file, ColumnMapping mapping, CycleSource cycles)
            throws IOException, DataFormatException {
        return new TimeSeriesReader(file, mapping == null ? ColumnMapping.AUTO : mapping,
                cycles == null ? CycleSource.AUTO : cycles);
    }

    private ReadAhead decide(List<RawRow> ahead, Map<TimeSeriesRole, MappedColumn> mapped, ColumnMapping mapping,
            CycleSource source) throws DataFormatException {
        try {
            return new ReadAhead(ahead, mapped, mapping, source, file, headerLine);
        } catch (DataFormatException e) {
            // a bad row right after few good ones is the more useful message than "too little evidence"
            if (deferred != null && ahead.size() < 100) {
                throw deferred;
            }
            throw e;
        }
    }

    private List<RawRow> readAhead(Map<TimeSeriesRole, MappedColumn> mapped) throws IOException {
        List<RawRow> ahead = new ArrayList<>();
        while (ahead.size() < LOOKAHEAD_ROWS) {
            try {
                String[] fields = nextFields();
                if (fields == null) {
                    break;
                }
                ahead.add(parse(fields, fileLine(), mapped));
            } catch (DataFormatException e) {
                deferred = e;
                break;
            }
        }
        pending.addAll(ahead);
        return ahead;
    }

    private String[] nextFields() throws IOException, DataFormatException {
        while (true) {
            String[] fields = csv.next();
            if (fields == null) {
                return null;
            }
            if (fields.length == 1 && fields[0].isBlank()) {
                continue;
            }
            return fields;
        }
    }

    private long fileLine() {
        return csv.recordLine();
    }

    private RawRow parse(String[] f, long ln, Map<TimeSeriesRole, MappedColumn> cols) throws DataFormatException {
        double t = parser.time(f, time, ln);
        double i = parser.number(f, current, true, ln);
        double v = parser.number(f, voltage, true, ln);
        double qc = optional(f, cols.get(TimeSeriesRole.CHARGE_CAPACITY), ln);
        double qd = optional(f, cols.get(TimeSeriesRole.DISCHARGE_CAPACITY), ln);
        double q = optional(f, cols.get(TimeSeriesRole.CAPACITY), ln);
        double temp = optional(f, cols.get(TimeSeriesRole.TEMPERATURE), ln);
        int c = cycle == null ? TimeSample.UNKNOWN_INT : parser.integer(f, cycle, ln);
        int s = step == null ? TimeSample.UNKNOWN_INT : parser.integer(f, step, ln);
        char st = state == null ? ' ' : parser.state(f, state, ln);
        return new RawRow(ln, t, i, v, qc, qd, q, temp, c, s, st);
    }

    private double optional(String[] f, MappedColumn c, long ln) throws DataFormatException {
        if (c == null) {
            return Double.NaN;
        }
        double v = parser.number(f, c, false, ln);
        if (Double.isNaN(v)) {
            missingCells.merge(c.name(), 1L, Long::sum);
        }
        return v;
    }

    /**
     * @return the next sample, or null at the end of the file
     * @throws IOException on read errors
     * @throws DataFormatException on a malformed row (every earlier sample has been returned)
     */
    public TimeSample next() throws IOException, DataFormatException {
        RawRow r;
        if (!pending.isEmpty()) {
            r = pending.poll();
        } else if (deferred != null) {
            DataFormatException e = deferred;
            deferred = null;
            throw e;
        } else {
            String[] fields = nextFields();
            if (fields == null) {
                return null;
            }
            r = parse(fields, fileLine(), columns);
        }
        rows++;
        line = r.line;
        return sample(r);
    }

    private TimeSample sample(RawRow r) {
        double i = currentUnit.apply(r.current);
        if (decisions.signFromState) {
            if (r.state != 'C' && r.state != 'D' && r.state != 'R') {
                otherStates.merge(r.state, 1L, Long::sum);
            }
            i = ReadAhead.stateSign(r.state, i);
        } else {
            i *= decisions.signFactor;
        }
        double qc = charge == null ? Double.NaN : Math.abs(charge.unit().apply(r.charge));
        double qd = discharge == null ? Double.NaN : Math.abs(discharge.unit().apply(r.discharge));
        if (capacity != null) {
            double q = Math.abs(capacity.unit().apply(r.capacity));
            qc = i > 0 ? q : Double.NaN;
            qd = i < 0 ? q : Double.NaN;
        }
        double temp = temperature == null ? Double.NaN : temperature.unit().apply(r.temperature);
        int c = decisions.inferCycles ? TimeSample.UNKNOWN_INT : r.cycle;
        return new TimeSample(c, r.step, r.time, i, voltageUnit.apply(r.voltage), qc, qd, temp);
    }

    /** @return the 1-based file line of the last sample returned */
    public long line() {
        return line;
    }

    /** @return 1-based line of the header */
    public int headerLine() {
        return headerLine;
    }

    /** @return the detected delimiter */
    public char delimiter() {
        return delimiter;
    }

    /** @return samples returned so far */
    public long rowsRead() {
        return rows;
    }

    /** @return bytes consumed from the file so far (read-ahead buffering included) */
    public long bytesRead() {
        return counting.count;
    }

    /** @return the file size in bytes */
    public long fileSize() {
        return fileSize;
    }

    /** @return the columns used, by role, with their units */
    public Map<TimeSeriesRole, MappedColumn> columns() {
        return columns;
    }

    /** @return the largest |current| of the rows read ahead (A) */
    public double readAheadMaxCurrent() {
        return Math.abs(currentUnit.apply(decisions.maxAbsCurrent));
    }

    /** @return true when samples carry no cycle number (cycles are to be inferred) */
    public boolean cyclesInferred() {
        return decisions.inferCycles;
    }

    /** @return columns, units, conversions, sign convention and cycle source, for the QC units column */
    public String unitsDescription() {
        StringBuilder sb = new StringBuilder();
        for (MappedColumn c : columns.values()) {
            if (!c.role().hasUnit()) {
                continue;
            }
            sb.append(c.role().label()).append(" '").append(c.name()).append("' ").append(c.unit().label());
            if (!c.unitSource().isEmpty() && !"header".equals(c.unitSource())) {
                sb.append(" (").append(c.unitSource()).append(')');
            }
            if (c.unit().factor() != 1 || c.unit().offset() != 0) {
                sb.append(" -> ").append(c.role() == TimeSeriesRole.TIME ? "s"
                        : c.role() == TimeSeriesRole.TEMPERATURE ? "degC" : c.role().isCapacity() ? "Ah" : "A");
            }
            sb.append("; ");
        }
        if (columns.containsKey(TimeSeriesRole.CAPACITY)) {
            sb.append("one capacity counter split by current direction; ");
        }
        sb.append(decisions.signText).append("; ").append(decisions.cycleText);
        return sb.toString();
    }

    /**
     * @return warnings for the QC: missing optional columns, units detected, sign assumed, cycles inferred, empty
     *         or NaN optional cells, unknown states
     */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        for (Map.Entry<String, Long> e : missingCells.entrySet()) {
            all.add(e.getValue() + " empty or NaN cell(s) in column '" + e.getKey() + "' read as missing values");
        }
        if (!otherStates.isEmpty()) {
            all.add("rows with states other than C, D, R keep the exported current sign: " + otherStates.entrySet()
                    .stream().map(e -> "'" + e.getKey() + "' x" + e.getValue()).collect(Collectors.joining(", ")));
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
