package org.imodel.core.eval;

import java.io.IOException;
import java.util.List;

import org.imodel.core.io.DataFormatException;

/**
 * A table read row by row with values looked up by column index: a CSV file for the command line, a KNIME table
 * for the nodes. Errors name the table, the current row and the column.
 */
public interface TableRows {

    /** @return the table's name for messages (a file, or a node's input port) */
    String name();

    /** @return the column names, in order */
    List<String> columns();

    /**
     * @return whether there is a next row (which becomes the current one)
     * @throws IOException on read errors
     * @throws DataFormatException when the row cannot be read
     */
    boolean next() throws IOException, DataFormatException;

    /**
     * @param column column index
     * @return the current row's text, or null when missing
     */
    String text(int column);

    /**
     * @param column column index
     * @return the current row's number; NaN when missing
     * @throws DataFormatException when the value is not a number
     */
    double number(int column) throws DataFormatException;

    /**
     * @param column column index
     * @return the current row's list of numbers (NaN for missing elements), or null when the value is missing
     * @throws DataFormatException when the value is not a list of numbers
     */
    double[] list(int column) throws DataFormatException;

    /**
     * @param column column name, or null when the problem is not about one column
     * @param problem what is wrong and what to do
     * @return an error naming the table, the current row and the column
     */
    DataFormatException error(String column, String problem);

    /**
     * @param name a column name
     * @return its index, or -1 when the table has no such column
     */
    default int index(String name) {
        return columns().indexOf(name);
    }
}
