package org.imodel.core.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;

/**
 * One cell's discharge-capacity series in row order, the only input of the history baselines.
 *
 * @param cellId the cell's id in the outputs: its {@code cell_id}, or {@code <dataset>/<cell_id>} when the same id
 *        occurs in more than one dataset family (the published UL-NCA, UL-NCM and UL-NCMNCA folders all hold a
 *        {@code CY25-05_1-#1})
 * @param dataset dataset family of the rows, e.g. {@code UL-NCA}
 * @param cycles cycle of each row
 * @param capacityAh discharge capacity of each row (Ah)
 */
public record CellSeries(String cellId, String dataset, int[] cycles, double[] capacityAh) {

    /** @return the number of rows */
    public int rows() {
        return cycles.length;
    }

    /**
     * Groups rows by dataset family and cell id, in order of first appearance (rows of a cell in the given order).
     *
     * @param rows per-cycle rows of any cells
     * @return one series per cell
     * @throws DataFormatException naming file, line and column of a capacity that is missing, infinite or not
     *         positive
     */
    public static List<CellSeries> of(List<CycleRecord> rows) throws DataFormatException {
        Map<String, List<CycleRecord>> byKey = new LinkedHashMap<>();
        for (CycleRecord r : rows) {
            double c = r.dischargeCapacity();
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new DataFormatException(r.sourceFile(), r.sourceLine(), "discharge_capacity_ah", "cell "
                        + r.cellId() + ", cycle " + r.cycle() + ": the capacity " + c + " Ah is not a positive"
                        + " number; the baselines forecast from the capacity history. Fix or remove the row.");
            }
            byKey.computeIfAbsent(r.family() + "\u0000" + r.cellId(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Set<String>> familiesOfId = new HashMap<>();
        for (List<CycleRecord> cell : byKey.values()) {
            familiesOfId.computeIfAbsent(cell.get(0).cellId(), k -> new LinkedHashSet<>()).add(cell.get(0).family());
        }
        List<CellSeries> out = new ArrayList<>();
        for (List<CycleRecord> cell : byKey.values()) {
            CycleRecord first = cell.get(0);
            String id = familiesOfId.get(first.cellId()).size() > 1 ? first.family() + "/" + first.cellId()
                    : first.cellId();
            int[] cycles = new int[cell.size()];
            double[] capacity = new double[cell.size()];
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = cell.get(i).cycle();
                capacity[i] = cell.get(i).dischargeCapacity();
            }
            out.add(new CellSeries(id, first.family(), cycles, capacity));
        }
        return out;
    }

    /**
     * @param all series of the data
     * @param wanted cell ids (plain or {@code <dataset>/<cell_id>}), in the order wanted; empty for all
     * @return the series of the wanted cells, in the order given (a plain id names all datasets' cells of that id)
     * @throws IllegalArgumentException naming ids the data do not hold
     */
    public static List<CellSeries> select(List<CellSeries> all, List<String> wanted) {
        if (wanted.isEmpty()) {
            return all;
        }
        List<CellSeries> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : new LinkedHashSet<>(wanted)) {
            List<CellSeries> match = all.stream()
                    .filter(s -> s.cellId().equals(id) || s.cellId().equals(s.dataset() + "/" + id)).toList();
            if (match.isEmpty()) {
                missing.add(id);
            }
            for (CellSeries s : match) {
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<String> known = all.stream().map(CellSeries::cellId).toList();
            throw new IllegalArgumentException("cell(s) " + missing + " are not in the data; the data have "
                    + (known.size() <= 10 ? known : known.subList(0, 10) + " and " + (known.size() - 10) + " more")
                    + ". Use cell ids as in the cell_id column.");
        }
        return out;
    }
}
