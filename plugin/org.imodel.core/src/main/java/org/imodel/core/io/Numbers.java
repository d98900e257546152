package org.imodel.core.io;

/**
 * Strict parsing of one number as written in our input files: plain decimal notation (exponents allowed),
 * {@code nan}/{@code NaN} and empty text as NaN, {@code inf}/{@code -inf}/{@code Infinity} as infinities. Java's
 * own parser would also accept hex, {@code 1d} or {@code 1f}; those are rejected here.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * @param text the text
     * @return the value, or null when the text is not a number
     */
    public static Double parseOrNull(String text) {
        String t = text.strip();
        switch (t) {
            case "":
            case "nan":
            case "NaN":
                return Double.NaN;
            case "inf":
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param text the text
     * @param file file for the message
     * @param line line for the message
     * @param column column for the message
     * @return the value
     * @throws DataFormatException when the text is not a number
     */
    public static double parse(String text, String file, long line, String column) throws DataFormatException {
        Double v = parseOrNull(text);
        if (v == null) {
            throw new DataFormatException(file, line, column, "'" + DataFormatException.echo(text.strip())
                    + "' is not a number. Fix the value"
                    + " or remove the row (or let the reader skip bad rows).");
        }
        return v;
    }
}
