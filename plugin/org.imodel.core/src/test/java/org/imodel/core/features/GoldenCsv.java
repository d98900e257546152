package org.imodel.core.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A reference CSV (header + rows, plain comma-separated, no quoting) with text and numeric access. */
final class GoldenCsv {

    final List<String> header;
    final List<String[]> rows = new ArrayList<>();

    private GoldenCsv(List<String> header) {
        this.header = header;
    }

    static GoldenCsv read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            GoldenCsv csv = new GoldenCsv(Arrays.asList(in.readLine().split(",", -1)));
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    csv.rows.add(line.split(",", -1));
                }
            }
            return csv;
        }
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    double number(int row, String column) {
        return Double.parseDouble(rows.get(row)[column(column)]);
    }

    String text(int row, String column) {
        return rows.get(row)[column(column)];
    }

    /** @return values of columns prefix0 .. prefix(n-1) of a row */
    double[] vector(int row, String prefix, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = number(row, prefix + i);
        }
        return v;
    }

    /** @return how many columns prefix0, prefix1, ... exist */
    int count(String prefix) {
        int n = 0;
        while (header.contains(prefix + n)) {
            n++;
        }
        return n;
    }
}
