package org.imodel.core.qc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.imodel.core.data.CycleRecord;

/** Quality-control figures of one cell (one source), filled while the cell is read. */
public final class CellQc {

    private final String cellId;
    private final String sourceFile;
    private String family = "";
    private String units = "";
    private long rowsRead;
    private long rowsKept;
    private final Map<String, Integer> dropped = new TreeMap<>();
    private long nanValues;
    private int cycleGaps;
    private int firstCycle = Integer.MIN_VALUE;
    private int lastCycle = Integer.MIN_VALUE;
    private int ciMin = Integer.MAX_VALUE;
    private int ciMax = -1;
    private int relaxMin = Integer.MAX_VALUE;
    private int relaxMax = -1;
    private final Set<String> warnings = new LinkedHashSet<>();
    private final List<String> skippedExamples = new ArrayList<>();
    private long skippedRows;
    private final Set<String> skippedReasons = new TreeSet<>();

    CellQc(String cellId, String sourceFile) {
        this.cellId = cellId;
        this.sourceFile = sourceFile;
    }

    void read(long rows) {
        rowsRead += rows;
    }

    void kept(CycleRecord r) {
        rowsKept++;
        family = r.family();
        if (lastCycle != Integer.MIN_VALUE && r.cycle() > lastCycle + 1) {
            cycleGaps++;
        }
        if (firstCycle == Integer.MIN_VALUE) {
            firstCycle = r.cycle();
        }
        lastCycle = r.cycle();
        nanValues += nonFinite(r.chargeCurrent()) + nonFinite(r.dischargeCurrent()) + nonFinite(r.temperature())
                + nonFinite(r.dischargeCapacity()) + nonFinite(r.ci()) + nonFinite(r.relaxationVoltage());
        ciMin = Math.min(ciMin, r.ci().length);
        ciMax = Math.max(ciMax, r.ci().length);
        relaxMin = Math.min(relaxMin, r.relaxationVoltage().length);
        relaxMax = Math.max(relaxMax, r.relaxationVoltage().length);
    }

    void drop(String reason, int count) {
        dropped.merge(reason, count, Integer::sum);
    }

    void skipped(String reason, String message) {
        drop(reason, 1);
        skippedReasons.add(reason);
        skippedRows++;
        if (skippedExamples.size() < QcReport.SKIPPED_EXAMPLES) {
            skippedExamples.add(message);
        }
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void units(String text) {
        units = text;
    }

    private static int nonFinite(double v) {
        return Double.isFinite(v) ? 0 : 1;
    }

    private static int nonFinite(double[] values) {
        int n = 0;
        for (double v : values) {
            n += nonFinite(v);
        }
        return n;
    }

    /** @return cell id */
    public String cellId() {
        return cellId;
    }

    /** @return source file */
    public String sourceFile() {
        return sourceFile;
    }

    /** @return dataset family of the kept rows */
    public String family() {
        return family;
    }

    /** @return how units were detected or converted, e.g. "capacity mAh -> Ah" */
    public String units() {
        return units;
    }

    /** @return data rows read */
    public long rowsRead() {
        return rowsRead;
    }

    /** @return rows written to the per-cycle table */
    public long rowsKept() {
        return rowsKept;
    }

    /** @return dropped rows by reason */
    public Map<String, Integer> dropped() {
        return Collections.unmodifiableMap(dropped);
    }

    /** @return total dropped rows */
    public int droppedTotal() {
        return dropped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return NaN or infinite values in the kept rows (scalars and list elements) */
    public long nanValues() {
        return nanValues;
    }

    /** @return places where the cycle number jumps by more than one */
    public int cycleGaps() {
        return cycleGaps;
    }

    /** @return first kept cycle, or Integer.MIN_VALUE when none */
    public int firstCycle() {
        return firstCycle;
    }

    /** @return last kept cycle, or Integer.MIN_VALUE when none */
    public int lastCycle() {
        return lastCycle;
    }

    /** @return shortest and longest CI curve, or {-1,-1} when none */
    public int[] ciLengths() {
        return ciMax < 0 ? new int[] {-1, -1} : new int[] {ciMin, ciMax};
    }

    /** @return shortest and longest relaxation trace, or {-1,-1} when none */
    public int[] relaxationLengths() {
        return relaxMax < 0 ? new int[] {-1, -1} : new int[] {relaxMin, relaxMax};
    }

    /** @return rows left out because of a bad value (skip mode) */
    public long skippedRows() {
        return skippedRows;
    }

    /** @return the messages of the first few rows left out because of a bad value */
    public List<String> skippedExamples() {
        return List.copyOf(skippedExamples);
    }

    /** @return warnings, in the order first raised; skipped bad rows first, with the first few named */
    public List<String> warnings() {
        List<String> all = new ArrayList<>();
        if (skippedRows > 0) {
            all.add(skippedRows + " row(s) with bad values skipped (" + String.join("; ", skippedReasons)
                    + "); first: " + String.join(" / ", skippedExamples));
        }
        all.addAll(warnings);
        return all;
    }
}
