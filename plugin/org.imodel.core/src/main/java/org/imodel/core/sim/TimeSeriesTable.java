package org.imodel.core.sim;

import java.util.ArrayList;
import java.util.List;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.imodel.core.timeseries.TimeSample;

/**
 * The simulator's raw time series as one table for all cells: a {@value #CELL_ID} column, then the columns of
 * {@link SimulationCsv#TIME_SERIES_COLUMNS} in the same order (Battery Data Format names, SI units, positive current
 * charges the cell). Lets a node build the spec before simulating.
 */
public final class TimeSeriesTable {

    /** Cell id column (as in the per-cycle table). */
    public static final String CELL_ID = "cell_id";

    /** All columns in table order: {@value #CELL_ID}, then {@link SimulationCsv#TIME_SERIES_COLUMNS}. */
    public static final List<ColumnDef> COLUMNS = columns();

    private TimeSeriesTable() {
    }

    private static List<ColumnDef> columns() {
        List<ColumnDef> c = new ArrayList<>();
        c.add(new ColumnDef(CELL_ID, ColumnType.STRING, "Cell id, e.g. SIM-001."));
        for (String name : SimulationCsv.TIME_SERIES_COLUMNS) {
            c.add(definition(name));
        }
        return List.copyOf(c);
    }

    private static ColumnDef definition(String name) {
        switch (name) {
            case "test_time_second":
                return new ColumnDef(name, ColumnType.DOUBLE, "Test time since the cell's first sample (s).");
            case "voltage_volt":
                return new ColumnDef(name, ColumnType.DOUBLE, "Terminal voltage (V).");
            case "current_ampere":
                return new ColumnDef(name, ColumnType.DOUBLE, "Current (A), positive = charge.");
            case "cycle_count":
                return new ColumnDef(name, ColumnType.INT, "Cycle number, from 1.");
            case "step_index":
                return new ColumnDef(name, ColumnType.INT, "Step: 1 CC charge, 2 CV hold, 3 rest after charge,"
                        + " 4 CC discharge, 5 rest after discharge.");
            case "charging_capacity_ah":
                return new ColumnDef(name, ColumnType.DOUBLE, "Charge counter of the cycle (Ah), from 0.");
            case "discharging_capacity_ah":
                return new ColumnDef(name, ColumnType.DOUBLE, "Discharge counter of the cycle (Ah), from 0.");
            case "ambient_temperature_celsius":
                return new ColumnDef(name, ColumnType.DOUBLE, "Ambient temperature (degC).");
            default:
                throw new IllegalStateException("No definition for time-series column " + name);
        }
    }

    /**
     * @param cellId the cell id
     * @param s one sample
     * @return the row in {@link #COLUMNS} order (String, then Double and Integer values)
     */
    public static Object[] values(String cellId, TimeSample s) {
        return new Object[] {cellId, s.timeSecond(), s.voltageVolt(), s.currentAmpere(), s.cycle(), s.step(),
            s.chargeCapacityAh(), s.dischargeCapacityAh(), s.temperatureCelsius()};
    }
}
