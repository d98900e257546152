package org.imodel.core.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.qc.CellQc;
import org.imodel.core.qc.QcReport;
import org.junit.jupiter.api.Test;

/** The per-cycle rules of the extractor, fed samples directly (no file). */
class CycleExtractorTest {

    private final QcReport qc = new QcReport();
    private final List<CycleRecord> rows = new ArrayList<>();

    private CellQc run(ExtractionSettings s, IntToDoubleFunction capacity, int cycles, boolean withCycleColumn,
            boolean withCounters) throws Exception {
        SyntheticCell cell = new SyntheticCell();
        cell.capacity = capacity;
        CycleExtractor x = new CycleExtractor("c", "mem", s, qc, rows::add);
        long line = 1;
        for (double[] r : cell.rows(1, cycles)) {
            x.accept(new TimeSample(withCycleColumn ? (int) r[1] : TimeSample.UNKNOWN_INT, (int) r[2], r[0], r[3],
                    r[4], withCounters ? r[5] : Double.NaN, withCounters ? r[6] : Double.NaN, r[7]), ++line);
        }
        x.finish();
        return qc.cells().get(0);
    }

    private List<Integer> cycles() {
        return rows.stream().map(CycleRecord::cycle).toList();
    }

    @Test
    void cleanCellGivesTheExpectedRow() throws Exception {
        CellQc c = run(ExtractionSettings.defaults(), k -> 2.0, 2, true, true);
        assertEquals(2, rows.size());
        CycleRecord r = rows.get(1);
        assertEquals(2.0, r.dischargeCapacity(), 1e-9);
        assertEquals(2.0 + 1.0 * 60 / 3600 * (20 - 0.95 * 10.5), r.chargeCapacity(), 1e-9, "CC + CV");
        assertEquals(0.6875 * 2.0, r.ci()[49], 1e-9, "linear voltage over the CC charge");
        assertEquals(0.6875 * 2.0 / 49 * 10, r.ci()[10], 1e-9);
        assertEquals(1.0, r.chargeCurrent());
        assertEquals(2.0, r.dischargeCurrent());
        assertEquals(25.0, r.temperature());
        assertEquals(10, r.relaxationVoltage().length);
        assertEquals(4.2, r.relaxationVoltage()[0]);
        assertEquals(c.rowsRead(), 2L * (101 + 20 + 10 + 100 + 10));
        assertTrue(c.units().contains("from the capacity counters"), c.units());
    }

    @Test
    void withoutCountersOrCycleColumnTheIntegralAndInferenceAgree() throws Exception {
        CellQc c = run(ExtractionSettings.defaults().withRelaxation(4.16, 3), k -> 2.0, 3, false, false);
        assertEquals(List.of(1, 2, 3), cycles());
        for (CycleRecord r : rows) {
            assertEquals(2.0, r.dischargeCapacity(), 0.025, "end-value rectangle over 100 samples");
            assertEquals(0.6875 * 2.0, r.ci()[49], 0.03);
            assertEquals(3, r.relaxationVoltage().length, "max points");
            assertTrue(r.relaxationVoltage()[2] > 4.16);
        }
        assertTrue(c.units().contains("integrated from the current"), c.units());
    }

    @Test
    void capacityJumpComparesWithThePreviousUnfilteredRow() throws Exception {
        // 2.0, 2.0, 1.0 (jump), 2.0 (jump against the unfiltered 1.0), 2.0
        double[] q = {0, 2.0, 2.0, 1.0, 2.0, 2.0};
        CellQc c = run(ExtractionSettings.defaults().withCapacityJump(0.5), k -> q[k], 5, true, true);
        assertEquals(List.of(1, 2, 5), cycles());
        assertEquals(2, c.dropped().get(CycleExtractor.JUMP));
        assertTrue(String.join(" ", c.warnings()).contains("capacity jump (dropped): 2 cycle(s) (cycle 3, 4)"),
                c.warnings().toString());
    }

    @Test
    void rptInterpolationBetweenRptCycles() throws Exception {
        // RPT cycles 1, 6, 11 measure 2.0, 1.9, 1.8; the others read 1.5 and are replaced
        IntToDoubleFunction q = k -> k % 5 == 1 ? 2.0 - 0.02 * (k - 1) : 1.5;
        CellQc c = run(ExtractionSettings.defaults().withRpt(true, 5, 1), q, 12, true, true);
        assertEquals(12, rows.size());
        assertEquals(2.0, rows.get(0).dischargeCapacity(), 1e-12);
        assertEquals(1.96, rows.get(2).dischargeCapacity(), 1e-12);
        assertEquals(1.9, rows.get(5).dischargeCapacity(), 1e-12);
        assertEquals(1.8, rows.get(11).dischargeCapacity(), 1e-12, "constant after the last RPT");
        assertTrue(String.join(" ", c.warnings()).contains("measured on 3 RPT cycle(s) (cycle % 5 == 1) and"
                + " linearly interpolated on 9 row(s)"), c.warnings().toString());
    }

    @Test
    void singleRptGivesAConstantAndNoRptDropsWithReason() throws Exception {
        CellQc c = run(ExtractionSettings.defaults().withRpt(true, 5, 1), k -> 2.0 - 0.01 * k, 4, true, true);
        assertEquals(4, rows.size());
        for (CycleRecord r : rows) {
            assertEquals(1.99, r.dischargeCapacity(), 1e-12);
        }
        assertTrue(String.join(" ", c.warnings()).contains("constant"), c.warnings().toString());
        QcReport other = new QcReport();
        List<CycleRecord> none = new ArrayList<>();
        CycleExtractor x = new CycleExtractor("d", "mem", ExtractionSettings.defaults().withRpt(true, 5, 0), other,
                none::add);
        for (double[] r : new SyntheticCell().rows(1, 3)) {
            x.accept(new TimeSample((int) r[1], 1, r[0], r[3], r[4], r[5], r[6], r[7]));
        }
        x.finish();
        assertEquals(0, none.size());
        assertEquals(3, other.cells().get(0).dropped().get(CycleExtractor.NO_RPT));
    }

    @Test
    void fewerThanMinimumCcPointsInTheWindow() throws Exception {
        // 100 CC samples over 0.8 V: about 6 inside a 0.05 V window
        CellQc c = run(ExtractionSettings.defaults().withCiWindow(3.80, 3.85, 10).withMinCcPoints(10), k -> 2.0,
                2, true, true);
        assertEquals(0, rows.size());
        assertEquals(2, c.dropped().get("fewer than 10 CC points in window"));
    }

    @Test
    void tooManySamplesInOneCycleIsAnErrorAfterEarlierRowsWereDelivered() throws Exception {
        CycleExtractor x = new CycleExtractor("e", "mem", ExtractionSettings.defaults().withLimits(11, 1000), qc,
                rows::add);
        for (double[] r : new SyntheticCell().rows(1, 1)) {
            x.accept(new TimeSample(1, 1, r[0], r[3], r[4], r[5], r[6], r[7]));
        }
        double t = 1e6;
        for (double[] r : new SyntheticCell().rows(2, 10)) {
            try {
                x.accept(new TimeSample(2, 1, t++, r[3], r[4], r[5], r[6], r[7]), 77);
            } catch (org.imodel.core.io.DataFormatException e) {
                assertTrue(e.getMessage().contains("cycle 2 has more than 1000 samples"), e.getMessage());
                assertEquals(1, rows.size(), "cycle 1 was delivered");
                return;
            }
        }
        throw new AssertionError("no error");
    }

    @Test
    void timeGlitchesDoNotCorruptTheIntegral() throws Exception {
        CycleExtractor x = new CycleExtractor("g", "mem", ExtractionSettings.defaults(), qc, rows::add);
        boolean first = true;
        for (double[] r : new SyntheticCell().rows(1, 2)) {
            double t = (int) r[2] != 1 && first ? 0 : r[0];
            first = (int) r[2] == 1;
            x.accept(new TimeSample(TimeSample.UNKNOWN_INT, (int) r[2], t, r[3], r[4], Double.NaN, Double.NaN, 25));
        }
        x.finish();
        assertEquals(2, rows.size());
        assertEquals(2.0, rows.get(1).dischargeCapacity(), 0.025);
        assertTrue(String.join(" ", qc.cells().get(0).warnings()).contains("the time goes backwards"));
    }

    @Test
    void settingsAreValidated() {
        ExtractionSettings d = ExtractionSettings.defaults();
        assertEquals(3.6, d.ciStartVolt());
        assertEquals(4.15, d.ciEndVolt());
        assertEquals(50, d.ciPoints());
        assertTrue(d.isRpt(1) && d.isRpt(6) && !d.isRpt(5));
        assertThrows(IllegalArgumentException.class, () -> d.withCiWindow(4.1, 3.8, 50));
        assertThrows(IllegalArgumentException.class, () -> d.withCiWindow(3.6, 4.1, 1));
        assertThrows(IllegalArgumentException.class, () -> d.withCapacityJump(-1));
        assertThrows(IllegalArgumentException.class, () -> d.withRpt(true, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> d.withCcCharge(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> d.withRest(-0.1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> d.withMinCcPoints(0));
        assertThrows(IllegalArgumentException.class, () -> d.withTemperature(Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> d.withCycleSource(null));
    }

    @Test
    void counterResetsAreUnwrapped() {
        CounterUnwrapper u = new CounterUnwrapper();
        double total = 0;
        for (double v : new double[] {0.88, 1.0, 1.07, Double.NaN, 0.0, 0.5, 0.499, 0.9, 0.01, 0.2}) {
            total += u.increment(v);
        }
        assertEquals(1.07 + 0.9 + 0.2, total, 1e-12, "start value, growth, resets to 0, noise ignored");
    }
}
