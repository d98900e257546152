package org.imodel.core.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

/** Reading the rows of named cells for the model commands. */
final class CliData {

    private CliData() {
    }

    /**
     * Reads a file or folder (published files or canonical per-cycle tables) and keeps the rows of the named cells,
     * ordered as the names are (rows of a cell in file order).
     *
     * @param data file or folder
     * @param cells the cells to keep
     * @return their rows
     * @throws IllegalArgumentException naming cells the data does not hold
     */
    static List<CycleRecord> read(Path data, Collection<String> cells) throws IOException, DataFormatException,
            CancelledException {
        Set<String> wanted = new LinkedHashSet<>(cells);
        Map<String, List<CycleRecord>> byCell = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(data, new QcReport(), r -> {
            seen.add(r.cellId());
            if (wanted.contains(r.cellId())) {
                byCell.computeIfAbsent(r.cellId(), k -> new ArrayList<>()).add(r);
            }
        }, Progress.NONE);
        List<String> missing = new ArrayList<>();
        List<CycleRecord> rows = new ArrayList<>();
        for (String c : wanted) {
            List<CycleRecord> r = byCell.get(c);
            if (r == null) {
                missing.add(c);
            } else {
                rows.addAll(r);
            }
        }
        if (!missing.isEmpty()) {
            List<String> known = new ArrayList<>(seen);
            throw new IllegalArgumentException(data + " holds no rows of cell(s) " + missing + "; it holds "
                    + (known.size() <= 12 ? known : known.subList(0, 12) + " ... (" + known.size() + " cells)"));
        }
        return rows;
    }
}
