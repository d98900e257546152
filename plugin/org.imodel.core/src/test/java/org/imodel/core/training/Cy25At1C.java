package org.imodel.core.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.testing.SharedData;

/**
 * UL-NCA CY25-1_1 from the shared folder on the reference's coded split: training #1-#5, validation #6, test #7,
 * #8, #9 (the calling test is skipped when the folder is absent).
 */
final class Cy25At1C {

    static final List<String> TRAIN = List.of("CY25-1_1-#1", "CY25-1_1-#2", "CY25-1_1-#3", "CY25-1_1-#4",
            "CY25-1_1-#5");
    static final List<String> VALIDATION = List.of("CY25-1_1-#6");
    static final List<String> TEST = List.of("CY25-1_1-#7", "CY25-1_1-#8", "CY25-1_1-#9");

    private Cy25At1C() {
    }

    /** @return the per-cycle rows of the condition's cells */
    static List<CycleRecord> rows() throws Exception {
        Path data = SharedData.require("data/UL-NCA");
        List<CycleRecord> rows = new ArrayList<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(data, new QcReport(), r -> {
            if (r.cellId().startsWith("CY25-1_1-#")) {
                rows.add(r);
            }
        }, Progress.NONE);
        return rows;
    }

    /** @return the rows of the test cells, cell by cell in {@link #TEST} order */
    static List<CycleRecord> testRows(List<CycleRecord> rows) {
        List<CycleRecord> test = new ArrayList<>();
        for (String c : TEST) {
            rows.stream().filter(r -> r.cellId().equals(c)).forEach(test::add);
        }
        return test;
    }
}
