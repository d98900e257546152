package org.imodel.core.features;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.PublishedFileReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

/** Reads the published files of coded splits from the shared data folder. */
final class SharedCells {

    private SharedCells() {
    }

    /** @return the rows of one published file */
    static List<CycleRecord> read(Path file) throws IOException {
        List<CycleRecord> list = new ArrayList<>();
        try {
            new PublishedFileReader(ReadOptions.DEFAULTS).read(file, new QcReport(), list::add, Progress.NONE);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        return list;
    }

    /** @return rows of UL files {@code <condition>-#<n>.csv}, in the given order */
    static List<CycleRecord> ul(Path data, String family, String condition, int... cells) throws IOException {
        List<CycleRecord> rows = new ArrayList<>();
        for (int n : cells) {
            rows.addAll(read(data.resolve(family).resolve(condition + "-#" + n + ".csv")));
        }
        return rows;
    }

    /** @return rows of LSD files {@code <n>.csv}, in the given order */
    static List<CycleRecord> lsd(Path data, int... cells) throws IOException {
        List<CycleRecord> rows = new ArrayList<>();
        for (int n : cells) {
            rows.addAll(read(data.resolve("LSD").resolve(n + ".csv")));
        }
        return rows;
    }

    /** @return 1..to */
    static int[] range(int from, int to) {
        int[] r = new int[to - from + 1];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] all = new int[n];
        int k = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, all, k, p.length);
            k += p.length;
        }
        return all;
    }
}
