package org.imodel.core.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.io.TableSink;
import org.imodel.core.timeseries.TimeSample;

/**
 * CSV writers for the simulator's output, built on {@link TableCsvWriter#sink}: numbers in Java's shortest exact
 * decimal form (reading them back gives the same doubles), lists as bracketed numbers in quoted fields. Both
 * writers are consumers, so they can be passed straight to {@link CellSimulator}; I/O errors are rethrown as
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
    public static TableSink<TimeSample> timeSeriesWriter(Writer out) {
        return TableCsvWriter.sink(out, TimeSeriesTable.COLUMNS.subList(1, TimeSeriesTable.COLUMNS.size()), s -> {
            Object[] row = TimeSeriesTable.values("", s);
            return Arrays.copyOfRange(row, 1, row.length);
        });
    }

    /**
     * @param out where to write; the header ({@link CycleColumns#ALL} names) is written at once
     * @return a writer of per-cycle rows
     */
    public static TableSink<CycleRecord> cycleWriter(Writer out) {
        return TableCsvWriter.sink(out, CycleColumns.ALL, CycleColumns::values);
    }

    /**
     * Writes a per-cycle table (header and rows); does not close {@code out}.
     *
     * @param records the rows
     * @param out where to write
     * @throws IOException on write errors
     */
    public static void writeCycles(Iterable<CycleRecord> records, Writer out) throws IOException {
        TableSink<CycleRecord> w = cycleWriter(out);
        try {
            records.forEach(w);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }
}
