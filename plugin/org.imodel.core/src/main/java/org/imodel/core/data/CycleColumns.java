package org.imodel.core.data;

import java.util.List;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * Column names of the canonical per-cycle table, styled after the Battery Data Format (lower case, unit suffix,
 * SI units; positive current charges the cell, discharge current is given as a positive magnitude).
 */
public final class CycleColumns {

    /** Cell id. */
    public static final String CELL_ID = "cell_id";
    /** Cycle number. */
    public static final String CYCLE = "cycle_count";
    /** Charge current. */
    public static final String CHARGE_CURRENT = "charge_current_ampere";
    /** Discharge current (positive magnitude). */
    public static final String DISCHARGE_CURRENT = "discharge_current_ampere";
    /** Unit of the two current columns. */
    public static final String CURRENT_UNIT = "current_unit";
    /** Ambient temperature. */
    public static final String TEMPERATURE = "ambient_temperature_celsius";
    /** Discharge capacity. */
    public static final String DISCHARGE_CAPACITY = "discharge_capacity_ah";
    /** Charge capacity. */
    public static final String CHARGE_CAPACITY = "charge_capacity_ah";
    /** Partial-charge (capacity-increment) curve. */
    public static final String CI = "ci_capacity_ah";
    /** First voltage of the curve's grid. */
    public static final String CI_START = "ci_start_voltage_volt";
    /** Last voltage of the curve's grid. */
    public static final String CI_END = "ci_end_voltage_volt";
    /** Points of the curve's grid. */
    public static final String CI_POINTS = "ci_point_count";
    /** Grid kind: uniform or per-cycle. */
    public static final String CI_GRID = "ci_grid";
    /** Relaxation voltage trace. */
    public static final String RELAXATION = "relaxation_voltage_volt";
    /** Dataset family. */
    public static final String FAMILY = "dataset_family";
    /** Condition label. */
    public static final String CONDITION = "condition";
    /** Source file. */
    public static final String SOURCE_FILE = "source_file";
    /** Source line. */
    public static final String SOURCE_LINE = "source_line";

    /** All columns in table order. */
    public static final List<ColumnDef> ALL = List.of(
            new ColumnDef(CELL_ID, ColumnType.STRING, "Cell id (file stem for the published datasets)."),
            new ColumnDef(CYCLE, ColumnType.INT, "Cycle number as given by the source."),
            new ColumnDef(CHARGE_CURRENT, ColumnType.DOUBLE, "Charge current (unit in current_unit)."),
            new ColumnDef(DISCHARGE_CURRENT, ColumnType.DOUBLE,
                    "Discharge current, positive magnitude (unit in current_unit)."),
            new ColumnDef(CURRENT_UNIT, ColumnType.STRING,
                    "A, C (C-rate) or C-code (UL published code: charge = code/10)."),
            new ColumnDef(TEMPERATURE, ColumnType.DOUBLE, "Ambient temperature (degC)."),
            new ColumnDef(DISCHARGE_CAPACITY, ColumnType.DOUBLE, "Discharge capacity (Ah)."),
            new ColumnDef(CHARGE_CAPACITY, ColumnType.DOUBLE, "Charge capacity (Ah); missing when not known."),
            new ColumnDef(CI, ColumnType.DOUBLE_LIST, "Partial-charge capacity-increment curve (Ah) on the grid."),
            new ColumnDef(CI_START, ColumnType.DOUBLE, "First voltage of the curve's grid (V)."),
            new ColumnDef(CI_END, ColumnType.DOUBLE, "Last voltage of the curve's grid (V)."),
            new ColumnDef(CI_POINTS, ColumnType.INT, "Number of grid points."),
            new ColumnDef(CI_GRID, ColumnType.STRING,
                    "uniform, or per-cycle (each cycle's own min..max voltage inside the window, TPSL)."),
            new ColumnDef(RELAXATION, ColumnType.DOUBLE_LIST, "Voltage trace of the rest after charge (V)."),
            new ColumnDef(FAMILY, ColumnType.STRING, "Dataset family (UL-NCA, LSD, TPSL, CYCLER, SIMULATED...)."),
            new ColumnDef(CONDITION, ColumnType.STRING, "Condition label, e.g. CY25-05_1."),
            new ColumnDef(SOURCE_FILE, ColumnType.STRING, "File the row came from."),
            new ColumnDef(SOURCE_LINE, ColumnType.INT, "Line in that file (header = 1)."));

    /** Columns a table needs to be read as per-cycle data (the others are optional). */
    public static final List<String> REQUIRED = List.of(CELL_ID, CYCLE, CHARGE_CURRENT, DISCHARGE_CURRENT, TEMPERATURE,
            DISCHARGE_CAPACITY, CI, CI_START, CI_END, RELAXATION);

    private CycleColumns() {
    }

    /**
     * The values of a record in {@link #ALL} order (lists as double[], numbers boxed).
     *
     * @param r the record
     * @return one value per column
     */
    public static Object[] values(CycleRecord r) {
        VoltageGrid g = r.ciGrid();
        return new Object[] {r.cellId(), r.cycle(), r.chargeCurrent(), r.dischargeCurrent(), r.currentUnit(),
            r.temperature(), r.dischargeCapacity(), r.chargeCapacity(), r.ci(), g.startVolt(), g.endVolt(),
            g.points(), g.kind(), r.relaxationVoltage(), r.family(), r.condition(), r.sourceFile(),
            (int) r.sourceLine()};
    }
}
