package org.imodel.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.io.TableSink;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.imodel.core.timeseries.TimeSample;
import org.junit.jupiter.api.Test;

class TimeSeriesTableTest {

    @Test
    void columnsAreTheCellIdThenTheCsvColumns() {
        List<String> names = new ArrayList<>();
        for (ColumnDef c : TimeSeriesTable.COLUMNS) {
            names.add(c.name());
        }
        List<String> expected = new ArrayList<>(List.of(TimeSeriesTable.CELL_ID));
        expected.addAll(SimulationCsv.TIME_SERIES_COLUMNS);
        assertEquals(expected, names);
        assertEquals(ColumnType.STRING, TimeSeriesTable.COLUMNS.get(0).type());
        assertEquals(ColumnType.INT, type("cycle_count"));
        assertEquals(ColumnType.INT, type("step_index"));
        assertEquals(ColumnType.DOUBLE, type("current_ampere"));
    }

    @Test
    void valuesMatchTheCsvWriterColumnByColumn() throws Exception {
        CellSimulator sim = new CellSimulator(SimulationSettings.builder().cells(1).cyclesPerCell(1).build());
        List<TimeSample> samples = new ArrayList<>();
        sim.timeSeries(0, samples::add, null);
        StringWriter text = new StringWriter();
        TableSink<TimeSample> writer = SimulationCsv.timeSeriesWriter(text);
        writer.accept(samples.get(7));
        String[] fields = text.toString().split("\n")[1].split(",");
        Object[] values = TimeSeriesTable.values("SIM-001", samples.get(7));
        assertEquals(TimeSeriesTable.COLUMNS.size(), values.length);
        assertEquals("SIM-001", values[0]);
        for (int i = 0; i < fields.length; i++) {
            assertEquals(fields[i], String.valueOf(values[i + 1]), SimulationCsv.TIME_SERIES_COLUMNS.get(i));
        }
    }

    private static ColumnType type(String name) {
        return TimeSeriesTable.COLUMNS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().type();
    }
}
