package org.imodel.core.qc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * Quality-control report of a read: one {@link CellQc} per cell and source file, plus report-wide notes (e.g.
 * skipped files). Readers record what they keep, drop and convert; nothing is fixed silently.
 */
public final class QcReport {

    /** Columns of the QC table, in order (see {@link #rows()}). */
    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef("cell_id", ColumnType.STRING, "Cell id."),
            new ColumnDef("source_file", ColumnType.STRING, "File the cell came from."),
            new ColumnDef("dataset_family", ColumnType.STRING, "Detected dataset family."),
            new ColumnDef("rows_read", ColumnType.INT, "Data rows read."),
            new ColumnDef("rows_kept", ColumnType.INT, "Rows written to the per-cycle table."),
            new ColumnDef("rows_dropped", ColumnType.INT, "Rows left out."),
            new ColumnDef("drop_reasons", ColumnType.STRING, "Why rows were left out, with counts."),
            new ColumnDef("units", ColumnType.STRING, "Units detected and conversions applied."),
            new ColumnDef("nan_values", ColumnType.INT, "NaN or infinite values in kept rows (lists included)."),
            new ColumnDef("cycle_gaps", ColumnType.INT, "Places where the cycle number jumps by more than one."),
            new ColumnDef("first_cycle", ColumnType.INT, "First kept cycle."),
            new ColumnDef("last_cycle", ColumnType.INT, "Last kept cycle."),
            new ColumnDef("ci_points_min", ColumnType.INT, "Shortest capacity-increment curve."),
            new ColumnDef("ci_points_max", ColumnType.INT, "Longest capacity-increment curve."),
            new ColumnDef("relaxation_points_min", ColumnType.INT, "Shortest relaxation trace."),
            new ColumnDef("relaxation_points_max", ColumnType.INT, "Longest relaxation trace."),
            new ColumnDef("warnings", ColumnType.STRING, "Warnings, separated by ' | '."));

    /** How many skipped rows are named (per cell, and in {@link #skippedSummary()}). */
    public static final int SKIPPED_EXAMPLES = 3;

    private final Map<String, CellQc> cells = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param cellId cell id
     * @param sourceFile source file
     * @return the QC entry of that cell and file, created on first use
     */
    public CellQc cell(String cellId, String sourceFile) {
        return cells.computeIfAbsent(sourceFile + '\u0000' + cellId, k -> new CellQc(cellId, sourceFile));
    }

    /** Records a kept row. @param r the row */
    public void kept(CycleRecord r) {
        cell(r.cellId(), r.sourceFile()).kept(r);
    }

    /**
     * @param cellId cell
     * @param sourceFile file
     * @param rows number of data rows read
     */
    public void read(String cellId, String sourceFile, long rows) {
        cell(cellId, sourceFile).read(rows);
    }

    /**
     * @param cellId cell
     * @param sourceFile file
     * @param reason why, e.g. "duplicate cycle"
     * @param count rows dropped for that reason
     */
    public void drop(String cellId, String sourceFile, String reason, int count) {
        cell(cellId, sourceFile).drop(reason, count);
    }

    /**
     * Records a row left out because of a bad value (skip mode): counted under the error's reason, the first few
     * messages kept.
     *
     * @param cellId cell
     * @param sourceFile file
     * @param error what was wrong with the row (names file, line and column)
     */
    public void skipped(String cellId, String sourceFile, DataFormatException error) {
        cell(cellId, sourceFile).skipped(error.reason(), error.getMessage());
    }

    /** @return rows left out because of bad values, over all cells */
    public long skippedRows() {
        return cells.values().stream().mapToLong(CellQc::skippedRows).sum();
    }

    /**
     * @return null when no row was skipped, else one line: how many rows were skipped and the first
     *         {@value #SKIPPED_EXAMPLES} of them (file, line, column and problem), for a warning
     */
    public String skippedSummary() {
        long n = skippedRows();
        if (n == 0) {
            return null;
        }
        List<String> first = cells.values().stream().flatMap(c -> c.skippedExamples().stream())
                .limit(SKIPPED_EXAMPLES).toList();
        return n + " row(s) with bad values skipped (counted in the QC table); first: " + String.join(" / ", first);
    }

    /**
     * @param cellId cell
     * @param sourceFile file
     * @param warning text (repeated texts are kept once)
     */
    public void warn(String cellId, String sourceFile, String warning) {
        cell(cellId, sourceFile).warn(warning);
    }

    /**
     * @param cellId cell
     * @param sourceFile file
     * @param units units detected and conversions applied
     */
    public void units(String cellId, String sourceFile, String units) {
        cell(cellId, sourceFile).units(units);
    }

    /** @param note a report-wide note, e.g. a skipped file */
    public void note(String note) {
        notes.add(note);
    }

    /** @return all cell entries in the order first seen */
    public List<CellQc> cells() {
        return new ArrayList<>(cells.values());
    }

    /** @return report-wide notes */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** @return all warnings and notes, for one consolidated message */
    public List<String> allWarnings() {
        List<String> all = new ArrayList<>(notes);
        for (CellQc c : cells.values()) {
            for (String w : c.warnings()) {
                all.add(c.cellId() + ": " + w);
            }
        }
        return all;
    }

    /** @return the QC table rows in {@link #COLUMNS} order; one per cell, then one per note (cell id empty) */
    public List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        for (CellQc c : cells.values()) {
            int[] ci = c.ciLengths();
            int[] relax = c.relaxationLengths();
            String reasons = c.dropped().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; "));
            rows.add(new Object[] {c.cellId(), c.sourceFile(), c.family(), (int) c.rowsRead(), (int) c.rowsKept(),
                c.droppedTotal(), reasons, c.units(), (int) c.nanValues(), c.cycleGaps(), orNull(c.firstCycle()),
                orNull(c.lastCycle()), orNull(ci[0]), orNull(ci[1]), orNull(relax[0]), orNull(relax[1]),
                String.join(" | ", c.warnings())});
        }
        for (String note : notes) {
            rows.add(new Object[] {"", "", "", 0, 0, 0, "", "", 0, 0, null, null, null, null, null, null, note});
        }
        return rows;
    }

    private static Integer orNull(int v) {
        return v == Integer.MIN_VALUE || v < 0 ? null : v;
    }
}
