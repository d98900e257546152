package org.imodel.core.sim;

import static org.imodel.core.sim.SimTestSupport.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.timeseries.TimeSample;
import org.junit.jupiter.api.Test;

/** The streaming run with progress and cancellation (used by the simulator node). */
class SimulationProgressTest {

    private static final SimulationSettings SMALL = SimulationSettings.builder().cells(3).cyclesPerCell(12).build();

    @Test
    void truthIsThatOfSimulateAndProgressRisesToOne() throws Exception {
        CellSimulator sim = new CellSimulator(SMALL);
        List<CycleRecord> truth = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        sim.simulate(new Progress() {
            @Override
            public void report(double fraction, String message) {
                fractions.add(fraction);
                messages.add(message);
            }

            @Override
            public void checkCancelled() {
                // never cancelled
            }
        }, truth::add, null);
        assertSameRecords(sim.simulate(), truth);
        assertEquals(3 * 12, truth.size());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress must not go back: " + fractions);
        }
        assertTrue(fractions.stream().allMatch(f -> f >= 0 && f <= 1), fractions.toString());
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertTrue(messages.stream().anyMatch(m -> m.contains("SIM-002") && m.contains("cell 2 of 3")), messages
                .toString());
    }

    @Test
    void samplesAreThoseOfEachCellsTimeSeriesInCellOrder() throws Exception {
        CellSimulator sim = new CellSimulator(SimulationSettings.builder().cells(2).cyclesPerCell(3).build());
        Map<String, List<TimeSample>> byCell = new LinkedHashMap<>();
        List<CycleRecord> truth = new ArrayList<>();
        sim.simulate(Progress.NONE, truth::add,
                (cell, s) -> byCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(s));
        assertEquals(List.of("SIM-001", "SIM-002"), new ArrayList<>(byCell.keySet()));
        for (int c = 0; c < 2; c++) {
            assertEquals(sim.timeSeries(c).collect(Collectors.toList()), byCell.get(CellSimulator.cellId(c)));
        }
        assertSameRecords(sim.simulate(), truth);
    }

    @Test
    void cancellationStopsTheRunAndKeepsWhatWasDelivered() {
        CellSimulator sim = new CellSimulator(SMALL);
        List<CycleRecord> truth = new ArrayList<>();
        int[] checks = {0};
        Progress cancelAfterFive = new Progress() {
            @Override
            public void report(double fraction, String message) {
                // not needed
            }

            @Override
            public void checkCancelled() throws CancelledException {
                if (++checks[0] > 5) {
                    throw new CancelledException("cancelled in the test");
                }
            }
        };
        assertThrows(CancelledException.class, () -> sim.simulate(cancelAfterFive, truth::add, null));
        assertTrue(truth.size() >= 4 && truth.size() < 12, "stopped within the first cell: " + truth.size());
        assertSameRecords(sim.simulate().subList(0, truth.size()), truth);
    }
}
