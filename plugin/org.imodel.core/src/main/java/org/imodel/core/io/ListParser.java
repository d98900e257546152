package org.imodel.core.io;

import java.util.Arrays;

/**
 * Strict parser of list text as written in the published per-cycle files: {@code [0.0, 23.01, 60.2]}. Numbers
 * are decimal (exponents allowed); {@code nan}, {@code inf} and {@code -inf} (as Python writes them) are read as
 * NaN and infinities so that the caller can count them. Anything else is an error that names the file, line and
 * column: nothing is evaluated.
 */
public final class ListParser {

    private ListParser() {
    }

    /**
     * @param text the field text
     * @param file file name for messages
     * @param line 1-based line number for messages
     * @param column column name for messages
     * @return the values (empty for {@code []})
     * @throws DataFormatException when the text is not a bracketed, comma-separated list of numbers
     */
    public static double[] parse(String text, String file, long line, String column) throws DataFormatException {
        String s = text.strip();
        if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            throw error(text, file, line, column, "it must be a list in square brackets, e.g. [0.0, 0.1, 0.2]");
        }
        double[] values = new double[16];
        int n = 0;
        int start = 1;
        int end = s.length() - 1;
        if (s.substring(1, end).isBlank()) {
            return new double[0];
        }
        while (start <= end) {
            int comma = s.indexOf(',', start);
            int stop = comma < 0 || comma > end ? end : comma;
            String token = s.substring(start, stop).strip();
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = number(token, text, file, line, column, n);
            start = stop + 1;
        }
        return Arrays.copyOf(values, n);
    }

    private static double number(String token, String text, String file, long line, String column, int position)
            throws DataFormatException {
        Double v = token.isEmpty() ? null : Numbers.parseOrNull(token);
        if (v == null) {
            throw error(text, file, line, column, "element " + position + " ('" + abbreviate(token)
                    + "') is not a number");
        }
        return v;
    }

    private static DataFormatException error(String text, String file, long line, String column, String what) {
        return new DataFormatException(file, line, column, "malformed list '" + abbreviate(text) + "': " + what
                + ". Fix or remove this row; lists must look like [0.0, 0.1, 0.2].");
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
