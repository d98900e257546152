package org.imodel.core.sim;

import static org.imodel.core.sim.SimTestSupport.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.io.DelimitedRecords;
import org.imodel.core.io.ListParser;
import org.imodel.core.io.TableSink;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.timeseries.TimeSample;
import org.junit.jupiter.api.Test;

class SimulationCsvTest {

    @Test
    void perCycleCsvReadsBackToTheSameRecords() throws Exception {
        List<CycleRecord> records = new CellSimulator(
                SimulationSettings.builder().cells(2).cyclesPerCell(5).build()).simulate();
        StringWriter text = new StringWriter();
        SimulationCsv.writeCycles(records, text);
        String csv = text.toString();
        assertTrue(csv.contains(",\"[0.0, "), "lists are quoted bracketed lists");
        DelimitedRecords in = new DelimitedRecords(new StringReader(csv), ',', "cycles.csv");
        String[] header = in.next();
        assertEquals(CycleColumns.ALL.size(), header.length);
        for (int i = 0; i < header.length; i++) {
            assertEquals(CycleColumns.ALL.get(i).name(), header[i]);
        }
        List<CycleRecord> back = new ArrayList<>();
        String[] row;
        while ((row = in.next()) != null) {
            back.add(parse(row, in.recordLine()));
        }
        assertSameRecords(records, back);
    }

    private static CycleRecord parse(String[] f, long line) throws Exception {
        List<String> n = CycleColumns.ALL.stream().map(ColumnDef::name).toList();
        VoltageGrid grid = new VoltageGrid(Double.parseDouble(f[n.indexOf(CycleColumns.CI_START)]),
                Double.parseDouble(f[n.indexOf(CycleColumns.CI_END)]),
                Integer.parseInt(f[n.indexOf(CycleColumns.CI_POINTS)]),
                "per-cycle".equals(f[n.indexOf(CycleColumns.CI_GRID)]));
        return new CycleRecord(f[n.indexOf(CycleColumns.CELL_ID)], Integer.parseInt(f[n.indexOf(CycleColumns.CYCLE)]),
                Double.parseDouble(f[n.indexOf(CycleColumns.CHARGE_CURRENT)]),
                Double.parseDouble(f[n.indexOf(CycleColumns.DISCHARGE_CURRENT)]),
                Double.parseDouble(f[n.indexOf(CycleColumns.TEMPERATURE)]),
                Double.parseDouble(f[n.indexOf(CycleColumns.DISCHARGE_CAPACITY)]),
                Double.parseDouble(f[n.indexOf(CycleColumns.CHARGE_CAPACITY)]),
                ListParser.parse(f[n.indexOf(CycleColumns.CI)], "cycles.csv", line, CycleColumns.CI), grid,
                ListParser.parse(f[n.indexOf(CycleColumns.RELAXATION)], "cycles.csv", line, CycleColumns.RELAXATION),
                f[n.indexOf(CycleColumns.CURRENT_UNIT)], f[n.indexOf(CycleColumns.FAMILY)],
                f[n.indexOf(CycleColumns.CONDITION)], f[n.indexOf(CycleColumns.SOURCE_FILE)],
                Long.parseLong(f[n.indexOf(CycleColumns.SOURCE_LINE)]));
    }

    @Test
    void timeSeriesCsvReadsBackToTheSameSamples() throws Exception {
        CellSimulator sim = new CellSimulator(SimulationSettings.builder().cells(1).cyclesPerCell(2).build());
        List<TimeSample> samples = new ArrayList<>();
        StringWriter text = new StringWriter();
        try (TableSink<TimeSample> w = SimulationCsv.timeSeriesWriter(text)) {
            sim.timeSeries(0, t -> {
                samples.add(t);
                w.accept(t);
            }, null);
        }
        DelimitedRecords in = new DelimitedRecords(new StringReader(text.toString()), ',', "series.csv");
        assertArrayEquals(SimulationCsv.TIME_SERIES_COLUMNS.toArray(new String[0]), in.next());
        for (TimeSample t : samples) {
            String[] f = in.next();
            TimeSample back = new TimeSample(Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Double.parseDouble(f[0]), Double.parseDouble(f[2]), Double.parseDouble(f[1]),
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]));
            assertEquals(t, back);
        }
        assertNull(in.next());
    }
}
