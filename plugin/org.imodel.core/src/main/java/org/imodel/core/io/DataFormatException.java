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

    /** Echoed file content is cut to about this many characters. */
    public static final int ECHO_CHARS = 200;

    /** A message longer than this keeps its start and its end (the advice), cut in the middle. */
    static final int MAX_PROBLEM_CHARS = 2000;

    /**
     * @param text content of the file to quote in a message
     * @return the text, cut to about {@value #ECHO_CHARS} characters (with the full length noted) when longer
     */
    public static String echo(String text) {
        if (text == null || text.length() <= ECHO_CHARS) {
            return text;
        }
        return text.substring(0, ECHO_CHARS) + "... (" + text.length() + " characters)";
    }

    private static String format(String file, long line, String column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column != null) {
            sb.append(", column '").append(echo(column)).append('\'');
        }
        String p = problem.length() <= MAX_PROBLEM_CHARS ? problem
                : problem.substring(0, MAX_PROBLEM_CHARS / 2) + " [...] "
                        + problem.substring(problem.length() - MAX_PROBLEM_CHARS / 4);
        return sb.append(": ").append(p).toString();
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
