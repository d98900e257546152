package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.features.FeatureNanReport.Reason;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.junit.jupiter.api.Test;

class FeatureColumnsTest {

    private static final double[] RELAX = {4.19, 4.18, 4.175, 4.172, 4.17};

    private static double[] ramp(int points, double top) {
        double[] ci = new double[points];
        for (int i = 0; i < ci.length; i++) {
            ci[i] = top * i / (points - 1.0);
        }
        return ci;
    }

    private static CycleRecord row(String family, VoltageGrid grid, double[] ci, double[] relax) {
        return new CycleRecord("c", 3, 0.5, 1, 25, 3, 3, ci, grid, relax, "A", family, "", "f.csv", 4);
    }

    private static List<String> names(List<ColumnDef> columns) {
        List<String> n = new ArrayList<>();
        columns.forEach(c -> n.add(c.name()));
        return n;
    }

    @Test
    void columnsAreTheFeaturesInReferenceOrderThenTheCurve() {
        List<String> expected = new ArrayList<>(FeatureSettings.ALL_FEATURE_NAMES);
        expected.add(FeatureColumns.CI_REGRIDDED);
        for (FeatureDefaults d : List.of(FeatureDefaults.AUTO, FeatureDefaults.UL, FeatureDefaults.LSD,
                FeatureDefaults.RECORDED)) {
            assertEquals(expected, names(FeatureColumns.columns(d)), d.name());
        }
        List<String> tpsl = new ArrayList<>(FeatureSettings.CI_FEATURE_NAMES);
        tpsl.add("ci_regridded_ah");
        List<ColumnDef> columns = FeatureColumns.columns(FeatureDefaults.TPSL);
        assertEquals(tpsl, names(columns));
        assertEquals(ColumnType.DOUBLE_LIST, columns.get(6).type());
        assertEquals(ColumnType.DOUBLE, columns.get(0).type());
        assertTrue(columns.get(0).description().contains("(Ah)"), columns.get(0).description());
        assertTrue(columns.get(3).description().contains("Ah^2"), columns.get(3).description());
    }

    @Test
    void eachRowGetsTheSettingsOfItsFamilyWithOneExtractorPerSettings() {
        FeatureColumns auto = new FeatureColumns(FeatureDefaults.AUTO, 30, false);
        CycleRecord ul = row("UL-NCA", VoltageGrid.UL, ramp(50, 2.0), RELAX);
        CycleRecord lsd = row("LSD", VoltageGrid.LSD, ramp(50, 1.5), RELAX);
        CycleRecord tpsl = row("TPSL", VoltageGrid.TPSL, ramp(50, 1.8), new double[0]);
        for (CycleRecord r : List.of(ul, lsd, tpsl, ul, lsd)) {
            Object[] v = auto.values(r);
            assertEquals(13, v.length);
            FeatureRow expected = new FeatureExtractor(FeatureDefaults.AUTO.settingsFor(r.family(), 30, false))
                    .extract(r);
            for (int i = 0; i < 12; i++) {
                assertEquals(expected.features()[i], (Double) v[i], 0.0, r.family() + " feature " + i);
            }
            assertArrayEquals(expected.ci(), (double[]) v[12]);
            assertEquals(0.0, ((double[]) v[12])[9], "SOC 30 zeroes the first 10 points");
        }
        assertEquals(2, auto.extractorCount(), "UL and TPSL rows share 3.6-4.15 V settings under AUTO, LSD differs");
        assertEquals(4.1, auto.settingsFor(lsd).gridEndVolt());
        assertEquals(1, auto.report().rows(Reason.NO_RELAXATION), "the TPSL row has no relaxation trace");
        assertEquals(5, auto.report().rows());
    }

    @Test
    void physicalGridUsesTheRecordedGrid() {
        CycleRecord lsd = row("LSD", VoltageGrid.LSD, ramp(50, 1.5), RELAX);
        Object[] assumed = new FeatureColumns(FeatureDefaults.AUTO, 20, false).values(lsd);
        Object[] physical = new FeatureColumns(FeatureDefaults.AUTO, 20, true).values(lsd);
        FeatureRow expected = new FeatureExtractor(FeatureSettings.forFamily("LSD", 20).withPhysicalGrid(true))
                .extract(lsd);
        assertEquals(expected.features()[11], (Double) physical[11], 0.0);
        assertTrue(!assumed[11].equals(physical[11]), "the rise voltage moves to the 3.8-4.1 V axis");
    }

    @Test
    void aRowWithoutCurveGetsMissingValuesAndAWrongLengthIsAClearError() {
        FeatureColumns c = new FeatureColumns(FeatureDefaults.RECORDED, 20, false);
        Object[] none = c.values(row("CYCLER", VoltageGrid.UL, new double[0], RELAX));
        for (Object v : none) {
            assertNull(v);
        }
        assertEquals(1, c.report().rows(Reason.NO_CURVE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.values(row("CYCLER", new VoltageGrid(3.6, 4.15, 100, false), ramp(100, 2), RELAX)));
        assertTrue(e.getMessage().contains("100 points") && e.getMessage().contains("Resample"), e.getMessage());
    }

    @Test
    void socIsCheckedWithTheEngineMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureColumns(FeatureDefaults.AUTO, 35, false));
        assertTrue(e.getMessage().contains("20, 30, 40 or 50"), e.getMessage());
    }

    @Test
    void simulatedCellsComputeInParallelWithExactCounts() {
        List<CycleRecord> records = new CellSimulator(SimulationSettings.example().toBuilder().cyclesPerCell(40)
                .build()).simulate();
        FeatureColumns c = new FeatureColumns(FeatureDefaults.AUTO, 20, false);
        Object[][] parallel = new Object[records.size()][];
        IntStream.range(0, records.size()).parallel().forEach(i -> parallel[i] = c.values(records.get(i)));
        FeatureExtractor x = new FeatureExtractor(FeatureSettings.physical(20, true));
        for (int i = 0; i < records.size(); i++) {
            assertArrayEquals(x.extract(records.get(i)).features(), features(parallel[i]), "row " + i);
        }
        assertEquals(records.size(), c.report().rows());
        assertEquals(1, c.extractorCount(), "all rows are SIMULATED");
    }

    private static double[] features(Object[] values) {
        double[] f = new double[12];
        for (int i = 0; i < 12; i++) {
            f[i] = (Double) values[i];
        }
        return f;
    }
}
