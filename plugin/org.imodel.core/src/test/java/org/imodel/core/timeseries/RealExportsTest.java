package org.imodel.core.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.CellQc;
import org.imodel.core.qc.QcReport;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Converts the five real exports of the shared folder (cycler-exports) with settings suited to each (the CI window
 * lies inside each file's CC charge) and checks plausible figures. Prints one summary per file.
 */
class RealExportsTest {

    private record Run(List<CycleRecord> rows, CellQc qc, CyclerFileConverter.Result result) {

        List<Integer> cycles() {
            return rows.stream().map(CycleRecord::cycle).toList();
        }

        String warnings() {
            return String.join(" | ", qc.warnings());
        }
    }

    private static Run convert(String name, ExtractionSettings settings) throws Exception {
        Path file = SharedData.require("cycler-exports").resolve(name);
        QcReport qc = new QcReport();
        List<CycleRecord> rows = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void report(double fraction, String message) {
                fractions.add(fraction);
            }

            @Override
            public void checkCancelled() {
                // never
            }
        };
        CyclerFileConverter.Result result = CyclerFileConverter.convert(file, settings, null, qc, progress,
                rows::add);
        assertEquals(1.0, fractions.get(fractions.size() - 1), "progress ends at 1");
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back");
        }
        CellQc cell = qc.cells().get(0);
        System.out.printf(Locale.ROOT, "%s: %d samples, %d cycles found, %d kept %s, window %.2f-%.2f V;"
                + " discharge Ah [%s]; charge Ah [%s]; dropped %s%n", name, result.samples(), result.cycles(),
                rows.size(), rows.stream().map(r -> Integer.toString(r.cycle())).collect(Collectors.joining(",", "[",
                        "]")), settings.ciStartVolt(), settings.ciEndVolt(), fmt(rows, true), fmt(rows, false),
                cell.dropped());
        for (CycleRecord r : rows) {
            checkRow(r, settings);
        }
        assertEquals(rows.size(), cell.rowsKept());
        assertEquals(result.samples(), cell.rowsRead());
        return new Run(rows, cell, result);
    }

    private static String fmt(List<CycleRecord> rows, boolean discharge) {
        return rows.stream().map(r -> String.format(Locale.ROOT, "%.4f",
                discharge ? r.dischargeCapacity() : r.chargeCapacity())).collect(Collectors.joining(" "));
    }

    /** Shape checks every row must pass: a 50-point CI from 0, not decreasing; positive currents; SI units. */
    private static void checkRow(CycleRecord r, ExtractionSettings s) {
        assertEquals(s.ciPoints(), r.ci().length);
        assertEquals(0.0, r.ci()[0]);
        for (int i = 1; i < r.ci().length; i++) {
            assertTrue(r.ci()[i] >= r.ci()[i - 1] - 1e-12, "CI decreases in cycle " + r.cycle());
        }
        assertTrue(r.ci()[r.ci().length - 1] > 0, "CI grows");
        assertTrue(r.ci()[r.ci().length - 1] <= r.chargeCapacity() + 1e-9, "CI within the charge capacity");
        assertTrue(r.chargeCurrent() > 0 && r.dischargeCurrent() > 0);
        assertEquals("A", r.currentUnit());
        assertEquals(CycleExtractor.FAMILY, r.family());
        assertEquals("", r.condition());
        for (double v : r.relaxationVoltage()) {
            assertTrue(v > s.relaxationMinVolt());
        }
    }

    @Test
    void arbinTwoCyclesWithCountersInAh() throws Exception {
        // LFP cell: CC charge 1.1 A from 3.37 to 3.6 V, so the window is 3.40-3.55 V
        Run run = convert("arbin_example.csv", ExtractionSettings.defaults().withCiWindow(3.40, 3.55, 50));
        assertEquals(List.of(1, 2), run.cycles());
        for (CycleRecord r : run.rows) {
            assertEquals(1.0725, r.dischargeCapacity(), 0.002);
            assertEquals(1.0722, r.chargeCapacity(), 0.002);
            assertEquals(1.1, r.chargeCurrent(), 0.01);
            assertEquals(4.4, r.dischargeCurrent(), 0.05);
            assertEquals(29.8, r.temperature(), 1.0);
            assertEquals(0.131, r.ci()[49], 0.01);
            assertEquals(0, r.relaxationVoltage().length, "discharge follows the charge directly");
        }
        assertTrue(run.qc.units().contains("sign + = charge (detected"), run.qc.units());
        assertTrue(run.qc.units().contains("Arbin convention"), run.qc.units());
        assertTrue(run.qc.units().contains("cycles from column 'Cycle_Index'"), run.qc.units());
        assertEquals(0, run.qc.droppedTotal());
    }

    @Test
    void nrelSlowAndOneCRatesFromColumnCycles() throws Exception {
        // charges reach 4.1 V from 3.0-3.65 V; 3.70-4.05 V lies inside the full ones
        Run run = convert("batterydata_p492-13-raw.csv", ExtractionSettings.defaults().withCiWindow(3.70, 4.05, 50));
        assertEquals(List.of(2, 4, 9), run.cycles());
        for (CycleRecord r : run.rows) {
            assertTrue(r.dischargeCapacity() > 0.015 && r.dischargeCapacity() < 0.025, "capacity " + r);
            assertEquals(29.9, r.temperature(), 0.5);
            assertTrue(r.relaxationVoltage().length > 0, "rest after charge above 4.0 V");
        }
        assertEquals(0.00095, run.rows.get(0).chargeCurrent(), 1e-5, "C/20 charge");
        assertEquals(0.019, run.rows.get(1).chargeCurrent(), 1e-4, "C/1 charge");
        assertTrue(run.qc.units().contains("sign + = charge (detected"), run.qc.units());
        assertEquals(3, run.qc.dropped().get(CycleExtractor.NO_CHARGE));
        assertTrue(run.warnings().contains("empty or NaN cell(s) in column 'Cell_Temperature_C'"), run.warnings());
    }

    @Test
    void maccorHeaderAfterThreeLinesAndSignFromState() throws Exception {
        // CC charge 1.5 A from 3.35 to 4.2 V: the default 3.6-4.15 V window fits
        Run run = convert("maccor_one.txt", ExtractionSettings.defaults());
        assertTrue(run.qc.units().contains("header at line 4"), run.qc.units());
        assertTrue(run.qc.units().contains("sign from the state column 'State'"), run.qc.units());
        assertTrue(run.qc.units().contains("cycles inferred: column 'Cyc#' stays 0"), run.qc.units());
        assertEquals(List.of(2, 3), run.cycles(), "cycle 1 has no charge, cycle 4 no discharge");
        assertEquals(4.544, run.rows.get(0).dischargeCapacity(), 0.001);
        assertEquals(4.354, run.rows.get(1).dischargeCapacity(), 0.001);
        assertEquals(0.5, run.rows.get(0).dischargeCurrent(), 0.01);
        assertEquals(2.5, run.rows.get(1).dischargeCurrent(), 0.01);
        for (CycleRecord r : run.rows) {
            assertEquals(1.5, r.chargeCurrent(), 0.01);
            assertEquals(4.52, r.chargeCapacity(), 0.01, "CC (3.37 Ah) + CV steps, counter reset per step");
            assertEquals(241, r.relaxationVoltage().length);
            assertTrue(Double.isNaN(r.temperature()), "the Aux columns are not temperatures");
        }
        assertEquals(1, run.qc.dropped().get(CycleExtractor.NO_CHARGE));
        assertEquals(1, run.qc.dropped().get(CycleExtractor.NO_DISCHARGE));
    }

    @Test
    void landtCyclesInferredWithoutCycleColumn() throws Exception {
        // graphite half cell: delithiation (charge) 0.04 -> 1.0 V; window 0.10-0.60 V; the file says 25 degC but
        // its ambient column is 0 throughout, so the temperature is set
        Run run = convert("SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv", ExtractionSettings.defaults()
                .withCiWindow(0.10, 0.60, 50).withTemperature(25));
        assertTrue(run.qc.units().contains("cycles inferred"), run.qc.units());
        assertTrue(run.warnings().contains("no cycle column"), run.warnings());
        assertEquals(2, run.result.cycles(), "rest+discharge, then charge+discharge");
        assertEquals(List.of(2), run.cycles());
        CycleRecord r = run.rows.get(0);
        assertEquals(0.0032, r.chargeCapacity(), 1e-5);
        assertEquals(0.0013, r.dischargeCapacity(), 1e-5, "the file ends during the second discharge");
        assertEquals(0.0002, r.chargeCurrent(), 1e-6);
        assertEquals(25.0, r.temperature());
        assertTrue(run.qc.units().contains("sign + = charge (detected"), run.qc.units());
        assertEquals(1, run.qc.dropped().get(CycleExtractor.NO_CHARGE));
        // measured instead: the ambient column reads exactly 0 throughout, which the QC flags
        Run measured = convert("SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv", ExtractionSettings.defaults()
                .withCiWindow(0.10, 0.60, 50));
        assertEquals(0.0, measured.rows.get(0).temperature());
        assertTrue(measured.warnings().contains("the temperature is exactly 0 degC throughout"), measured.warnings());
    }

    @Test
    void newareRateTestWithTimeBugAndNoCounters() throws Exception {
        // CC 2.18 A from 3.2-3.8 V to 4.35 V; window 3.90-4.30 V
        Run run = convert("SINTEF__SLPBA842124HV__2024-10-23__Rate_25degC__Neware__Time_Bug.bdf.csv",
                ExtractionSettings.defaults().withCiWindow(3.90, 4.30, 50));
        assertEquals(List.of(1, 2, 3, 4, 5), run.cycles(), "one per discharge rate");
        assertTrue(run.qc.units().contains("cycles inferred: column 'cycle_count' stays 1"), run.qc.units());
        assertTrue(run.qc.units().contains("integrated from the current"), run.qc.units());
        assertTrue(run.qc.units().contains("voltage-trend votes"), run.qc.units());
        assertTrue(run.warnings().contains("the time goes backwards at 19 sample(s)"), run.warnings());
        double[] rates = {0.654, 6.55, 13.10, 32.75, 59.46};
        for (int i = 0; i < 5; i++) {
            CycleRecord r = run.rows.get(i);
            assertEquals(rates[i], r.dischargeCurrent(), 0.01 * rates[i]);
            assertEquals(2.181, r.chargeCurrent(), 0.005);
            assertTrue(r.dischargeCapacity() > 7.1 && r.dischargeCapacity() < 7.35, "capacity " + r);
            assertEquals(182, r.relaxationVoltage().length);
            assertTrue(r.temperature() > 25 && r.temperature() < 30);
        }
        assertTrue(run.rows.get(0).dischargeCapacity() > run.rows.get(4).dischargeCapacity(), "rate effect");
    }
}
