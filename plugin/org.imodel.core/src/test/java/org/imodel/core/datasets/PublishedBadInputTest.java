package org.imodel.core.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.CellQc;
import org.imodel.core.qc.QcReport;
import org.imodel.core.qc.ValuePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a clear message (file, line, column, what to do) and keeps what was read. */
class PublishedBadInputTest {

    private static final String LSD_HEADER = "Cycle,Charge_Current,Discharge_Current,Temperature,Capacity_Increment,"
            + "Relaxation_Voltage,Discharge_Capacity,Start_Voltage,End_Voltage";

    @TempDir
    Path dir;

    private static String lsdRow(int cycle, String ci, String capacity) {
        return cycle + ",1.2,2.4,25,\"" + ci + "\",\"[4.2, 4.19, 4.18]\"," + capacity + ",3.8,4.1";
    }

    private static String goodCurve() {
        return "[0.0, 0.1, 0.2, 0.3]";
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private DataFormatException failure(Path file, ReadOptions options, List<CycleRecord> delivered) {
        return assertThrows(DataFormatException.class,
                () -> new PublishedFileReader(options).read(file, new QcReport(), delivered::add, Progress.NONE));
    }

    @Test
    void malformedListNamesFileLineAndColumnAndKeepsEarlierRows() throws Exception {
        Path file = write("5.csv", LSD_HEADER, lsdRow(1, goodCurve(), "1.9"), lsdRow(2, "[0.0, 0.1 0.2]", "1.9"),
                lsdRow(3, goodCurve(), "1.9"));
        List<CycleRecord> delivered = new ArrayList<>();
        DataFormatException e = failure(file, ReadOptions.DEFAULTS, delivered);
        assertEquals(3, e.line());
        assertEquals("Capacity_Increment", e.column());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("[0.0, 0.1, 0.2]"), "says what a list must look like");
        assertEquals(1, delivered.size(), "the row before the bad one was delivered");
    }

    @Test
    void badRowsCanBeSkippedAndAreReported() throws Exception {
        Path file = write("5.csv", LSD_HEADER, lsdRow(1, goodCurve(), "1.9"), lsdRow(2, goodCurve(), "abc"),
                lsdRow(3, "__import__('os')", "1.8"), lsdRow(4, goodCurve(), "1.7"));
        QcReport qc = new QcReport();
        List<CycleRecord> rows = new ArrayList<>();
        new PublishedFileReader(new ReadOptions(null, false, true)).read(file, qc, rows::add, Progress.NONE);
        assertEquals(List.of(1, 4), rows.stream().map(CycleRecord::cycle).toList());
        CellQc c = qc.cells().get(0);
        assertEquals(4, c.rowsRead());
        assertEquals(2, c.dropped().get("malformed value"));
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("line 3") && w.contains("Discharge_Capacity")),
                c.warnings().toString());
    }

    @Test
    void missingOrRenamedColumnsAreNamed() throws IOException {
        Path file = write("7.csv", LSD_HEADER.replace("Relaxation_Voltage", "Relax_V"), lsdRow(1, goodCurve(), "1.9"));
        DataFormatException e = failure(file, ReadOptions.DEFAULTS, new ArrayList<>());
        assertTrue(e.getMessage().contains("Relaxation_Voltage"), e.getMessage());
        assertTrue(e.getMessage().contains("Cycler Time Series"), "points to the time-series conversion");
    }

    @Test
    void emptyFileIsAnErrorAndHeaderOnlyAWarning() throws Exception {
        DataFormatException e = failure(write("empty.csv"), ReadOptions.DEFAULTS, new ArrayList<>());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        QcReport qc = new QcReport();
        new PublishedFileReader(ReadOptions.DEFAULTS).read(write("8.csv", LSD_HEADER), qc, r -> { }, Progress.NONE);
        assertTrue(qc.allWarnings().get(0).contains("header only"), qc.allWarnings().toString());
    }

    @Test
    void badValuesStopTheReadOrAreSkippedAndCounted() throws Exception {
        Path file = write("9.csv", LSD_HEADER, lsdRow(1, goodCurve(), "1.9"), lsdRow(2, "[0.0, nan, 0.2, inf]", "1.9"),
                lsdRow(3, goodCurve(), "nan"), lsdRow(4, goodCurve(), "190"), lsdRow(5, goodCurve(), "1.8"),
                lsdRow(6, goodCurve(), "-1.8"));
        List<CycleRecord> delivered = new ArrayList<>();
        DataFormatException e = failure(file, ReadOptions.DEFAULTS, delivered);
        assertEquals(3, e.line());
        assertEquals("Capacity_Increment", e.column());
        assertTrue(e.getMessage().contains("NaN") && e.getMessage().contains("skip rows"), e.getMessage());
        assertEquals(1, delivered.size(), "rows before the bad one were delivered");

        QcReport qc = new QcReport();
        List<CycleRecord> rows = new ArrayList<>();
        new PublishedFileReader(new ReadOptions(null, false, true)).read(file, qc, rows::add, Progress.NONE);
        assertEquals(List.of(1, 5), rows.stream().map(CycleRecord::cycle).toList());
        CellQc c = qc.cells().get(0);
        assertEquals(1, c.dropped().get(ValuePolicy.NAN_IN_LIST));
        assertEquals(2, c.dropped().get(ValuePolicy.BAD_CAPACITY), "NaN and negative capacity");
        assertEquals(1, c.dropped().get(ValuePolicy.UNIT_JUMP), "190 after 1.9: mAh inside an Ah file");
        assertEquals(0, c.nanValues(), "no NaN passed on");
        String summary = qc.skippedSummary();
        assertTrue(summary.startsWith("4 row(s) with bad values skipped"), summary);
        assertTrue(summary.contains("line 3") && summary.contains("line 4") && summary.contains("line 5")
                && !summary.contains("line 7"), "names the first three: " + summary);
    }

    @Test
    void duplicateCyclesAreDroppedDecreasingCurvesAndShortCellsWarned() throws Exception {
        Path file = write("10.csv", LSD_HEADER, lsdRow(1, goodCurve(), "1.9"), lsdRow(1, goodCurve(), "1.8"),
                lsdRow(2, "[0.0, 0.2, 0.1, 0.3]", "1.8"));
        QcReport qc = new QcReport();
        List<CycleRecord> rows = new ArrayList<>();
        new PublishedFileReader(ReadOptions.DEFAULTS).read(file, qc, rows::add, Progress.NONE);
        assertEquals(2, rows.size());
        assertEquals(1.9, rows.get(0).dischargeCapacity(), "the first row of a cycle is kept");
        CellQc c = qc.cells().get(0);
        assertEquals(1, c.dropped().get("duplicate cycle"));
        String warnings = c.warnings().toString();
        assertTrue(warnings.contains("cycle 1 repeated at line 3"), warnings);
        assertTrue(warnings.contains("decrease"), warnings);
        assertTrue(warnings.contains("shorter than any useful prediction window"), warnings);
    }

    @Test
    void capacityUnitsThatCannotBeToldApartAreAnError() throws IOException {
        Path file = write("11.csv", LSD_HEADER, lsdRow(1, goodCurve(), "35"));
        DataFormatException e = failure(file, ReadOptions.DEFAULTS, new ArrayList<>());
        assertEquals("Discharge_Capacity", e.column());
        assertTrue(e.getMessage().contains("Ah or mAh"), e.getMessage());
    }

    @Test
    void nonNumericCycleAndWrongFieldCount() throws IOException {
        DataFormatException e = failure(write("12.csv", LSD_HEADER, lsdRow(1, goodCurve(), "1.9").replaceFirst("^1",
                "1.5")), ReadOptions.DEFAULTS, new ArrayList<>());
        assertEquals("Cycle", e.column());
        e = failure(write("13.csv", LSD_HEADER, "1,1.2,2.4"), ReadOptions.DEFAULTS, new ArrayList<>());
        assertTrue(e.getMessage().contains("has 3 fields"), e.getMessage());
        e = failure(write("14.csv", LSD_HEADER, "1,1.2,2.4,25,\"[0.0, 0.1]"), ReadOptions.DEFAULTS, new ArrayList<>());
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
    }

    @Test
    void nonCsvFilesInAFolderAreSkippedAndNoted() throws Exception {
        write("1.csv", LSD_HEADER, lsdRow(1, goodCurve(), "1.9"));
        write("notes.txt", "not data");
        QcReport qc = new QcReport();
        long rows = new DatasetReader(ReadOptions.DEFAULTS).read(dir, qc, r -> { }, Progress.NONE);
        assertEquals(1, rows);
        assertTrue(qc.notes().get(0).contains("notes.txt"), qc.notes().toString());
    }

    @Test
    void aLargeFileIsStreamedWithBoundedMemory() throws Exception {
        Path big = dir.resolve("big.csv");
        StringBuilder curve = new StringBuilder("[0.0");
        for (int i = 1; i < 50; i++) {
            curve.append(", ").append(0.0123456789 * i);
        }
        curve.append(']');
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write(LSD_HEADER + "\n");
            while (rows < 125_000) {
                w.write(lsdRow((int) rows + 1, curve.toString(), "1.9") + "\n");
                rows++;
            }
        }
        long size = Files.size(big);
        assertTrue(size > 100_000_000, "test file is " + size + " bytes");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long[] peak = {0};
        long[] count = {0};
        new PublishedFileReader(ReadOptions.DEFAULTS).read(big, new QcReport(), r -> {
            if (++count[0] % 25_000 == 0) {
                System.gc();
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
            }
        }, Progress.NONE);
        assertEquals(rows, count[0]);
        long grown = peak[0] - before;
        System.out.printf("streamed %d MB file: %d rows, live heap grew by at most %d MB%n", size >> 20, rows,
                grown >> 20);
        assertTrue(grown < size / 10, "live heap grew by " + grown + " bytes for a " + size + "-byte file");
    }
}
