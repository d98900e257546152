package org.imodel.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** SOH and threshold crossings of a trajectory. */
class TrajectoryTest {

    private static Trajectory of(double nominal, float... capacity) {
        return new Trajectory("c", "s", 100, capacity, nominal, Applicability.UNKNOWN);
    }

    @Test
    void sohIsCapacityOverNominalAndTheCrossingIsTheFirstCycleAtOrBelowTheThreshold() {
        Trajectory t = of(3.0, 2.7f, 2.55f, 2.39f, 2.25f, 2.1f, 2.05f);
        assertEquals(0.9, t.soh(0), 1e-6);
        assertEquals(OptionalInt.of(102), t.crossingCycle(0.8), "2.39 / 3 is below 80 % at step 2");
        assertEquals(OptionalInt.of(104), t.crossingCycle(0.7));
        assertEquals(OptionalInt.of(100), t.crossingCycle(0.95), "already below at the state's own cycle");
        assertEquals(2.05f, t.endCapacityAh(), 1e-7);
        assertEquals(105, t.cycle(5));
    }

    @Test
    void staysAboveTheThresholdBeyondTheHorizon() {
        Trajectory t = of(3.0, 2.9f, 2.85f, 2.8f);
        assertTrue(t.crossingCycle(0.8).isEmpty(), "beyond the horizon");
        Trajectory unknown = of(Double.NaN, 1f, 0.5f);
        assertTrue(unknown.crossingCycle(0.8).isEmpty(), "no nominal capacity: no SOH, no crossing");
        assertTrue(Double.isNaN(unknown.soh(0)));
    }

    @Test
    void tablesGiveOneRowPerStepAndASummaryWithTheCrossing() {
        Trajectory t = of(3.0, 2.7f, 2.55f, 2.39f);
        List<Object[]> rows = TrajectoryTable.rows(t);
        assertEquals(3, rows.size());
        assertEquals(102, rows.get(2)[2]);
        assertEquals(2, rows.get(2)[3]);
        assertEquals(TrajectoryTable.COLUMNS.size(), rows.get(0).length);
        assertEquals("UNKNOWN", rows.get(2)[6], "applicability on every step");
        Object[] summary = TrajectoryTable.summary(t, 0.8);
        assertEquals(TrajectoryTable.SUMMARY_COLUMNS.size(), summary.length);
        assertEquals("102", summary[8]);
        assertEquals(TrajectoryTable.BEYOND, TrajectoryTable.summary(t, 0.7)[8]);
        assertEquals("UNKNOWN", summary[9]);
    }
}
