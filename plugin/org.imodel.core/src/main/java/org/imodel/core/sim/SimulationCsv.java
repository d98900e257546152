package org.imodel.core.sim;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.timeseries.TimeSample;

/**
 * CSV writers for the simulator's output (comma-separated, header line, {@code \n} line ends, RFC 4180 quoting).
 * Numbers are written in Java's shortest exact decimal form ({@link Double#toString(double)}, which may use an
 * exponent such as {@code 1.0E-4}), so reading them back gives the same doubles. Both writers are
 * {@link Consumer}s, so they can be passed straight to {@link CellSimulator}; I/O errors are rethrown as
 * {@link UncheckedIOException}. Closing a writer closes the underlying {@link Writer}.
 */
public final class SimulationCsv {

    /** Columns of the raw time-series CSV (Battery Data Format names), in order. */
    public static final List<String> TIME_SERIES_COLUMNS = List.of("test_time_second", "voltage_volt",
            "current_ampere", "cycle_count", "step_index", "charging_capacity_ah", "discharging_capacity_ah",
            "ambient_temperature_celsius");

    private SimulationCsv() {
    }

    /**
     * @param out where to write; the header is written at once
     * @return a writer of time-series rows
     */
    public static TimeSeriesWriter timeSeriesWriter(Writer out) {
        return new TimeSeriesWriter(out);
    }

    /**
     * @param out where to write; the header ({@link CycleColumns#ALL} names) is written at once
     * @return a writer of per-cycle rows
     */
    public static CycleWriter cycleWriter(Writer out) {
        return new CycleWriter(out);
    }

    /**
     * Writes a per-cycle table (header and rows); does not close {@code out}.
     *
     * @param records the rows
     * @param out where to write
     * @throws IOException on write errors
     */
    public static void writeCycles(Iterable<CycleRecord> records, Writer out) throws IOException {
        CycleWriter w = new CycleWriter(out);
        try {
            for (CycleRecord r : records) {
                w.accept(r);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /**
     * @param value a number
     * @return its text in the CSV
     */
    static String number(double value) {
        return Double.toString(value);
    }

    /**
     * @param values list values
     * @return the list text, e.g. {@code [0.0, 0.1]}
     */
    static String list(double[] values) {
        StringBuilder b = new StringBuilder(values.length * 20 + 2).append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(Double.toString(values[i]));
        }
        return b.append(']').toString();
    }

    /**
     * @param text field text
     * @return the field, in double quotes (inner quotes doubled) when it holds a comma, quote or line break
     */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Writes {@link TimeSample}s as rows of {@link #TIME_SERIES_COLUMNS}. */
    public static final class TimeSeriesWriter implements Consumer<TimeSample>, Closeable {
        private final Writer out;
        private final StringBuilder line = new StringBuilder(160);

        private TimeSeriesWriter(Writer out) {
            this.out = out;
            write(String.join(",", TIME_SERIES_COLUMNS) + "\n");
        }

        @Override
        public void accept(TimeSample t) {
            line.setLength(0);
            line.append(t.timeSecond()).append(',').append(t.voltageVolt()).append(',').append(t.currentAmpere())
                    .append(',').append(t.cycle()).append(',').append(t.step()).append(',')
                    .append(t.chargeCapacityAh()).append(',').append(t.dischargeCapacityAh()).append(',')
                    .append(t.temperatureCelsius()).append('\n');
            write(line);
        }

        private void write(CharSequence text) {
            try {
                out.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Writes {@link CycleRecord}s as rows of the canonical per-cycle table ({@link CycleColumns#ALL}). */
    public static final class CycleWriter implements Consumer<CycleRecord>, Closeable {
        private final Writer out;

        private CycleWriter(Writer out) {
            this.out = out;
            StringBuilder header = new StringBuilder();
            for (ColumnDef c : CycleColumns.ALL) {
                if (header.length() > 0) {
                    header.append(',');
                }
                header.append(field(c.name()));
            }
            write(header.append('\n'));
        }

        @Override
        public void accept(CycleRecord r) {
            Object[] values = CycleColumns.values(r);
            StringBuilder b = new StringBuilder(2048);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                Object v = values[i];
                if (v instanceof double[]) {
                    b.append('"').append(list((double[]) v)).append('"');
                } else if (v instanceof Double) {
                    b.append(number((Double) v));
                } else {
                    b.append(field(String.valueOf(v)));
                }
            }
            write(b.append('\n'));
        }

        private void write(CharSequence text) {
            try {
                out.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
