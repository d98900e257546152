package org.imodel.core.sim;

import static org.imodel.core.sim.SimTestSupport.assertSameRecords;
import static org.imodel.core.sim.SimTestSupport.capacities;
import static org.imodel.core.sim.SimTestSupport.clean;
import static org.imodel.core.sim.SimTestSupport.kneeCycle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.junit.jupiter.api.Test;

class CellSimulatorTest {

    private static List<CycleRecord> run(SimulationSettings s) {
        return new CellSimulator(s).simulate();
    }

    private static List<CycleRecord> run(double charge, double discharge, double temperature) {
        return run(clean().condition(new OperatingCondition(charge, discharge, temperature)).build());
    }

    private static double fade(List<CycleRecord> r, int cycle) {
        return 1 - r.get(cycle - 1).dischargeCapacity() / r.get(0).dischargeCapacity();
    }

    // ---------------------------------------------------------------------------------------------- determinism

    @Test
    void sameSettingsGiveIdenticalRecords() {
        SimulationSettings s = SimulationSettings.builder().cells(3).cyclesPerCell(120).seed(7).build();
        assertSameRecords(run(s), run(s));
        assertSameRecords(run(s), new CellSimulator(s.toBuilder().build()).simulate());
    }

    @Test
    void differentSeedsGiveDifferentCells() {
        SimulationSettings s = SimulationSettings.builder().cells(2).cyclesPerCell(50).build();
        List<CycleRecord> a = run(s.toBuilder().seed(1).build());
        List<CycleRecord> b = run(s.toBuilder().seed(2).build());
        assertEquals(a.size(), b.size());
        assertNotEquals(a.get(0).dischargeCapacity(), b.get(0).dischargeCapacity());
        assertNotEquals(a.get(49).dischargeCapacity(), b.get(49).dischargeCapacity());
        assertEquals("simulator(seed=1)", a.get(0).sourceFile());
        assertEquals("simulator(seed=2)", b.get(0).sourceFile());
    }

    @Test
    void cellsDifferFromEachOtherAndDoNotDependOnTheNumberOfCells() {
        SimulationSettings s = SimulationSettings.builder().cyclesPerCell(40).build();
        CellSimulator four = new CellSimulator(s.toBuilder().cells(4).build());
        CellSimulator two = new CellSimulator(s.toBuilder().cells(2).build());
        assertSameRecords(four.simulateCell(1), two.simulateCell(1));
        assertNotEquals(four.simulateCell(0).get(0).dischargeCapacity(),
                four.simulateCell(1).get(0).dischargeCapacity());
        List<CycleRecord> all = four.simulate();
        assertEquals(160, all.size());
        assertSameRecords(four.simulateCell(3), all.subList(120, 160));
    }

    @Test
    void spreadZeroGivesIdenticalCellsUpToTheCapacityNoise() {
        CellSimulator sim = new CellSimulator(clean().cells(3).cyclesPerCell(20).build());
        List<CycleRecord> a = sim.simulateCell(0);
        List<CycleRecord> c = sim.simulateCell(2);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).dischargeCapacity(), c.get(i).dischargeCapacity(), 1e-12);
        }
    }

    // --------------------------------------------------------------------------------------- record contents

    @Test
    void recordsAreCanonicalRows() {
        SimulationSettings s = SimulationSettings.builder().cells(2).cyclesPerCell(5).seed(42).build();
        List<CycleRecord> r = run(s);
        assertEquals(10, r.size());
        CycleRecord first = r.get(0);
        assertEquals("SIM-001", first.cellId());
        assertEquals("SIM-002", r.get(5).cellId());
        assertEquals(1, first.cycle());
        assertEquals(5, r.get(4).cycle());
        assertEquals(1.5, first.chargeCurrent(), 1e-12);
        assertEquals(3.0, first.dischargeCurrent(), 1e-12);
        assertEquals(25.0, first.temperature());
        assertEquals("A", first.currentUnit());
        assertEquals("SIMULATED", first.family());
        assertEquals("T25-C0.5-D1", first.condition());
        assertEquals("simulator(seed=42)", first.sourceFile());
        assertEquals(0, first.sourceLine());
        assertEquals(VoltageGrid.UL, first.ciGrid());
        assertEquals(50, first.ci().length);
        assertEquals(30, first.relaxationVoltage().length);
        // plausible magnitudes of a fresh 3 Ah NCA-like cell (UL-NCA: CI about 60 % of the capacity)
        assertTrue(first.dischargeCapacity() > 2.85 && first.dischargeCapacity() < 3.15, "" + first);
        assertTrue(first.ci()[49] > 1.6 && first.ci()[49] < 2.2, "CI span " + first.ci()[49]);
        assertTrue(Math.abs(first.chargeCapacity() - first.dischargeCapacity()) < 0.05);
    }

    @Test
    void ciCurvesStartAtZeroAreMonotoneAndShrinkAndShiftWithAge() {
        List<CycleRecord> r = run(clean().build());
        for (CycleRecord c : r) {
            double[] ci = c.ci();
            assertEquals(0.0, ci[0]);
            for (int i = 1; i < ci.length; i++) {
                assertTrue(ci[i] >= ci[i - 1], "CI not monotone at cycle " + c.cycle() + " point " + i);
            }
        }
        CycleRecord fresh = r.get(0);
        CycleRecord aged = r.get(r.size() - 1);
        assertTrue(aged.ci()[49] < fresh.ci()[49] * 0.9, "the CI shrinks with age");
        // the curve shifts: the low-voltage part takes a smaller share of the window as the cell ages
        double freshShare = fresh.ci()[10] / fresh.ci()[49];
        double agedShare = aged.ci()[10] / aged.ci()[49];
        assertTrue(agedShare < freshShare - 0.03, freshShare + " -> " + agedShare);
    }

    @Test
    void relaxationDecaysTowardTheOcvAboveTheThreshold() {
        List<CycleRecord> r = run(clean().build());
        for (CycleRecord c : List.of(r.get(0), r.get(150), r.get(r.size() - 1))) {
            double[] v = c.relaxationVoltage();
            assertTrue(v.length > 10);
            for (int i = 1; i < v.length; i++) {
                assertTrue(v[i] < v[i - 1], "decreasing");
                assertTrue(v[i] > 4.0, "above the threshold");
                if (i > 1) {
                    assertTrue(v[i - 1] - v[i] <= v[i - 2] - v[i - 1] + 1e-15, "decelerating decay (toward a limit)");
                }
            }
            assertTrue(v[0] < 4.2 && v[0] - v[v.length - 1] > 0.003, "a few mV of relaxation");
        }
        // the relaxation features change with age
        assertTrue(r.get(r.size() - 1).relaxationVoltage()[29] < r.get(0).relaxationVoltage()[29] - 0.003);
    }

    @Test
    void higherRelaxationThresholdKeepsOnlyTheHigherVoltages() {
        List<CycleRecord> all = run(clean().cyclesPerCell(3).build());
        List<CycleRecord> high = run(clean().cyclesPerCell(3).relaxationThresholdVolt(4.19).build());
        double[] a = all.get(0).relaxationVoltage();
        double[] h = high.get(0).relaxationVoltage();
        assertTrue(h.length > 0 && h.length < a.length);
        for (int i = 0; i < h.length; i++) {
            assertEquals(a[i], h[i]);
        }
    }

    // ------------------------------------------------------------------------------------------- plausibility

    @Test
    void capacityDecreasesOnTrendWithNoise() {
        List<CycleRecord> r = run(SimulationSettings.builder().cells(1).build());
        double[] q = capacities(r);
        // block means over 25 cycles decrease
        for (int b = 25; b + 25 <= q.length; b += 25) {
            assertTrue(mean(q, b, b + 25) < mean(q, b - 25, b), "block at " + b);
        }
        // the default noise is visible: some cycles gain a little
        int up = 0;
        for (int i = 1; i < 100; i++) {
            if (q[i] > q[i - 1]) {
                up++;
            }
        }
        assertTrue(up > 10, "noise: " + up + " increases in 100 cycles");
    }

    private static double mean(double[] q, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += q[i];
        }
        return s / (to - from);
    }

    @Test
    void kneeAppearsForStressfulChargeAndLaterOrNotForMildUse() {
        int knee05 = kneeCycle(run(0.5, 1, 25), 50, 0.004);
        int knee1 = kneeCycle(run(1, 1, 25), 20, 0.004);
        int knee025 = kneeCycle(run(0.25, 1, 25), 50, 0.004);
        int knee45 = kneeCycle(run(0.5, 1, 45), 50, 0.004);
        assertTrue(knee05 > 150 && knee05 < 290, "0.5C knee at " + knee05);
        assertTrue(knee1 > 20 && knee1 < knee05 / 2, "1C knee at " + knee1);
        assertEquals(-1, knee025, "no knee at 0.25C within 300 cycles");
        assertEquals(-1, knee45, "no knee at 45 degC (plating needs low temperature) within 300 cycles");
        assertTrue(kneeCycle(run(0.5, 1, 10), 30, 0.004) < knee05, "earlier at 10 degC");
    }

    @Test
    void higherTemperatureAgesFasterBeforeTheKnee() {
        List<CycleRecord> cool = run(0.25, 1, 25);
        List<CycleRecord> warm = run(0.25, 1, 45);
        assertTrue(fade(warm, 150) > 1.3 * fade(cool, 150), fade(cool, 150) + " vs " + fade(warm, 150));
        assertTrue(fade(warm, 300) > fade(cool, 300));
    }

    @Test
    void higherCRatesAgeFaster() {
        List<CycleRecord> base = run(0.5, 1, 25);
        List<CycleRecord> fastCharge = run(1, 1, 25);
        List<CycleRecord> fastDischarge = run(0.5, 2, 25);
        List<CycleRecord> slowCharge = run(0.25, 1, 25);
        assertTrue(fade(fastCharge, 100) > fade(base, 100));
        assertTrue(fade(base, 100) > fade(slowCharge, 100));
        assertTrue(fade(fastDischarge, 150) > fade(base, 150), fade(base, 150) + " vs " + fade(fastDischarge, 150));
        // a higher discharge rate also gives less capacity at once (resistance)
        assertTrue(fastDischarge.get(0).dischargeCapacity() < base.get(0).dischargeCapacity());
    }

    @Test
    void testEndsBelowTheEndOfTestFraction() {
        List<CycleRecord> r = run(clean().chargeCRate(2).build());
        assertTrue(r.size() < 300, "stops early: " + r.size());
        for (int i = 0; i < r.size() - 1; i++) {
            assertTrue(r.get(i).dischargeCapacity() >= 0.6 * 3.0);
        }
        assertTrue(r.get(r.size() - 1).dischargeCapacity() < 0.6 * 3.0);
        List<CycleRecord> longer = run(clean().chargeCRate(2).endOfTestFraction(0.4).build());
        assertTrue(longer.size() > r.size());
    }

    @Test
    void resistanceRiseLowersTheDischargeCapacityMoreAtHighRate() {
        // same ageing path, measured at two discharge rates through a scenario on the last cycle
        SimulationSettings s = clean().cyclesPerCell(201).build();
        List<CycleRecord> atOneC = run(s);
        List<CycleRecord> atFourC = run(s.toBuilder().scenario(List.of(ScenarioBlock.rates(201, 0.5, 4))).build());
        double rateLossFresh = 1 - run(clean().cyclesPerCell(1).dischargeCRate(4).build()).get(0).dischargeCapacity()
                / atOneC.get(0).dischargeCapacity();
        double rateLossAged = 1 - atFourC.get(200).dischargeCapacity() / atOneC.get(200).dischargeCapacity();
        assertTrue(rateLossAged > rateLossFresh, rateLossFresh + " -> " + rateLossAged);
    }

    @Test
    void nominalCapacityScalesCapacitiesAndCurrents() {
        List<CycleRecord> small = run(clean().nominalCapacityAh(2.0).cyclesPerCell(50).build());
        List<CycleRecord> ref = run(clean().cyclesPerCell(50).build());
        assertEquals(1.0, small.get(0).chargeCurrent(), 1e-12);
        for (int i = 0; i < 50; i += 10) {
            assertEquals(ref.get(i).dischargeCapacity() * 2 / 3, small.get(i).dischargeCapacity(), 1e-6);
        }
    }

    @Test
    void withoutCvTheChargeEndsAtTheCutoffAndTheRelaxationStartsLower() {
        List<CycleRecord> cv = run(clean().cyclesPerCell(2).build());
        List<CycleRecord> noCv = run(clean().cyclesPerCell(2).constantVoltagePhase(false).build());
        assertTrue(noCv.get(1).chargeCapacity() < cv.get(1).chargeCapacity() - 0.05);
        assertTrue(noCv.get(1).relaxationVoltage()[0] < cv.get(1).relaxationVoltage()[0]);
    }

    @Test
    void performance() {
        SimulationSettings s = SimulationSettings.builder().cells(8).cyclesPerCell(300).build();
        new CellSimulator(s.toBuilder().cells(1).cyclesPerCell(50).build()).simulate(); // warm-up
        long t0 = System.nanoTime();
        List<CycleRecord> r = new CellSimulator(s).simulate();
        double truthMs = (System.nanoTime() - t0) / 1e6;
        assertEquals(2400, r.size());
        long t1 = System.nanoTime();
        long[] n = {0};
        CellSimulator ts = new CellSimulator(s.toBuilder().cells(2).cyclesPerCell(50).build());
        for (int c = 0; c < 2; c++) {
            ts.timeSeries(c, x -> n[0]++, null);
        }
        double seriesMs = (System.nanoTime() - t1) / 1e6;
        System.out.printf("CellSimulator: 8 x 300 per-cycle truth %.0f ms; 2 x 50 time series %.0f ms (%d samples)%n",
                truthMs, seriesMs, n[0]);
        // generous bounds for slow CI machines; typical figures are far lower (see the printout)
        assertTrue(truthMs < 3000, "8 x 300 truth took " + truthMs + " ms");
        assertTrue(seriesMs < 5000, "2 x 50 time series took " + seriesMs + " ms");
    }

    @Test
    void cellIndexIsChecked() {
        CellSimulator sim = new CellSimulator(SimulationSettings.builder().cells(2).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.simulateCell(2));
        assertTrue(e.getMessage().contains("0..1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.timeSeries(-1));
    }

    @Test
    void ocvHasTheExpectedShape() {
        assertTrue(Math.abs(CellSimulator.openCircuitVoltage(0, 0) - 3.0) < 0.05);
        assertTrue(Math.abs(CellSimulator.openCircuitVoltage(1, 0) - 4.19) < 0.03);
        double prev = CellSimulator.openCircuitVoltage(-0.05, 0);
        for (double x = -0.04; x <= 1.2; x += 0.01) {
            double v = CellSimulator.openCircuitVoltage(x, 0);
            assertTrue(v > prev, "increasing at " + x);
            prev = v;
        }
        // loss of lithium inventory moves the end-of-discharge edge
        assertTrue(CellSimulator.openCircuitVoltage(0.1, 0.1) < CellSimulator.openCircuitVoltage(0.1, 0) - 0.3);
        assertFalse(Double.isNaN(CellSimulator.openCircuitVoltage(-5, 0)));
    }
}
