package org.imodel.core.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.CellQc;
import org.imodel.core.qc.QcReport;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Reads every published file in ../shared/data and checks counts, units and list lengths. */
class PublishedDataTest {

    @Test
    void everySharedFileIsReadWithAllItsRows() throws Exception {
        Path data = SharedData.require("data");
        QcReport qc = new QcReport();
        Map<String, Long> perFile = new HashMap<>();
        List<CycleRecord> sample = new ArrayList<>();
        long total = new DatasetReader(ReadOptions.DEFAULTS).read(data, qc, r -> {
            perFile.merge(r.sourceFile(), 1L, Long::sum);
            if (r.sourceLine() == 2) {
                sample.add(r);
            }
        }, Progress.NONE);
        List<Path> files = DatasetReader.files(data, new QcReport());
        assertEquals(143, files.size(), "published files");
        for (Path file : files) {
            assertEquals(dataRows(file), perFile.getOrDefault(file.toString(), 0L), "rows of " + file);
        }
        assertEquals(58_504, total, "all families at once");
        for (CellQc c : qc.cells()) {
            assertEquals(0, c.droppedTotal(), c.cellId() + " dropped " + c.dropped());
        }
        for (CycleRecord r : sample) {
            assertEquals(50, r.ci().length, r.sourceFile());
            double maxAh = r.family().startsWith("UL") ? 3.6 : r.family().equals("LSD") ? 2.1 : 2.6;
            assertTrue(r.dischargeCapacity() > 0.9 && r.dischargeCapacity() < maxAh,
                    r.sourceFile() + " capacity " + r.dischargeCapacity() + " Ah");
            assertTrue(r.ci()[49] < 4, r.sourceFile() + " CI in Ah");
            assertTrue(r.dischargeCurrent() > 0, "discharge current is a magnitude");
        }
        System.out.println("published data: " + files.size() + " files, " + total + " rows, "
                + qc.allWarnings().size() + " QC warnings");
    }

    @Test
    void ulUnitsConditionAndChargeCodesAreHandled() throws Exception {
        Path file = SharedData.require("data/UL-NCA/CY25-025_1-#1.csv");
        List<CycleRecord> published = read(file, ReadOptions.DEFAULTS);
        List<CycleRecord> decoded = read(file, new ReadOptions(null, true, false));
        CycleRecord first = published.get(0);
        assertEquals("CY25-025_1-#1", first.cellId());
        assertEquals("UL-NCA", first.family());
        assertEquals("CY25-025_1", first.condition());
        assertEquals(2.5, first.chargeCurrent(), "published code/10 kept by default");
        assertEquals("C-code", first.currentUnit());
        assertEquals(0.25, decoded.get(0).chargeCurrent(), "decoded C-rate on request");
        assertEquals("C", decoded.get(0).currentUnit());
        assertEquals(0.0, first.ci()[0]);
        assertTrue(first.dischargeCapacity() > 2.5 && first.dischargeCapacity() < 3.6, "mAh -> Ah");
        assertEquals(3.6, first.ciGrid().startVolt());
        assertEquals(4.15, first.ciGrid().endVolt());
    }

    @Test
    void lsdAndTpslGridsAndSigns() throws Exception {
        CycleRecord lsd = read(SharedData.require("data/LSD/1.csv"), ReadOptions.DEFAULTS).get(0);
        assertEquals("1", lsd.cellId());
        assertEquals(3.8, lsd.ciGrid().startVolt(), 1e-12);
        assertEquals(4.1, lsd.ciGrid().endVolt(), 1e-12);
        assertEquals("A", lsd.currentUnit());
        Path tpslFile = SharedData.require("data/TPSL-Fixed/#6/combined_data.csv");
        QcReport qc = new QcReport();
        List<CycleRecord> tpsl = new ArrayList<>();
        new PublishedFileReader(ReadOptions.DEFAULTS).read(tpslFile, qc, tpsl::add, Progress.NONE);
        assertEquals(118, tpsl.size());
        assertEquals("TPSL-Fixed-#6", tpsl.get(0).cellId());
        assertEquals(2.4, tpsl.get(0).dischargeCurrent(), 1e-12, "negative discharge current -> magnitude");
        assertTrue(tpsl.get(0).ciGrid().perCycle());
        assertEquals(25.0, tpsl.get(0).temperature(), "Temperture (sic) read");
        assertTrue(qc.allWarnings().stream().anyMatch(w -> w.contains("restarts")), qc.allWarnings().toString());
    }

    @Test
    void readingTheLsdFolderIsFast() throws Exception {
        Path lsd = SharedData.require("data/LSD");
        long best = Long.MAX_VALUE;
        long rows = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            long[] count = {0};
            new DatasetReader(ReadOptions.DEFAULTS).read(lsd, new QcReport(), r -> count[0]++, Progress.NONE);
            best = Math.min(best, System.nanoTime() - start);
            rows = count[0];
        }
        System.out.printf("LSD folder: %d rows, best of 3 reads %.2f s (reference loader: 51 s)%n", rows,
                best / 1e9);
        long expected = 0;
        for (Path file : DatasetReader.files(lsd, new QcReport())) {
            expected += dataRows(file);
        }
        assertEquals(expected, rows, "69 of the 86 LSD files are shared (the test cells are withheld)");
    }

    private static List<CycleRecord> read(Path file, ReadOptions options) throws Exception {
        List<CycleRecord> rows = new ArrayList<>();
        new PublishedFileReader(options).read(file, new QcReport(), rows::add, Progress.NONE);
        return rows;
    }

    private static long dataRows(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count() - 1;
        }
    }
}
