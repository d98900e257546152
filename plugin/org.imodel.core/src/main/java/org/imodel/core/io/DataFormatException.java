package org.imodel.core.io;

import java.nio.file.Path;

/**
 * Bad input data: the message names the file, the line (1-based, counting the header), the column and what to
 * do about it. Readers throw it instead of guessing; what was read before the bad line is kept by the caller.
 */
public final class DataFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String column;

    /**
     * @param file the file (or table name) the data came from
     * @param line 1-based line number, the header being line 1; 0 when not about one line
     * @param column column name, or null when not about one column
     * @param problem what is wrong and what to do
     */
    public DataFormatException(String file, long line, String column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /**
     * @param file the file
     * @param line 1-based line number (header = 1), 0 when not about one line
     * @param column column name or null
     * @param problem what is wrong and what to do
     */
    public DataFormatException(Path file, long line, String column, String problem) {
        this(file.toString(), line, column, problem);
    }

    private static String format(String file, long line, String column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column != null) {
            sb.append(", column '").append(column).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** @return the file (or table) name */
    public String file() {
        return file;
    }

    /** @return the 1-based line, 0 when not about one line */
    public long line() {
        return line;
    }

    /** @return the column name, or null */
    public String column() {
        return column;
    }
}
