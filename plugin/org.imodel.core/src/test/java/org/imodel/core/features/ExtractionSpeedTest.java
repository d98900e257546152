package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Prints how fast features are extracted for the whole shared LSD folder (a printed figure, not an assertion). */
class ExtractionSpeedTest {

    @Test
    void lsdFolder() throws Exception {
        Path lsd = SharedData.require("data/LSD");
        List<CycleRecord> rows = new ArrayList<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(lsd, new QcReport(), rows::add, Progress.NONE);
        assertEquals(31_393, rows.size());
        FeatureExtractor extractor = new FeatureExtractor(FeatureSettings.forFamily("LSD", 20));
        long best = Long.MAX_VALUE;
        double check = 0;
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            for (CycleRecord r : rows) {
                check += extractor.extract(r).features()[6];
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        double ms = best / 1e6;
        System.out.printf(Locale.ROOT, "feature extraction, LSD folder: %d rows in %.1f ms (best of 5) = %.1f ms per"
                + " 10 000 rows, %.2f us per row (checksum %.3f)%n", rows.size(), ms, ms * 10_000 / rows.size(),
                best / 1e3 / rows.size(), check);
    }
}
