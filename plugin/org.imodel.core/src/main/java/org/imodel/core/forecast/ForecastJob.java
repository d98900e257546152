package org.imodel.core.forecast;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.scenario.Scenario;

/**
 * One forecast to make: a cell state under a scenario.
 *
 * @param cell the cell state
 * @param scenario the scenario
 */
public record ForecastJob(CellState cell, Scenario scenario) {

    /**
     * @param cells cell states
     * @param scenarios scenarios
     * @return every cell under every scenario, cell by cell (scenarios in order within a cell)
     */
    public static List<ForecastJob> grid(List<CellState> cells, List<Scenario> scenarios) {
        List<ForecastJob> jobs = new ArrayList<>(cells.size() * scenarios.size());
        for (CellState c : cells) {
            for (Scenario s : scenarios) {
                jobs.add(new ForecastJob(c, s));
            }
        }
        return jobs;
    }
}
