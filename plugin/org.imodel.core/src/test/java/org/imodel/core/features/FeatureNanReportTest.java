package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.features.FeatureNanReport.Reason;
import org.junit.jupiter.api.Test;

class FeatureNanReportTest {

    private static final FeatureSettings UL = FeatureDefaults.AUTO.settingsFor("UL-NCA", 20, false);
    private static final double[] RELAX = {4.19, 4.18, 4.175, 4.172, 4.17};

    private static double[] ramp(double top) {
        double[] ci = new double[50];
        for (int i = 0; i < ci.length; i++) {
            ci[i] = top * i / (ci.length - 1.0);
        }
        return ci;
    }

    private static CycleRecord row(double[] ci, double[] relax) {
        return new CycleRecord("c", 1, 0.5, 1, 25, 3, 3, ci, VoltageGrid.UL, relax, "A", "UL-NCA", "", "f.csv", 2);
    }

    private static Set<Reason> reasons(FeatureSettings s, CycleRecord r) {
        return FeatureNanReport.reasons(s, r, new FeatureExtractor(s).extract(r));
    }

    @Test
    void completeRowsHaveNoReason() {
        assertEquals(Set.of(), reasons(UL, row(ramp(2.0), RELAX)));
    }

    @Test
    void eachReferenceNaNRuleHasItsReason() {
        assertEquals(Set.of(Reason.NO_RELAXATION), reasons(UL, row(ramp(2.0), new double[0])));
        assertEquals(Set.of(Reason.ONE_POINT_RELAXATION), reasons(UL, row(ramp(2.0), new double[] {4.18})));
        assertEquals(Set.of(Reason.ONE_POINT_RELAXATION), reasons(UL, row(ramp(2.0), new double[] {4.1, 4.1})));
        assertEquals(Set.of(Reason.NO_RISE), reasons(UL, row(ramp(0.1), RELAX)), "rises only 0.1 Ah in all");
        assertEquals(EnumSet.of(Reason.NO_RISE, Reason.FLAT_CURVE), reasons(UL, row(new double[50], RELAX)));
        double[] holed = ramp(2.0);
        holed[20] = Double.NaN;
        assertEquals(Set.of(Reason.MISSING_VALUES), reasons(UL, row(holed, RELAX)));
        assertEquals(Set.of(Reason.MISSING_VALUES), reasons(UL, row(ramp(2.0), new double[] {4.1, Double.NaN})));
        assertEquals(Set.of(Reason.NO_CURVE), FeatureNanReport.reasons(UL, row(new double[0], RELAX), null));
    }

    @Test
    void withoutRelaxationFeaturesAnEmptyTraceIsNoReason() {
        FeatureSettings tpsl = FeatureDefaults.TPSL.settingsFor("TPSL", 20, false);
        assertEquals(Set.of(), reasons(tpsl, row(ramp(2.0), new double[0])));
        assertEquals(Set.of(Reason.NO_RISE), reasons(tpsl, row(ramp(0.1), new double[0])));
    }

    @Test
    void oneMessageCountsRowsPerReason() {
        FeatureNanReport report = new FeatureNanReport();
        assertTrue(report.message().isEmpty());
        FeatureExtractor x = new FeatureExtractor(UL);
        for (CycleRecord r : new CycleRecord[] {row(ramp(2.0), RELAX), row(ramp(2.0), new double[0]),
            row(ramp(0.1), new double[0]), row(ramp(2.0), new double[] {4.18})}) {
            report.add(UL, r, x.extract(r));
        }
        report.add(UL, row(new double[0], RELAX), null);
        assertEquals(5, report.rows());
        assertEquals(4, report.rowsWithNaN());
        assertEquals(2, report.rows(Reason.NO_RELAXATION));
        String m = report.message().orElseThrow();
        assertTrue(m.startsWith("Missing (NaN) features in 4 of 5 row(s): "), m);
        assertTrue(m.contains("1 with no capacity-increment curve"), m);
        assertTrue(m.contains("2 with no relaxation trace"), m);
        assertTrue(m.contains("1 with no threshold crossing"), m);
        assertTrue(m.contains("1 with a one-point or constant relaxation list"), m);
        assertTrue(m.indexOf("no relaxation") < m.indexOf("threshold"), "reasons in a fixed order: " + m);
    }

    @Test
    void countsAreExactFromManyThreads() {
        FeatureNanReport report = new FeatureNanReport();
        FeatureExtractor x = new FeatureExtractor(UL);
        CycleRecord noRelax = row(ramp(2.0), new double[0]);
        CycleRecord ok = row(ramp(2.0), RELAX);
        IntStream.range(0, 20_000).parallel().forEach(i -> {
            CycleRecord r = i % 4 == 0 ? noRelax : ok;
            report.add(UL, r, x.extract(r));
        });
        assertEquals(20_000, report.rows());
        assertEquals(5_000, report.rowsWithNaN());
        assertEquals(5_000, report.rows(Reason.NO_RELAXATION));
    }
}
