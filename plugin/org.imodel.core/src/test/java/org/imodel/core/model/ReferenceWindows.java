package org.imodel.core.model;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.PublishedFileReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

/**
 * The test windows of a reference inference file ({@code reference/inference/test_<condition>.csv}) with their
 * expert inputs read from the published UL data files.
 */
final class ReferenceWindows {

    /** One window: inputs and the reference outputs (all float32 values as in the file). */
    record Window(String file, int startRow, float[] ci, float[] features, float[][] scenario, float[] logits,
            float[] gates, float[] predictions, float[] targets) {
    }

    private ReferenceWindows() {
    }

    /**
     * @param csv the test_*.csv
     * @param dataDir folder holding the UL-NCA files named in the csv
     * @return the windows in file order
     */
    static List<Window> read(Path csv, Path dataDir) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int horizon = (int) header.stream().filter(h -> h.startsWith("pred")).count();
        Map<String, Map<Integer, float[]>> curves = new HashMap<>();
        List<Window> windows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            String file = f[0];
            int row = Integer.parseInt(f[1]);
            Map<Integer, float[]> fileCurves = curves.computeIfAbsent(file, name -> readCurves(dataDir.resolve(name)));
            float[] ci = fileCurves.get(row);
            assertNotNull(ci, file + " row " + row);
            float charge = value(f, header, "charge");
            float discharge = value(f, header, "discharge");
            float temperature = value(f, header, "temperature");
            float[][] scenario = new float[horizon][];
            for (int t = 0; t < horizon; t++) {
                scenario[t] = new float[] {charge, discharge, temperature};
            }
            windows.add(new Window(file, row, ci, values(f, header, "sf", 12), scenario,
                    values(f, header, "logit", 5), values(f, header, "gate", 5), values(f, header, "pred", horizon),
                    values(f, header, "target", horizon)));
        }
        return windows;
    }

    /** Expert input of every row of a UL file: (float) (CI mAh / 1000), by 0-based data row. */
    private static Map<Integer, float[]> readCurves(Path file) {
        Map<Integer, float[]> byRow = new HashMap<>();
        try {
            new PublishedFileReader(ReadOptions.DEFAULTS).read(file, new QcReport(), (CycleRecord r) -> {
                float[] ci = new float[r.ci().length];
                for (int j = 0; j < ci.length; j++) {
                    ci[j] = (float) r.ci()[j];
                }
                byRow.put((int) (r.sourceLine() - 2), ci);
            }, Progress.NONE);
        } catch (IOException | org.imodel.core.io.DataFormatException
                | org.imodel.core.progress.CancelledException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return byRow;
    }

    private static float value(String[] f, List<String> header, String column) {
        return (float) Double.parseDouble(f[header.indexOf(column)]);
    }

    private static float[] values(String[] f, List<String> header, String prefix, int n) {
        float[] v = new float[n];
        int first = header.indexOf(prefix + "0");
        for (int i = 0; i < n; i++) {
            v[i] = (float) Double.parseDouble(f[first + i]);
        }
        return v;
    }

    static float[][] column(List<Window> windows, java.util.function.Function<Window, float[]> f) {
        return windows.stream().map(f).toArray(float[][]::new);
    }
}
