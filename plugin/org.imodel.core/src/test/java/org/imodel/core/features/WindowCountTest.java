package org.imodel.core.features;

import static org.imodel.core.features.SharedCells.concat;
import static org.imodel.core.features.SharedCells.range;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The window counts of the coded splits of imodel-method.md &sect;2.2 come out on the shared data. */
class WindowCountTest {

    private static final int[] LSD_TRAIN = {1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 2, 20, 21, 22, 23, 28, 29, 3,
        30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 4, 40, 41, 42, 46, 47, 48, 49, 5, 50, 51, 52, 53, 54, 55, 56, 57, 58,
        59, 6, 60, 63, 64, 65, 80, 81, 82, 83};
    private static final int[] LSD_VAL = {66, 67, 68, 69, 70, 71, 72, 73, 74, 7, 86, 87};

    @Test
    void ulNcaCodedSplits() throws Exception {
        Path data = SharedData.require("data");
        check(data, "CY25-1_1", 10, range(1, 5), new int[] {6}, new int[] {7, 8, 9}, 100, 16, 58);
        check(data, "CY25-05_1", 50, concat(range(2, 11), new int[] {13}), new int[] {18, 19},
                new int[] {1, 14, 15, 16, 17, 12}, 1326, 241, 730);
        check(data, "CY25-025_1", 50, new int[] {1, 2, 3}, new int[] {7}, new int[] {5, 6, 4}, 859, 190, 729);
        check(data, "CY45-05_1", 50, range(1, 17), new int[] {28, 25}, new int[] {24, 26, 27, 22, 23}, 7310, 1354,
                3094);
    }

    @Test
    void ulNcaCy35TestCellIsTooShortAndReported() throws Exception {
        Path data = SharedData.require("data");
        assertEquals(477, build(data, "CY35-05_1", 50, 1).size());
        assertEquals(459, build(data, "CY35-05_1", 50, 2).size());
        WindowSet test = build(data, "CY35-05_1", 50, 3);
        assertEquals(0, test.size());
        assertEquals(1, test.skipped().size());
        SkippedCell s = test.skipped().get(0);
        assertEquals("CY35-05_1-#3", s.cellId());
        assertEquals(29, s.rows());
        System.out.println("UL-NCA CY35-05_1 P=50: train 477, val 459, test skipped: " + s.reason());
    }

    @Test
    void lsdCodedSplitAndWindowContents() throws Exception {
        Path data = SharedData.require("data");
        WindowBuilder b = WindowBuilder.forFamily("LSD", 20, 50);
        List<CycleRecord> train = SharedCells.lsd(data, LSD_TRAIN);
        WindowSet tr = b.build(train);
        WindowSet va = b.build(SharedCells.lsd(data, LSD_VAL));
        System.out.println("LSD P=50 windows train/val: " + tr.size() + "/" + va.size() + " (expected 23102/4841)");
        assertEquals(23102, tr.size());
        assertEquals(4841, va.size());
        assertTrue(tr.skipped().isEmpty() && va.skipped().isEmpty());
        // LSD windows start at row 1 and end at row N-1
        Window first = tr.windows().get(0);
        assertEquals("1", first.cellId());
        assertEquals(1, first.startRow());
        assertEquals(train.get(1).cycle(), first.cycle());
        assertEquals(train.get(1).dischargeCapacity(), first.targetCapacity()[0]);
        int n1 = (int) train.stream().filter(r -> r.cellId().equals("1")).count();
        Window last1 = tr.windows().get(n1 - 50 - 1);
        assertEquals(n1 - 50, last1.startRow());
        assertEquals(train.get(n1 - 1).dischargeCapacity(), last1.targetCapacity()[49]);
        assertArrayEquals(new FeatureExtractor(b.settings()).extract(train.get(1)).features(), first.features());
        assertEquals(1.2, first.chargeCurrent()[0]);
        for (int k = 0; k < 50; k++) {
            int cycle = train.get(1 + k).cycle();
            assertEquals(cycle % 5 == 1 ? 0.5 : 2.4, first.dischargeCurrent()[k], "cycle " + cycle
                    + " (RPT cycles 1, 6, 11, ... at 0.5 A)");
        }
        assertEquals(25.0, first.temperature()[49]);
    }

    @Test
    void tpslGivesNineteenWindowsPerCell() throws Exception {
        Path data = SharedData.require("data");
        for (String cell : new String[] {"TPSL-Fixed", "TPSL-Arbitrary"}) {
            Path file = data.resolve(cell).resolve(cell.equals("TPSL-Fixed") ? "#6" : "#1").resolve("combined_data.csv");
            List<CycleRecord> rows = SharedCells.read(file);
            WindowSet w = WindowBuilder.forFamily(rows.get(0).family(), 20, 50).build(rows);
            assertEquals(19, w.size(), cell);
            assertEquals(18, w.windows().get(18).startRow());
            assertEquals(6, w.windows().get(0).features().length);
            assertEquals(rows.get(18 + 49).dischargeCapacity(), w.windows().get(18).targetCapacity()[49]);
            WindowSet tooLong = WindowBuilder.forFamily(rows.get(0).family(), 20, 101).build(rows);
            assertEquals(0, tooLong.size());
            assertEquals(1, tooLong.skipped().size());
        }
    }

    @Test
    void firstTestWindowOfCy25Matches13() throws Exception {
        Path data = SharedData.require("data");
        WindowSet test = WindowBuilder.forFamily("UL-NCA", 20, 10)
                .build(SharedCells.ul(data, "UL-NCA", "CY25-1_1", 7, 8, 9));
        Window w = test.windows().get(0);
        assertEquals("CY25-1_1-#7", w.cellId());
        assertEquals(0, w.startRow());
        assertEquals(10, w.horizon());
        double[] target = {3.166590, 3.167662, 3.161841, 3.154030, 3.137426, 3.121369, 3.100350, 3.080137, 3.056767,
            3.030060};
        for (int k = 0; k < 10; k++) {
            assertEquals(target[k], w.targetCapacity()[k], 5e-7);
            assertEquals(0.1, w.chargeCurrent()[k], "published code/10 for 1C");
            assertEquals(1.0, w.dischargeCurrent()[k]);
            assertEquals(25.0, w.temperature()[k]);
        }
    }

    private static void check(Path data, String condition, int p, int[] train, int[] val, int[] test, int nTrain,
            int nVal, int nTest) throws Exception {
        int a = build(data, condition, p, train).size();
        int b = build(data, condition, p, val).size();
        int c = build(data, condition, p, test).size();
        System.out.println("UL-NCA " + condition + " P=" + p + " windows train/val/test: " + a + "/" + b + "/" + c
                + " (expected " + nTrain + "/" + nVal + "/" + nTest + ")");
        assertEquals(List.of(nTrain, nVal, nTest), List.of(a, b, c), condition);
    }

    private static WindowSet build(Path data, String condition, int p, int... cells) throws Exception {
        return WindowBuilder.forFamily("UL-NCA", 20, p).build(SharedCells.ul(data, "UL-NCA", condition, cells));
    }
}
