package org.imodel.core.sim;

import static org.imodel.core.sim.SimTestSupport.assertSameRecords;
import static org.imodel.core.sim.SimTestSupport.rebuild;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.sim.SimTestSupport.Rebuilt;
import org.imodel.core.timeseries.TimeSample;
import org.junit.jupiter.api.Test;

/** The per-cycle truth is what a simple, correct conversion of the emitted time series gives. */
class TimeSeriesConsistencyTest {

    private static final double TOL = CellSimulator.ROUND_TRIP_TOLERANCE;

    private static void assertRoundTrip(SimulationSettings s, int cell) {
        CellSimulator sim = new CellSimulator(s);
        List<TimeSample> samples = new ArrayList<>();
        List<CycleRecord> truth = new ArrayList<>();
        sim.timeSeries(cell, samples::add, truth::add);
        assertSameRecords(sim.simulateCell(cell), truth);
        List<Rebuilt> rebuilt = rebuild(samples, s.ciGrid(), s.relaxationThresholdVolt());
        assertEquals(truth.size(), rebuilt.size());
        for (int i = 0; i < truth.size(); i++) {
            CycleRecord t = truth.get(i);
            Rebuilt r = rebuilt.get(i);
            String where = "cycle " + t.cycle();
            assertEquals(t.cycle(), r.cycle());
            assertEquals(t.dischargeCapacity(), r.dischargeCapacity(), TOL, where);
            assertEquals(t.chargeCapacity(), r.chargeCapacity(), TOL, where);
            assertArrayEquals(t.ci(), r.ci(), TOL, where);
            assertArrayEquals(t.relaxationVoltage(), r.relaxation(), TOL, where);
            assertEquals(t.chargeCurrent(), r.chargeCurrent(), TOL, where);
            assertEquals(t.dischargeCurrent(), r.dischargeCurrent(), TOL, where);
            assertEquals(t.temperature(), r.temperature(), where);
        }
        assertSeriesWellFormed(samples, s);
    }

    private static void assertSeriesWellFormed(List<TimeSample> samples, SimulationSettings s) {
        TimeSample prev = null;
        double ccCurrent = Double.NaN;
        for (TimeSample t : samples) {
            if (prev != null) {
                assertTrue(t.timeSecond() > prev.timeSecond(), "strictly increasing time at " + t);
                if (t.cycle() == prev.cycle()) {
                    assertTrue(t.step() >= prev.step(), "steps in order at " + t);
                    assertTrue(t.chargeCapacityAh() >= prev.chargeCapacityAh());
                    assertTrue(t.dischargeCapacityAh() >= prev.dischargeCapacityAh());
                    if (t.step() == 1) {
                        assertTrue(t.voltageVolt() > prev.voltageVolt(), "CC voltage strictly increasing at " + t);
                    }
                } else {
                    assertEquals(prev.cycle() + 1, t.cycle());
                    assertEquals(1, t.step(), "a cycle starts with the CC charge");
                    assertEquals(0.0, t.chargeCapacityAh(), "counters reset each cycle");
                    assertEquals(0.0, t.dischargeCapacityAh(), "counters reset each cycle");
                }
            } else {
                assertEquals(0.0, t.timeSecond());
                assertEquals(1, t.cycle());
            }
            switch (t.step()) {
                case 1:
                    assertTrue(t.currentAmpere() > 0 && t.voltageVolt() <= s.upperCutoffVolt() + 1e-12);
                    ccCurrent = t.currentAmpere();
                    break;
                case 2:
                    assertTrue(t.currentAmpere() > 0 && t.currentAmpere() <= ccCurrent,
                            "CV current below the CC current");
                    assertEquals(s.upperCutoffVolt(), t.voltageVolt());
                    break;
                case 3:
                case 5:
                    assertEquals(0.0, t.currentAmpere());
                    break;
                case 4:
                    assertTrue(t.currentAmpere() < 0 && t.voltageVolt() >= s.lowerCutoffVolt() - 1e-12);
                    break;
                default:
                    throw new AssertionError("step " + t.step());
            }
            prev = t;
        }
    }

    @Test
    void defaultSettingsRoundTrip() {
        assertRoundTrip(SimulationSettings.builder().cells(2).cyclesPerCell(60).build(), 1);
    }

    @Test
    void agedCellPastTheKneeRoundTrips() {
        assertRoundTrip(SimulationSettings.builder().cells(1).chargeCRate(1).build(), 0);
    }

    @Test
    void withoutCvAndWithOddSamplingRoundTrips() {
        assertRoundTrip(SimulationSettings.builder().cells(1).cyclesPerCell(30).constantVoltagePhase(false)
                .samplePeriodSeconds(7.3).relaxationSamples(14).relaxationIntervalSeconds(97).build(), 0);
        assertRoundTrip(SimulationSettings.builder().cells(1).cyclesPerCell(10).samplePeriodSeconds(120)
                .ciGrid(VoltageGrid.LSD).relaxationSamples(90).relaxationIntervalSeconds(20).build(), 0);
    }

    @Test
    void scenarioChangesRoundTrip() {
        assertRoundTrip(SimulationSettings.builder().cells(1).cyclesPerCell(40)
                .scenario(List.of(ScenarioBlock.rates(11, 1.0, 2.0), ScenarioBlock.temperature(21, 40),
                        ScenarioBlock.of(31, new OperatingCondition(0.25, 0.5, 10))))
                .build(), 0);
    }

    @Test
    void lazyStreamEqualsThePushedSeries() {
        CellSimulator sim = new CellSimulator(SimulationSettings.builder().cells(1).cyclesPerCell(5).build());
        List<TimeSample> pushed = new ArrayList<>();
        sim.timeSeries(0, pushed::add, null);
        List<TimeSample> streamed = sim.timeSeries(0).collect(Collectors.toList());
        assertEquals(pushed, streamed);
        assertEquals(pushed.subList(0, 100), sim.timeSeries(0).limit(100).collect(Collectors.toList()));
    }

    @Test
    void samplingFollowsTheSettings() {
        SimulationSettings s = SimulationSettings.builder().cells(1).cyclesPerCell(3).samplePeriodSeconds(30).build();
        List<TimeSample> samples = new ArrayList<>();
        new CellSimulator(s).timeSeries(0, samples::add, null);
        List<TimeSample> rest = samples.stream().filter(t -> t.cycle() == 2 && t.step() == 3)
                .collect(Collectors.toList());
        assertEquals(30, rest.size(), "relaxation samples only");
        assertEquals(60.0, rest.get(1).timeSecond() - rest.get(0).timeSecond(), 1e-6);
        List<TimeSample> discharge = samples.stream().filter(t -> t.cycle() == 2 && t.step() == 4)
                .collect(Collectors.toList());
        for (int i = 1; i < discharge.size() - 1; i++) {
            assertEquals(30.0, discharge.get(i).timeSecond() - discharge.get(i - 1).timeSecond(), 1e-6);
        }
        assertEquals(s.lowerCutoffVolt(), discharge.get(discharge.size() - 1).voltageVolt());
        // CC charge: period samples plus one sample at every grid voltage
        List<TimeSample> cc = samples.stream().filter(t -> t.cycle() == 2 && t.step() == 1)
                .collect(Collectors.toList());
        VoltageGrid g = s.ciGrid();
        for (int i = 0; i < g.points(); i++) {
            double v = g.voltage(i);
            assertTrue(cc.stream().anyMatch(t -> t.voltageVolt() == v), "sample at grid voltage " + v);
        }
        assertEquals(s.upperCutoffVolt(), cc.get(cc.size() - 1).voltageVolt());
    }

    /** Far outside the cell's ratings the cut-offs are hit at once: the test ends, the series stays well formed. */
    @Test
    void extremeSettingsEndTheTestCleanly() {
        for (OperatingCondition c : List.of(new OperatingCondition(5, 10, -20), new OperatingCondition(3, 5, 0))) {
            SimulationSettings s = SimulationSettings.builder().cells(1).condition(c).build();
            List<TimeSample> samples = new ArrayList<>();
            List<CycleRecord> truth = new ArrayList<>();
            new CellSimulator(s).timeSeries(0, samples::add, truth::add);
            assertEquals(1, truth.size(), c.label());
            assertTrue(truth.get(0).dischargeCapacity() < 0.6 * 3.0);
            double maxDischarge = 0;
            for (int i = 0; i < samples.size(); i++) {
                maxDischarge = Math.max(maxDischarge, samples.get(i).dischargeCapacityAh());
                if (i > 0) {
                    assertTrue(samples.get(i).timeSecond() > samples.get(i - 1).timeSecond());
                }
            }
            assertEquals(truth.get(0).dischargeCapacity(), maxDischarge, TOL);
        }
    }

    /** A converter using another grid than the simulator's interpolates between samples; the error is small. */
    @Test
    void ciOnAnotherGridIsWithinTheInterpolationTolerance() {
        SimulationSettings ul = SimulationSettings.builder().cells(1).cyclesPerCell(300).build();
        SimulationSettings lsd = ul.toBuilder().ciGrid(VoltageGrid.LSD).build();
        List<TimeSample> samples = new ArrayList<>();
        new CellSimulator(ul).timeSeries(0, samples::add, null);
        List<CycleRecord> truth = new CellSimulator(lsd).simulate();
        List<Rebuilt> rebuilt = rebuild(samples, VoltageGrid.LSD, 4.0);
        double max = 0;
        for (int i = 0; i < truth.size(); i++) {
            for (int k = 0; k < 50; k++) {
                max = Math.max(max, Math.abs(truth.get(i).ci()[k] - rebuilt.get(i).ci()[k]));
            }
            // the grid does not change the ageing path
            assertEquals(truth.get(i).dischargeCapacity(), rebuilt.get(i).dischargeCapacity(), TOL);
        }
        System.out.printf("CI on an off-simulator grid: max interpolation error %.2e Ah (10 s period)%n", max);
        assertTrue(max < 1e-3, "max error " + max);
    }
}
