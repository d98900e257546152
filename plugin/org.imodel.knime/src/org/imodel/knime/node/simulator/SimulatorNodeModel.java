package org.imodel.knime.node.simulator;

import java.util.HashMap;
import java.util.Map;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.sim.CellSimulator;
import org.imodel.core.sim.SimulationSettings;
import org.imodel.core.sim.TimeSeriesTable;
import org.imodel.knime.common.KnimeProgress;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableBuilder;
import org.imodel.knime.common.TableSpecs;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/** Battery Cell Simulator: example cells from {@link CellSimulator}, per cycle and optionally as raw time series. */
final class SimulatorNodeModel extends SettingsNodeModel<SimulatorSettings> {

    SimulatorNodeModel() {
        super(0, 2, new SimulatorSettings());
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        simulation();
        return new DataTableSpec[] {TableSpecs.toSpec(CycleColumns.ALL), TableSpecs.toSpec(TimeSeriesTable.COLUMNS)};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        CellSimulator simulator = new CellSimulator(simulation());
        TableBuilder cycles = new TableBuilder(exec, CycleColumns.ALL);
        TableBuilder series = new TableBuilder(exec, TimeSeriesTable.COLUMNS);
        Map<String, Integer> cyclesPerCell = new HashMap<>();
        try {
            simulator.simulate(new KnimeProgress(exec), r -> {
                cycles.add(CycleColumns.values(r));
                cyclesPerCell.merge(r.cellId(), 1, Integer::sum);
            }, settings.timeSeries.getBooleanValue() ? (cell, s) -> series.add(TimeSeriesTable.values(cell, s))
                    : null);
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        warnAboutShortCells(simulator.settings(), cyclesPerCell);
        return new BufferedDataTable[] {cycles.build(), series.build()};
    }

    /** Cells that stop after their first cycle were driven outside what the modelled cell can deliver. */
    private void warnAboutShortCells(SimulationSettings s, Map<String, Integer> cyclesPerCell) {
        if (s.cyclesPerCell() < 2) {
            return;
        }
        long single = cyclesPerCell.values().stream().filter(n -> n < 2).count();
        if (single > 0) {
            setWarningMessage(single + " of " + s.cells() + " cell(s) ended after their first cycle: at these rates"
                    + " and temperature the resistive drop reaches a cut-off, so the cell delivers less than "
                    + Math.round(100 * s.endOfTestFraction()) + " % of its nominal capacity. Choose lower C-rates or"
                    + " a higher temperature.");
        }
    }

    /** @return the engine settings; their checks become InvalidSettingsExceptions naming the setting */
    private SimulationSettings simulation() throws InvalidSettingsException {
        boolean example = settings.example.getBooleanValue();
        SimulationSettings.Builder b = (example ? SimulationSettings.example() : SimulationSettings.defaults())
                .toBuilder();
        b.cells(settings.cells.getIntValue()).cyclesPerCell(settings.cycles.getIntValue())
                .seed(settings.seed.getIntValue()).nominalCapacityAh(settings.nominalCapacityAh.getDoubleValue());
        if (!example) {
            b.chargeCRate(settings.chargeCRate.getDoubleValue())
                    .dischargeCRate(settings.dischargeCRate.getDoubleValue())
                    .temperatureCelsius(settings.temperatureCelsius.getDoubleValue());
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage() + " Change it in the dialog.", e);
        }
    }
}
