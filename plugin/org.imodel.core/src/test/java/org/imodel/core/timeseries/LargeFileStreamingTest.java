package org.imodel.core.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A generated ~100 MB time series is converted in bounded memory: the live heap does not grow with the file. */
class LargeFileStreamingTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void hundredMegabytesStreamWithBoundedMemory() throws Exception {
        Path big = dir.resolve("big.csv");
        SyntheticCell cell = new SyntheticCell();
        cell.capacity = c -> 2.0 - 1e-5 * c;
        long[] chars = {0};
        int cycles = 0;
        long start = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write(SyntheticCell.HEADER + "\n");
            StringBuilder sb = new StringBuilder(64);
            while (chars[0] < 100_000_000L) {
                cycles++;
                cell.cycle(cycles, r -> {
                    sb.setLength(0);
                    sb.append(Math.round(r[0] * 1000) / 1000.0).append(',').append((int) r[1]).append(',')
                            .append((int) r[2]).append(',').append(r[3]).append(',')
                            .append(Math.round(r[4] * 1e5) / 1e5).append(',').append(Math.round(r[5] * 1e6) / 1e6)
                            .append(',').append(Math.round(r[6] * 1e6) / 1e6).append(',').append(r[7]).append('\n');
                    w.append(sb);
                    chars[0] += sb.length();
                });
            }
        }
        long size = Files.size(big);
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        assertTrue(size >= 100_000_000L, "file is " + size + " bytes");

        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long[] peak = {0};
        int[] count = {0};
        double[] last = {0};
        List<Double> progress = new ArrayList<>();
        start = System.nanoTime();
        CyclerFileConverter.Result result = CyclerFileConverter.convert(big, ExtractionSettings.defaults(), null,
                new QcReport(), new Progress() {
                    @Override
                    public void report(double fraction, String message) {
                        progress.add(fraction);
                    }

                    @Override
                    public void checkCancelled() {
                        // never
                    }
                }, r -> {
                    last[0] = r.dischargeCapacity();
                    if (++count[0] % 1000 == 0) {
                        System.gc();
                        peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                    }
                });
        double readSeconds = (System.nanoTime() - start) / 1e9;
        long grown = Math.max(0, peak[0] - before);
        System.out.printf("streamed %.1f MB time series: %d samples, %d cycles in %.1f s (written in %.1f s), live"
                + " heap grew by at most %d MiB%n", size / 1e6, result.samples(), count[0], readSeconds, writeSeconds,
                grown >> 20);
        assertEquals(cycles, count[0]);
        assertEquals(cycles, result.rows());
        assertEquals(2.0 - 1e-5 * cycles, last[0], 1e-6);
        assertTrue(progress.size() > 100, "progress reported while reading");
        assertTrue(grown < size / 10, "live heap grew by " + grown + " bytes for a " + size + "-byte file");
    }
}
