package org.imodel.core.datasets;

import java.util.Map;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.ListParser;
import org.imodel.core.io.Numbers;

/**
 * Turns one data row of a published per-cycle file into a canonical {@link CycleRecord} (Ah, positive discharge
 * current), strictly: a value that is not a number is an error naming the file, line and column.
 */
final class PublishedRowMapper {

    private final DatasetFamily family;
    private final Map<String, Integer> index;
    private final String file;
    private final String cellId;
    private final String familyLabel;
    private final String condition;
    private final double capacityDivisor;
    private final Double chargeOverride;
    private final String currentUnit;

    /**
     * @param family file format
     * @param index column positions by name
     * @param file file name for messages and provenance
     * @param cellId cell id
     * @param familyLabel family as written to the table (e.g. UL-NCA)
     * @param condition condition label
     * @param capacityDivisor divisor to Ah (1000 for mAh; a division, exactly as the reference converts)
     * @param chargeOverride charge current to write instead of the column (UL decoded rate), or null
     * @param currentUnit unit label of the currents
     */
    PublishedRowMapper(DatasetFamily family, Map<String, Integer> index, String file, String cellId,
            String familyLabel, String condition, double capacityDivisor, Double chargeOverride, String currentUnit) {
        this.family = family;
        this.index = index;
        this.file = file;
        this.cellId = cellId;
        this.familyLabel = familyLabel;
        this.condition = condition;
        this.capacityDivisor = capacityDivisor;
        this.chargeOverride = chargeOverride;
        this.currentUnit = currentUnit;
    }

    CycleRecord map(String[] row, long line) throws DataFormatException {
        if (family == DatasetFamily.TPSL) {
            double[] qv = scaled(list(row, "QV_Curve", line));
            return new CycleRecord(cellId, integer(row, "Cycle_Index", line), current(row, "Charge_Current(A)", line),
                    Math.abs(number(row, "Discharge_Current(A)", line)), number(row, "Temperture", line),
                    capacity(row, "Max_Discharge_Capacity(Ah)", line), capacity(row, "Max_Charge_Capacity(Ah)", line),
                    qv, new VoltageGrid(VoltageGrid.TPSL.startVolt(), VoltageGrid.TPSL.endVolt(), Math.max(qv.length, 2),
                            true), list(row, "Relaxation_Voltage", line), currentUnit, familyLabel, condition, file,
                    line);
        }
        double[] ci = scaled(list(row, "Capacity_Increment", line));
        VoltageGrid grid = family == DatasetFamily.LSD
                ? grid(number(row, "Start_Voltage", line), number(row, "End_Voltage", line), ci.length, line)
                : new VoltageGrid(VoltageGrid.UL.startVolt(), VoltageGrid.UL.endVolt(), Math.max(ci.length, 2), false);
        return new CycleRecord(cellId, integer(row, "Cycle", line), current(row, "Charge_Current", line),
                Math.abs(number(row, "Discharge_Current", line)), number(row, "Temperature", line),
                capacity(row, "Discharge_Capacity", line), Double.NaN, ci, grid, list(row, "Relaxation_Voltage", line),
                currentUnit, familyLabel, condition, file, line);
    }

    private double current(String[] row, String column, long line) throws DataFormatException {
        double published = number(row, column, line);
        return chargeOverride == null ? published : chargeOverride;
    }

    private double capacity(String[] row, String column, long line) throws DataFormatException {
        return number(row, column, line) / capacityDivisor;
    }

    private double[] scaled(double[] values) {
        if (capacityDivisor != 1) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= capacityDivisor;
            }
        }
        return values;
    }

    private VoltageGrid grid(double start, double end, int points, long line) throws DataFormatException {
        if (!(end > start) || points < 2) {
            throw new DataFormatException(file, line, "Start_Voltage",
                    "the curve's voltage grid " + start + " to " + end + " V with " + points
                            + " points is not usable; Start_Voltage must be below End_Voltage and the curve needs at"
                            + " least 2 points.");
        }
        return new VoltageGrid(start, end, points, false);
    }

    private double[] list(String[] row, String column, long line) throws DataFormatException {
        Integer i = index.get(column);
        if (i == null) {
            return new double[0];
        }
        return ListParser.parse(row[i], file, line, column);
    }

    private int integer(String[] row, String column, long line) throws DataFormatException {
        double v = number(row, column, line);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new DataFormatException(file, line, column,
                    "the cycle number '" + DataFormatException.echo(row[index.get(column)])
                            + "' is not a whole number. Fix the value.");
        }
        return (int) v;
    }

    /** Reads a number; empty, "nan" and "inf" are read as NaN/infinity and counted by the QC report. */
    private double number(String[] row, String column, long line) throws DataFormatException {
        return Numbers.parse(row[index.get(column)], file, line, column);
    }
}
