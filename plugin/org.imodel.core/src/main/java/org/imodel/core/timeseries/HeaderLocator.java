package org.imodel.core.timeseries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.DelimitedRecords;

/**
 * Finds the header of a delimited export: the first of the first {@value #MAX_LINES} lines that, split at a tab,
 * ';' or ',', maps time, current and voltage (and every column the user mapped). Metadata lines before it, like
 * the three lines of a Maccor text export, are skipped.
 */
final class HeaderLocator {

    static final int MAX_LINES = 100;
    private static final char[] DELIMITERS = {'\t', ';', ','};

    /**
     * @param lineIndex 0-based physical line of the header
     * @param delimiter the field delimiter
     * @param header the header fields
     * @param resolution the role mapping
     */
    record Located(int lineIndex, char delimiter, String[] header, TimeSeriesColumns.Resolution resolution) {
    }

    private HeaderLocator() {
    }

    static Located locate(BufferedReader in, String file, ColumnMapping mapping)
            throws IOException, DataFormatException {
        TimeSeriesColumns.Resolution best = null;
        String[] bestHeader = null;
        int bestLine = -1;
        int bestScore = -1;
        boolean anyText = false;
        for (int i = 0; i < MAX_LINES; i++) {
            String text = in.readLine();
            if (text == null) {
                break;
            }
            if (text.isBlank()) {
                continue;
            }
            anyText = true;
            for (char d : order(text)) {
                String[] fields = split(text, d, file);
                if (fields.length < 3) {
                    continue;
                }
                TimeSeriesColumns.Resolution r = TimeSeriesColumns.resolve(fields, mapping);
                if (r.complete()) {
                    return new Located(i, d, fields, r);
                }
                int score = r.columns().size() * 10 - r.missing().size();
                if (score > bestScore) {
                    bestScore = score;
                    best = r;
                    bestHeader = fields;
                    bestLine = i;
                }
            }
        }
        if (!anyText) {
            throw new DataFormatException(file, 0, null, "the file is empty. Expected a header line naming the"
                    + " time, current and voltage columns, followed by one data row per sample; export the data"
                    + " again or pick the right file.");
        }
        if (best == null) {
            throw new DataFormatException(file, 1, null, "no header found: none of the first " + MAX_LINES
                    + " lines has at least three fields separated by a tab, ';' or ','. Export the data as"
                    + " delimited text (CSV or tab-separated) with a header line.");
        }
        String missing = best.missing().get(0);
        String roleLabel = missing.contains(" '") ? missing.substring(0, missing.indexOf(" '")) : missing;
        TimeSeriesRole role = Arrays.stream(TimeSeriesRole.values()).filter(r -> r.label().equals(roleLabel))
                .findFirst().orElse(TimeSeriesRole.TIME);
        String problem;
        if (missing.contains(" '")) {
            problem = "the column mapped as " + missing + " is not in the header. The header has: "
                    + Arrays.toString(bestHeader) + ". Correct the column mapping.";
        } else {
            problem = "no " + role.label() + " column: no header name matches one of " + display(role)
                    + " (with or without a unit such as '(A)', '/mA' or '_ampere'). The header has: "
                    + Arrays.toString(bestHeader) + ". Rename the column or choose it in the column mapping"
                    + (best.missing().size() > 1 ? "; also missing: " + best.missing().subList(1,
                            best.missing().size()) : "") + ".";
        }
        throw new DataFormatException(file, bestLine + 1, missing, problem);
    }

    private static String display(TimeSeriesRole role) {
        return TimeSeriesColumns.candidates(role).stream().collect(Collectors.joining(", ", "[", "]"));
    }

    /** @return the delimiters present in the line, most frequent first */
    private static List<Character> order(String text) {
        List<Character> present = new ArrayList<>();
        for (char d : DELIMITERS) {
            if (text.indexOf(d) >= 0) {
                present.add(d);
            }
        }
        present.sort((a, b) -> Long.compare(count(text, b), count(text, a)));
        return present;
    }

    private static long count(String text, char d) {
        return text.chars().filter(c -> c == d).count();
    }

    private static String[] split(String text, char d, String file) throws IOException, DataFormatException {
        try (DelimitedRecords r = new DelimitedRecords(new StringReader(text), d, file)) {
            String[] f = r.next();
            return f == null ? new String[0] : f;
        } catch (DataFormatException e) {
            return new String[0];
        }
    }
}
