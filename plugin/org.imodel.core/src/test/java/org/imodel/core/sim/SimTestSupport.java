package org.imodel.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.timeseries.TimeSample;

/** Helpers of the simulator tests: a deliberately simple time-series to per-cycle conversion and comparisons. */
final class SimTestSupport {

    private SimTestSupport() {
    }

    /** Settings without cell spread or capacity noise, for clean trends. */
    static SimulationSettings.Builder clean() {
        return SimulationSettings.builder().cells(1).cellSpread(0).capacityNoise(0);
    }

    /**
     * Per-cycle values rebuilt from samples the way the reference generators do it: CI from the samples with
     * positive current (CC and CV; the CV samples sit at the cut-off, above the grid), relaxation = samples with zero
     * current above the threshold, currents = first positive and first negative current of the cycle.
     */
    record Rebuilt(int cycle, double chargeCurrent, double dischargeCurrent, double temperature,
            double dischargeCapacity, double chargeCapacity, double[] ci, double[] relaxation) {
    }

    /**
     * @param samples one cell's samples
     * @param grid CI grid
     * @param threshold relaxation threshold
     * @return one rebuilt row per cycle
     */
    static List<Rebuilt> rebuild(List<TimeSample> samples, VoltageGrid grid, double threshold) {
        Map<Integer, List<TimeSample>> byCycle = new LinkedHashMap<>();
        for (TimeSample t : samples) {
            byCycle.computeIfAbsent(t.cycle(), k -> new ArrayList<>()).add(t);
        }
        List<Rebuilt> out = new ArrayList<>();
        for (Map.Entry<Integer, List<TimeSample>> e : byCycle.entrySet()) {
            List<TimeSample> c = e.getValue();
            double qd = 0;
            double qc = 0;
            List<double[]> cc = new ArrayList<>();
            List<Double> relax = new ArrayList<>();
            double ich = Double.NaN;
            double idis = Double.NaN;
            for (TimeSample t : c) {
                // selection by current sign and voltage only, like the reference generators (no step index)
                qd = Math.max(qd, t.dischargeCapacityAh());
                qc = Math.max(qc, t.chargeCapacityAh());
                if (t.currentAmpere() > 0) {
                    cc.add(new double[] {t.voltageVolt(), t.chargeCapacityAh()});
                    if (Double.isNaN(ich)) {
                        ich = t.currentAmpere();
                    }
                }
                if (t.currentAmpere() < 0 && Double.isNaN(idis)) {
                    idis = -t.currentAmpere();
                }
                if (t.currentAmpere() == 0 && t.voltageVolt() > threshold) {
                    relax.add(t.voltageVolt());
                }
            }
            double[] xs = new double[cc.size()];
            double[] ys = new double[cc.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = cc.get(i)[0];
                ys[i] = cc.get(i)[1];
            }
            double[] ci = new double[grid.points()];
            for (int i = 0; i < ci.length; i++) {
                ci[i] = interp(grid.voltage(i), xs, ys);
            }
            double first = ci[0];
            for (int i = 0; i < ci.length; i++) {
                ci[i] -= first;
            }
            out.add(new Rebuilt(e.getKey(), ich, idis, c.get(0).temperatureCelsius(), qd, qc, ci,
                    relax.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return out;
    }

    /** Linear interpolation with clamping at both ends (numpy.interp semantics for increasing xs). */
    static double interp(double x, double[] xs, double[] ys) {
        if (x <= xs[0]) {
            return ys[0];
        }
        if (x >= xs[xs.length - 1]) {
            return ys[ys.length - 1];
        }
        int lo = 0;
        int hi = xs.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return ys[lo] + (ys[hi] - ys[lo]) * (x - xs[lo]) / (xs[hi] - xs[lo]);
    }

    static void assertSameRecord(CycleRecord a, CycleRecord b) {
        String where = a.cellId() + " cycle " + a.cycle();
        assertEquals(a.cellId(), b.cellId(), where);
        assertEquals(a.cycle(), b.cycle(), where);
        assertEquals(a.chargeCurrent(), b.chargeCurrent(), where);
        assertEquals(a.dischargeCurrent(), b.dischargeCurrent(), where);
        assertEquals(a.temperature(), b.temperature(), where);
        assertEquals(a.dischargeCapacity(), b.dischargeCapacity(), where);
        assertEquals(a.chargeCapacity(), b.chargeCapacity(), where);
        assertArrayEquals(a.ci(), b.ci(), where);
        assertEquals(a.ciGrid(), b.ciGrid(), where);
        assertArrayEquals(a.relaxationVoltage(), b.relaxationVoltage(), where);
        assertEquals(a.currentUnit(), b.currentUnit(), where);
        assertEquals(a.family(), b.family(), where);
        assertEquals(a.condition(), b.condition(), where);
        assertEquals(a.sourceFile(), b.sourceFile(), where);
        assertEquals(a.sourceLine(), b.sourceLine(), where);
    }

    static void assertSameRecords(List<CycleRecord> a, List<CycleRecord> b) {
        assertEquals(a.size(), b.size(), "number of records");
        for (int i = 0; i < a.size(); i++) {
            assertSameRecord(a.get(i), b.get(i));
        }
    }

    static double[] capacities(List<CycleRecord> records) {
        return records.stream().mapToDouble(CycleRecord::dischargeCapacity).toArray();
    }

    /**
     * The first cycle (from {@code from} on) at which the fade over the next 10 cycles exceeds {@code rate} Ah per
     * cycle, or -1: a simple knee detector for noise-free trajectories.
     */
    static int kneeCycle(List<CycleRecord> records, int from, double rate) {
        double[] q = capacities(records);
        for (int i = from - 1; i + 10 < q.length; i++) {
            if ((q[i] - q[i + 10]) / 10 > rate) {
                return records.get(i).cycle();
            }
        }
        return -1;
    }
}
