package org.imodel.core.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.CellQc;
import org.imodel.core.qc.QcReport;
import org.imodel.core.qc.ValuePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and awkward inputs: each error names the file, line and column and says what to do, and cycles completed
 * before a bad line have been delivered.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private final QcReport qc = new QcReport();
    private final List<CycleRecord> rows = new ArrayList<>();

    private CyclerFileConverter.Result convert(Path file, ExtractionSettings s, ColumnMapping m) throws Exception {
        return CyclerFileConverter.convert(file, s, m, qc, Progress.NONE, rows::add);
    }

    private DataFormatException fails(Path file, ColumnMapping m) {
        return assertThrows(DataFormatException.class, () -> convert(file, ExtractionSettings.defaults(), m));
    }

    private CellQc cell() {
        List<CellQc> cells = qc.cells();
        return cells.get(cells.size() - 1);
    }

    private Path text(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    /** Three clean cycles, then the given line replaced in the file. */
    private Path withBadLine(String name, long line, java.util.function.UnaryOperator<String> change)
            throws Exception {
        Path file = SyntheticCell.write(dir.resolve(name), new SyntheticCell().rows(1, 3));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set((int) line - 1, change.apply(lines.get((int) line - 1)));
        Files.write(file, lines);
        return file;
    }

    @Test
    void missingOrRenamedRequiredColumnNamesTheRoleAndTheHeader() throws Exception {
        Path file = text("renamed.csv", "Test_Time,Cycle_Index,Amperage,Voltage\n0,1,1.0,3.5\n");
        DataFormatException e = fails(file, null);
        assertEquals(1, e.line());
        assertEquals("current", e.column());
        assertTrue(e.getMessage().startsWith(file.toString() + ", line 1, column 'current': no current column"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Amperage") && e.getMessage().contains("column mapping"),
                e.getMessage());
        // the user's mapping fixes it, and an explicit unit is taken as given
        ColumnMapping m = ColumnMapping.AUTO.withColumn(TimeSeriesRole.CURRENT, "amperage")
                .withUnit(TimeSeriesRole.CURRENT, "A");
        Path ok = SyntheticCell.write(dir.resolve("mapped.csv"), SyntheticCell.HEADER.replace("Current", "Amperage"),
                new SyntheticCell().rows(1, 2), r -> SyntheticCell.fmt(r[0]) + "," + (int) r[1] + "," + (int) r[2]
                        + "," + r[3] + "," + r[4] + "," + r[5] + "," + r[6] + "," + r[7]);
        convert(ok, ExtractionSettings.defaults(), m);
        assertEquals(2, rows.size());
        assertTrue(cell().units().contains("current 'Amperage' A (user)"), cell().units());
        // a mapped column that is not there
        DataFormatException e2 = fails(ok, ColumnMapping.AUTO.withColumn(TimeSeriesRole.VOLTAGE, "U_cell"));
        assertTrue(e2.getMessage().contains("voltage 'U_cell' is not in the header"), e2.getMessage());
    }

    @Test
    void missingOptionalColumnsAreWarnings() throws Exception {
        Path file = SyntheticCell.write(dir.resolve("minimal.csv"), "time_s,current_a,voltage_v",
                new SyntheticCell().rows(1, 2), r -> r[0] + "," + r[3] + "," + r[4]);
        convert(file, ExtractionSettings.defaults(), null);
        assertEquals(2, rows.size(), "cycles inferred, capacities integrated");
        assertEquals(2.0, rows.get(1).dischargeCapacity(), 0.03);
        String w = String.join(" | ", cell().warnings());
        assertTrue(w.contains("no capacity counter column") && w.contains("no temperature column")
                && w.contains("no cycle column"), w);
        assertTrue(Double.isNaN(rows.get(0).temperature()));
    }

    @Test
    void emptyFileAndHeaderOnly() throws Exception {
        DataFormatException empty = fails(text("empty.csv", ""), null);
        assertTrue(empty.getMessage().contains("empty.csv: the file is empty"), empty.getMessage());
        DataFormatException blank = fails(text("blank.csv", "\n  \n"), null);
        assertTrue(blank.getMessage().contains("the file is empty"), blank.getMessage());
        DataFormatException header = fails(text("header.csv", SyntheticCell.HEADER + "\n\n"), null);
        assertEquals(1, header.line());
        assertTrue(header.getMessage().contains("header but no data rows"), header.getMessage());
        assertTrue(cell().warnings().get(0).startsWith("not converted"), cell().warnings().toString());
    }

    @Test
    void nonNumericCellAfterTwoCyclesKeepsThem() throws Exception {
        long bad = SyntheticCell.lineOf(new SyntheticCell().rows(1, 3), 3) + 50;
        Path file = withBadLine("text.csv", bad, l -> {
            String[] f = l.split(",");
            f[4] = "4.1x";
            return String.join(",", f);
        });
        DataFormatException e = fails(file, null);
        assertEquals(bad, e.line());
        assertEquals("Voltage", e.column());
        assertTrue(e.getMessage().contains("'4.1x' is not a number"), e.getMessage());
        assertEquals(List.of(1, 2), rows.stream().map(CycleRecord::cycle).toList(), "completed cycles delivered");
        assertEquals(1, cell().dropped().get(CycleExtractor.INCOMPLETE));
        assertTrue(String.join(" ", cell().warnings()).contains("reading stopped"), cell().warnings().toString());
    }

    @Test
    void badCellsAndImplausibleTemperaturesStopOrAreSkippedAndCounted() throws Exception {
        long bad = SyntheticCell.lineOf(new SyntheticCell().rows(1, 3), 3) + 50;
        for (String[] change : new String[][] {{"4", "4.1x", "malformed value", "Voltage"},
            {"7", "298.15", "implausible temperature", "Temperature"}}) {
            Path file = withBadLine("skip-" + change[2].charAt(0) + ".csv", bad, l -> {
                String[] f = l.split(",");
                f[Integer.parseInt(change[0])] = change[1];
                return String.join(",", f);
            });
            rows.clear();
            DataFormatException e = fails(file, null);
            assertEquals(bad, e.line(), e.getMessage());
            assertEquals(change[3], e.column());
            assertEquals(change[2], e.reason());

            rows.clear();
            convert(file, ExtractionSettings.defaults().withSkipBadRows(true), null);
            assertEquals(List.of(1, 2, 3), rows.stream().map(CycleRecord::cycle).toList(), "the rest is read");
            assertEquals(1, cell().dropped().get(change[2]), cell().dropped().toString());
            assertTrue(cell().warnings().get(0).contains("line " + bad), cell().warnings().toString());
        }
    }

    @Test
    void computedCyclesPassTheValueRules() throws Exception {
        List<double[]> data = new SyntheticCell().rows(1, 3);
        for (double[] r : data) {
            if (r[1] == 2) {
                r[6] = 0; // the discharge counter stays at 0 in cycle 2: a capacity of 0 Ah
            }
        }
        Path file = SyntheticCell.write(dir.resolve("zero-capacity.csv"), data);
        DataFormatException e = fails(file, null);
        assertEquals(SyntheticCell.lineOf(data, 2), e.line(), e.getMessage());
        assertEquals("Discharge_Capacity", e.column());
        assertEquals(ValuePolicy.BAD_CAPACITY, e.reason());
        assertTrue(e.getMessage().contains("cycle 2") && e.getMessage().contains("0 Ah is not positive"),
                e.getMessage());
        assertEquals(List.of(1), rows.stream().map(CycleRecord::cycle).toList(), "cycles before it delivered");

        rows.clear();
        convert(file, ExtractionSettings.defaults().withSkipBadRows(true), null);
        assertEquals(List.of(1, 3), rows.stream().map(CycleRecord::cycle).toList(), "cycle 2 left out");
        assertEquals(1, cell().dropped().get(ValuePolicy.BAD_CAPACITY), cell().dropped().toString());
        assertTrue(cell().warnings().get(0).contains("line " + SyntheticCell.lineOf(data, 2)),
                cell().warnings().toString());
    }

    @Test
    void nanOrInfiniteRequiredValueAfterTwoCyclesKeepsThem() throws Exception {
        for (String bad : new String[] {"NaN", "inf", "-Infinity"}) {
            rows.clear();
            long line = SyntheticCell.lineOf(new SyntheticCell().rows(1, 3), 3) + 3;
            Path file = withBadLine("nan-" + bad + ".csv", line, l -> {
                String[] f = l.split(",");
                f[3] = bad;
                return String.join(",", f);
            });
            DataFormatException e = fails(file, null);
            assertEquals(line, e.line());
            assertEquals("Current", e.column());
            assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
            assertEquals(2, rows.size());
        }
    }

    @Test
    void badFirstDataRowIsReportedAtOpen() throws Exception {
        Path file = text("first.csv", SyntheticCell.HEADER + "\n0,1,1,abc,3.5,0,0,25\n");
        DataFormatException e = fails(file, null);
        assertEquals(2, e.line());
        assertEquals("Current", e.column());
    }

    @Test
    void decreasingVoltageInChargeUsesRunningMaximumOrDrops() throws Exception {
        List<double[]> data = new SyntheticCell().rows(1, 3);
        // cycle 2: a 50 mV dip in the middle of the CC charge (3.8 V region, inside 3.6-4.15 V)
        int first = (int) SyntheticCell.lineOf(data, 2) - 2;
        for (int k = 50; k < 55; k++) {
            data.get(first + k)[4] -= 0.05;
        }
        Path file = SyntheticCell.write(dir.resolve("dip.csv"), data);
        convert(file, ExtractionSettings.defaults(), null);
        assertEquals(3, rows.size());
        double[] ci = rows.get(1).ci();
        for (int i = 1; i < ci.length; i++) {
            assertTrue(ci[i] >= ci[i - 1], "monotone CI");
        }
        assertEquals(rows.get(0).ci()[49], ci[49], 0.02, "the dip only flattens part of the curve");
        String w = String.join(" | ", cell().warnings());
        assertTrue(w.contains("voltage decreasing in charge segment (curve built on the running maximum): 1 cycle(s)"
                + " (cycle 2)") && w.contains("at line " + (first + 52)), w);

        QcReport qc2 = new QcReport();
        List<CycleRecord> rows2 = new ArrayList<>();
        CyclerFileConverter.convert(file, ExtractionSettings.defaults().withDecreasingVoltage(
                DecreasingVoltagePolicy.DROP_CYCLE, 0.005), null, qc2, Progress.NONE, rows2::add);
        assertEquals(List.of(1, 3), rows2.stream().map(CycleRecord::cycle).toList());
        assertEquals(1, qc2.cells().get(0).dropped().get(CycleExtractor.DECREASING));
    }

    @Test
    void cellShorterThanAnyWindowIsAWarningNotACrash() throws Exception {
        Path file = SyntheticCell.write(dir.resolve("short.csv"), new SyntheticCell().rows(1, 3));
        convert(file, ExtractionSettings.defaults(), null);
        assertEquals(3, rows.size());
        assertTrue(String.join(" ", cell().warnings()).contains("only 3 usable cycle(s) of 3"),
                cell().warnings().toString());
        // a single sample is not a crash either
        rows.clear();
        Path one = text("one.csv", SyntheticCell.HEADER + "\n0,1,1,0,3.5,0,0,25\n");
        convert(one, ExtractionSettings.defaults(), null);
        assertEquals(0, rows.size());
    }

    @Test
    void unitsThatCannotBeToldApartFailUnlessSet() throws Exception {
        SyntheticCell cell = new SyntheticCell();
        List<double[]> data = cell.rows(1, 2);
        // a generic current column in mA (values in the thousands) and no counter to compare with
        Path file = SyntheticCell.write(dir.resolve("generic.csv"), "time,current,voltage", data,
                r -> r[0] + "," + r[3] * 1000 + "," + r[4]);
        DataFormatException e = fails(file, null);
        assertEquals("current", e.column());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("Set the current unit"), e.getMessage());
        convert(file, ExtractionSettings.defaults(), ColumnMapping.AUTO.withUnit(TimeSeriesRole.CURRENT, "mA"));
        assertEquals(2.0, rows.get(1).dischargeCapacity(), 0.03);
        assertEquals(1.0, rows.get(1).chargeCurrent(), 1e-9);

        // with counters of known unit the ratio is unambiguous: mA detected
        rows.clear();
        Path counted = SyntheticCell.write(dir.resolve("counted.csv"), "Time_s,Current,Voltage_V,"
                + "Charge_Capacity_Ah,Discharge_Capacity_Ah", data,
                r -> r[0] + "," + r[3] * 1000 + "," + r[4] + "," + r[5] + "," + r[6]);
        QcReport q = new QcReport();
        CyclerFileConverter.convert(counted, ExtractionSettings.defaults(), null, q, Progress.NONE, rows::add);
        assertEquals(1.0, rows.get(0).chargeCurrent(), 1e-9);
        assertTrue(q.cells().get(0).units().contains("current 'Current' mA (detected"), q.cells().get(0).units());

        // a voltage without unit that is not in volts
        Path mv = SyntheticCell.write(dir.resolve("mv.csv"), "time_s,current_a,voltage", data,
                r -> r[0] + "," + r[3] + "," + r[4] * 1000);
        DataFormatException ev = fails(mv, null);
        assertEquals("voltage", ev.column());
        assertTrue(ev.getMessage().contains("voltage unit"), ev.getMessage());
    }

    @Test
    void duplicateCyclesKeepTheFirst() throws Exception {
        SyntheticCell cell = new SyntheticCell();
        List<double[]> data = cell.rows(1, 3);
        List<double[]> again = cell.rows(2, 2);
        data.addAll(again);
        Path file = SyntheticCell.write(dir.resolve("dup.csv"), data);
        convert(file, ExtractionSettings.defaults(), null);
        assertEquals(List.of(1, 2, 3), rows.stream().map(CycleRecord::cycle).toList());
        assertEquals(1, cell().dropped().get(CycleExtractor.DUPLICATE));
        assertTrue(String.join(" ", cell().warnings()).contains("cycle 2 appears again at line "
                + (data.size() - again.size() + 2)), cell().warnings().toString());
    }

    @Test
    void windowOutsideTheChargeIsAClearDropReason() throws Exception {
        Path file = SyntheticCell.write(dir.resolve("window.csv"), new SyntheticCell().rows(1, 2));
        convert(file, ExtractionSettings.defaults().withCiWindow(3.3, 4.0, 50), null);
        assertEquals(0, rows.size());
        assertEquals(2, cell().dropped().get(CycleExtractor.NOT_COVERED));
        assertTrue(String.join(" ", cell().warnings()).contains("the CC charge spans 3.400-4.200 V, the window is"
                + " 3.300-4.000 V"), cell().warnings().toString());
        QcReport q = new QcReport();
        CyclerFileConverter.convert(file, ExtractionSettings.defaults().withCiWindow(4.3, 4.4, 50), null, q,
                Progress.NONE, rows::add);
        assertEquals(2, q.cells().get(0).dropped().get("fewer than 2 CC points in window"));
    }

    @Test
    void flippedSignIsDetectedFromCountersAndFromVoltage() throws Exception {
        List<double[]> data = new SyntheticCell().rows(1, 2);
        Path counters = SyntheticCell.write(dir.resolve("flipped.csv"), data.isEmpty() ? "" : SyntheticCell.HEADER,
                data, r -> r[0] + "," + (int) r[1] + "," + (int) r[2] + "," + -r[3] + "," + r[4] + "," + r[5] + ","
                        + r[6] + "," + r[7]);
        convert(counters, ExtractionSettings.defaults(), null);
        assertEquals(2, rows.size());
        assertEquals(1.0, rows.get(0).chargeCurrent(), 1e-9);
        assertTrue(cell().units().contains("sign flipped to + = charge (detected + = discharge"), cell().units());

        rows.clear();
        Path voltage = SyntheticCell.write(dir.resolve("flipped-v.csv"), "time_s,current_a,voltage_v", data,
                r -> r[0] + "," + -r[3] + "," + r[4]);
        QcReport q = new QcReport();
        CyclerFileConverter.convert(voltage, ExtractionSettings.defaults(), null, q, Progress.NONE, rows::add);
        assertEquals(2, rows.size());
        assertTrue(q.cells().get(0).units().contains("voltage-trend votes"), q.cells().get(0).units());

        // the user's convention wins, with a warning when the data say otherwise
        rows.clear();
        QcReport q2 = new QcReport();
        CyclerFileConverter.convert(counters, ExtractionSettings.defaults(),
                ColumnMapping.AUTO.withSign(SignConvention.POSITIVE_IS_CHARGE), q2, Progress.NONE, rows::add);
        assertTrue(String.join(" ", q2.cells().get(0).warnings()).contains("looks opposite"),
                q2.cells().get(0).warnings().toString());
    }

    @Test
    void cancellationStopsTheConversion() throws Exception {
        Path file = SyntheticCell.write(dir.resolve("cancel.csv"), new SyntheticCell().rows(1, 40));
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String message) {
                // ignored
            }

            @Override
            public void checkCancelled() throws CancelledException {
                throw new CancelledException("cancelled by the test");
            }
        };
        assertThrows(CancelledException.class, () -> CyclerFileConverter.convert(file,
                ExtractionSettings.defaults(), null, qc, cancelled, rows::add));
        assertTrue(rows.size() < 40);
    }

    @Test
    void semicolonDecimalCommaAndMetadataLines() throws Exception {
        List<double[]> data = new SyntheticCell().rows(1, 2);
        Path file = dir.resolve("eu.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("Exported by some cycler\nChannel;7\n\n");
            w.write("Zeit/s;Strom/mA;U/V;time/s;I/mA;Ecell/V;cycle number\n");
            for (double[] r : data) {
                String line = "x;y;z;" + r[0] + ";" + r[3] * 1000 + ";" + r[4] + ";" + (int) r[1];
                w.write(line.replace('.', ',') + "\n");
            }
        }
        convert(file, ExtractionSettings.defaults(), null);
        assertEquals(2, rows.size());
        assertEquals(2.0, rows.get(0).dischargeCapacity(), 0.03);
        assertTrue(cell().units().contains("header at line 4"), cell().units());
        assertTrue(cell().units().contains("current 'I/mA' mA -> A"), cell().units());
    }
}
