package org.imodel.core.datasets;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.data.VoltageGrid;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.ListParser;
import org.imodel.core.io.Numbers;
import org.imodel.core.qc.QcReport;

/**
 * Reads rows of our own canonical per-cycle table (as written by {@code imodel read}, {@code imodel simulate} or
 * the KNIME nodes' CSV export): several cells per file, every value already in SI units.
 */
final class CanonicalRowMapper {

    private final Map<String, Integer> index;
    private final String file;

    CanonicalRowMapper(Map<String, Integer> index, String file) {
        this.index = index;
        this.file = file;
    }

    static boolean matches(Map<String, Integer> index) {
        return index.keySet().containsAll(CycleColumns.REQUIRED);
    }

    CycleRecord map(String[] row, long line) throws DataFormatException {
        double[] ci = ListParser.parse(text(row, CycleColumns.CI), file, line, CycleColumns.CI);
        double start = number(row, CycleColumns.CI_START, line);
        double end = number(row, CycleColumns.CI_END, line);
        if (!(end > start) || ci.length < 2) {
            throw new DataFormatException(file, line, CycleColumns.CI_START, "the curve's grid " + start + " to " + end
                    + " V with " + ci.length + " points is not usable; the start must be below the end and the curve"
                    + " needs at least 2 points.");
        }
        boolean perCycle = "per-cycle".equals(optional(row, CycleColumns.CI_GRID, "uniform"));
        double cycle = number(row, CycleColumns.CYCLE, line);
        if (cycle != Math.rint(cycle)) {
            throw new DataFormatException(file, line, CycleColumns.CYCLE, "the cycle number '"
                    + DataFormatException.echo(text(row, CycleColumns.CYCLE)) + "' is not a whole number. Fix the"
                    + " value.");
        }
        return new CycleRecord(text(row, CycleColumns.CELL_ID), (int) cycle,
                number(row, CycleColumns.CHARGE_CURRENT, line), number(row, CycleColumns.DISCHARGE_CURRENT, line),
                number(row, CycleColumns.TEMPERATURE, line), number(row, CycleColumns.DISCHARGE_CAPACITY, line),
                index.containsKey(CycleColumns.CHARGE_CAPACITY) ? number(row, CycleColumns.CHARGE_CAPACITY, line)
                        : Double.NaN,
                ci, new VoltageGrid(start, end, ci.length, perCycle),
                ListParser.parse(text(row, CycleColumns.RELAXATION), file, line, CycleColumns.RELAXATION),
                optional(row, CycleColumns.CURRENT_UNIT, "A"), optional(row, CycleColumns.FAMILY, "CANONICAL"),
                optional(row, CycleColumns.CONDITION, ""), file, line);
    }

    private String text(String[] row, String column) {
        return row[index.get(column)];
    }

    private String optional(String[] row, String column, String fallback) {
        Integer i = index.get(column);
        return i == null || row[i].isBlank() ? fallback : row[i];
    }

    private double number(String[] row, String column, long line) throws DataFormatException {
        return Numbers.parse(text(row, column), file, line, column);
    }

    /** Reads a canonical table: several cells per file; repeated cycles of a cell are dropped. */
    static final class Handler implements PublishedFileReader.RowHandler {
        private final CanonicalRowMapper mapper;
        private final QcReport qc;
        private final String file;
        private final Map<String, Long> rowsPerCell = new LinkedHashMap<>();
        private final Map<String, Integer> lastCycle = new HashMap<>();

        Handler(CanonicalRowMapper mapper, QcReport qc, String file) {
            this.mapper = mapper;
            this.qc = qc;
            this.file = file;
        }

        @Override
        public String cellOf(String[] row) {
            return row[mapper.index.get(CycleColumns.CELL_ID)];
        }

        @Override
        public CycleRecord map(String[] row, long line) throws DataFormatException {
            String cell = cellOf(row);
            rowsPerCell.merge(cell, 1L, Long::sum);
            CycleRecord r = mapper.map(row, line);
            Integer previous = lastCycle.put(cell, r.cycle());
            if (previous != null && previous == r.cycle()) {
                qc.drop(cell, file, "duplicate cycle", 1);
                qc.warn(cell, file, "cycle " + r.cycle() + " repeated at line " + line
                        + "; the first row of the cycle is kept");
                return null;
            }
            return r;
        }

        @Override
        public void finish(long rows, long kept) {
            rowsPerCell.forEach((cell, n) -> qc.read(cell, file, n));
            qc.note(file + ": canonical per-cycle table, " + rowsPerCell.size() + " cell(s)");
        }
    }
}
