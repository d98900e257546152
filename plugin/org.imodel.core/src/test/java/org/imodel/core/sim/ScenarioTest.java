package org.imodel.core.sim;

import static org.imodel.core.sim.SimTestSupport.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void blocksChangeCurrentsAndTemperatureAtTheirCycles() {
        SimulationSettings s = clean().cyclesPerCell(60).scenario(List.of(ScenarioBlock.rates(21, 1.0, 2.0),
                ScenarioBlock.temperature(41, 45), ScenarioBlock.of(51, new OperatingCondition(0.25, 0.5, 10))))
                .build();
        List<CycleRecord> r = new CellSimulator(s).simulate();
        assertEquals(60, r.size());
        for (CycleRecord c : r) {
            int n = c.cycle();
            double ch = n < 21 ? 1.5 : n < 51 ? 3.0 : 0.75;
            double dis = n < 21 ? 3.0 : n < 51 ? 6.0 : 1.5;
            double t = n < 41 ? 25 : n < 51 ? 45 : 10;
            assertEquals(ch, c.chargeCurrent(), 1e-12, "cycle " + n);
            assertEquals(dis, c.dischargeCurrent(), 1e-12, "cycle " + n);
            assertEquals(t, c.temperature(), "cycle " + n);
        }
        assertEquals("T25-C0.5-D1", r.get(19).condition());
        assertEquals("T25-C1-D2", r.get(20).condition());
        assertEquals("T45-C1-D2", r.get(40).condition());
        assertEquals("T10-C0.25-D0.5", r.get(50).condition());
    }

    @Test
    void blocksApplyOnTopOfPerCellConditions() {
        SimulationSettings s = clean().cells(3).cyclesPerCell(12)
                .cellConditions(List.of(new OperatingCondition(0.5, 1, 25), new OperatingCondition(0.25, 2, 35)))
                .scenario(List.of(ScenarioBlock.temperature(6, 15))).build();
        CellSimulator sim = new CellSimulator(s);
        List<CycleRecord> c0 = sim.simulateCell(0);
        List<CycleRecord> c1 = sim.simulateCell(1);
        List<CycleRecord> c2 = sim.simulateCell(2);
        assertEquals("T25-C0.5-D1", c0.get(0).condition());
        assertEquals("T35-C0.25-D2", c1.get(0).condition());
        assertEquals("T25-C0.5-D1", c2.get(0).condition(), "cell conditions are used round-robin");
        assertEquals("T15-C0.25-D2", c1.get(5).condition());
        assertEquals(0.75, c1.get(11).chargeCurrent(), 1e-12);
        assertEquals(6.0, c1.get(11).dischargeCurrent(), 1e-12);
        assertEquals(new OperatingCondition(0.25, 2, 15), s.conditionAt(1, 6));
    }

    @Test
    void ageingFollowsTheScenario() {
        SimulationSettings mild = clean().chargeCRate(0.25).cyclesPerCell(200).build();
        List<CycleRecord> stayMild = new CellSimulator(mild).simulate();
        List<CycleRecord> turnHarsh = new CellSimulator(
                mild.toBuilder().scenario(List.of(ScenarioBlock.rates(101, 1.0, 1.0))).build()).simulate();
        for (int i = 0; i < 100; i++) {
            SimTestSupport.assertSameRecord(stayMild.get(i), turnHarsh.get(i));
        }
        double mildLoss = stayMild.get(110).dischargeCapacity() - stayMild.get(stayMild.size() - 1).dischargeCapacity();
        double harshLoss = turnHarsh.get(110).dischargeCapacity()
                - turnHarsh.get(Math.min(199, turnHarsh.size() - 1)).dischargeCapacity();
        assertTrue(harshLoss > 2 * mildLoss, mildLoss + " vs " + harshLoss);
    }

    @Test
    void exampleSettingsCoverFourConditions() {
        SimulationSettings s = SimulationSettings.example();
        assertEquals(8, s.cells());
        List<CycleRecord> r = new CellSimulator(s).simulate();
        long conditions = r.stream().map(CycleRecord::condition).distinct().count();
        assertEquals(4, conditions);
        assertTrue(r.size() > 1500, "rows " + r.size());
    }
}
