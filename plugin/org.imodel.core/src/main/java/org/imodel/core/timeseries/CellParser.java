package org.imodel.core.timeseries;

import java.util.Locale;

import org.imodel.core.io.DataFormatException;

/**
 * Parses the cells of one export: numbers (with a decimal comma when the delimiter is not a comma), clock times
 * ("0d 00:00:05.05", "1:02:03.5") and integers. Every failure is a {@link DataFormatException} naming the file,
 * line and column and saying what to do.
 */
final class CellParser {

    /** Result marker of {@link #number} for an empty or NaN cell of an optional column. */
    static final double MISSING = Double.NaN;

    private final String file;
    private final char delimiter;

    CellParser(String file, char delimiter) {
        this.file = file;
        this.delimiter = delimiter;
    }

    /**
     * @param row the fields
     * @param c the column
     * @param required true for time, current and voltage: empty, NaN and infinite cells are errors
     * @param line 1-based file line
     * @return the value in the column's own unit, or NaN for a missing optional value
     * @throws DataFormatException on a malformed cell
     */
    double number(String[] row, MappedColumn c, boolean required, long line) throws DataFormatException {
        String s = cell(row, c, required, line);
        if (s == null) {
            return MISSING;
        }
        double v = parse(s);
        if (Double.isNaN(v) && !isNanText(s)) {
            throw new DataFormatException(file, line, c.name(), "'" + DataFormatException.echo(s)
                    + "' is not a number. Correct or delete"
                    + " the row, or map another column to the " + c.role().label() + ".");
        }
        if (!Double.isFinite(v)) {
            if (required) {
                throw new DataFormatException(file, line, c.name(), "'" + DataFormatException.echo(s)
                        + "' is not a finite number (NaN or"
                        + " infinity); the " + c.role().label() + " is required on every row. Delete the row or"
                        + " correct the value in the export.");
            }
            return MISSING;
        }
        return v;
    }

    /**
     * @param row the fields
     * @param c the time column
     * @param line 1-based line
     * @return seconds: clock cells are converted, plain numbers are multiplied by the column's unit factor
     * @throws DataFormatException on a malformed cell
     */
    double time(String[] row, MappedColumn c, long line) throws DataFormatException {
        String s = cell(row, c, true, line);
        if (s.indexOf(':') >= 0) {
            double v = clock(s);
            if (Double.isNaN(v)) {
                throw new DataFormatException(file, line, c.name(), "'" + DataFormatException.echo(s)
                        + "' is neither a number nor a"
                        + " duration such as '1d 02:03:04.5' or '02:03:04'. Map the test time (elapsed time) column,"
                        + " not a date or clock time.");
            }
            return v;
        }
        return c.unit().apply(number(row, c, true, line));
    }

    /**
     * @param row the fields
     * @param c a cycle or step column
     * @param line 1-based line
     * @return the integer, or {@link TimeSample#UNKNOWN_INT} for an empty cell
     * @throws DataFormatException when the cell is not a whole number
     */
    int integer(String[] row, MappedColumn c, long line) throws DataFormatException {
        String s = cell(row, c, false, line);
        if (s == null) {
            return TimeSample.UNKNOWN_INT;
        }
        double v = parse(s);
        if (!Double.isFinite(v) || v != Math.rint(v) || Math.abs(v) > 1e9) {
            throw new DataFormatException(file, line, c.name(), "'" + DataFormatException.echo(s) + "' is not a whole "
                    + c.role().label() + " number. Correct the row or map another column as the "
                    + c.role().label() + ".");
        }
        return (int) v;
    }

    /**
     * @param row the fields
     * @param c the state column
     * @param line 1-based line
     * @return the first letter in upper case, or ' ' when empty
     */
    char state(String[] row, MappedColumn c, long line) throws DataFormatException {
        String s = cell(row, c, false, line);
        return s == null ? ' ' : Character.toUpperCase(s.charAt(0));
    }

    private String cell(String[] row, MappedColumn c, boolean required, long line) throws DataFormatException {
        if (c.index() >= row.length) {
            if (!required) {
                return null;
            }
            throw new DataFormatException(file, line, c.name(), "the row has only " + row.length + " fields, so"
                    + " the " + c.role().label() + " (field " + (c.index() + 1) + ") is missing. The row is"
                    + " truncated: delete it or export the file again.");
        }
        String s = row[c.index()].strip();
        if (s.isEmpty()) {
            if (required) {
                throw new DataFormatException(file, line, c.name(), "the cell is empty; the " + c.role().label()
                        + " is required on every row. Delete the row or fill in the value.");
            }
            return null;
        }
        return s;
    }

    /** @return the number, NaN when unparseable (callers tell NaN text from garbage with isNanText) */
    private double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            String l = s.toLowerCase(Locale.ROOT);
            if (l.equals("inf") || l.equals("+inf") || l.equals("infinity") || l.equals("+infinity")) {
                return Double.POSITIVE_INFINITY;
            }
            if (l.equals("-inf") || l.equals("-infinity")) {
                return Double.NEGATIVE_INFINITY;
            }
            if (delimiter != ',' && s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
                try {
                    return Double.parseDouble(s.replace(',', '.'));
                } catch (NumberFormatException e2) {
                    return Double.NaN;
                }
            }
            return Double.NaN;
        }
    }

    private static boolean isNanText(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.equals("nan") || l.equals("-nan") || l.equals("+nan");
    }

    /**
     * @param s "[N d[ays][,]] [h:]m:s[.f]"
     * @return seconds, or NaN when malformed
     */
    static double clock(String s) {
        String t = s.strip();
        double days = 0;
        int d = t.toLowerCase(Locale.ROOT).indexOf('d');
        if (d > 0) {
            try {
                days = Double.parseDouble(t.substring(0, d).strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
            t = t.substring(d + 1).replaceFirst("^(?i)(ays?)?[,\\s]*", "");
        }
        String[] parts = t.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return Double.NaN;
        }
        double total = 0;
        try {
            for (String p : parts) {
                double v = Double.parseDouble(p.strip());
                if (!(v >= 0)) {
                    return Double.NaN;
                }
                total = total * 60 + v;
            }
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return days * 86400 + total;
    }
}
