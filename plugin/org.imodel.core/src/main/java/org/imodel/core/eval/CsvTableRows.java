package org.imodel.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.DelimitedRecords;
import org.imodel.core.io.ListParser;
import org.imodel.core.io.Numbers;
import org.imodel.core.io.TextFiles;

/**
 * A comma-separated file with a header line read as {@link TableRows}: empty fields are missing, lists are
 * bracketed ({@code [1.8, 1.79]}), numbers as {@link Numbers} reads them. Errors name the file, line and column.
 */
public final class CsvTableRows implements TableRows, AutoCloseable {

    private final String file;
    private final DelimitedRecords records;
    private final List<String> columns;
    private String[] row;

    /**
     * @param file a CSV file with a header line
     * @throws IOException when it cannot be read
     * @throws DataFormatException when it is empty
     */
    public CsvTableRows(Path file) throws IOException, DataFormatException {
        this.file = file.toString();
        this.records = new DelimitedRecords(TextFiles.open(file, true), ',', this.file);
        String[] header = records.next();
        if (header == null || header.length == 1 && header[0].isBlank()) {
            records.close();
            throw new DataFormatException(this.file, 0, null, "the file is empty. Give a CSV file with a header"
                    + " line.");
        }
        this.columns = Arrays.stream(header).map(String::strip).toList();
    }

    @Override
    public String name() {
        return file;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public boolean next() throws IOException, DataFormatException {
        do {
            row = records.next();
        } while (row != null && row.length == 1 && row[0].isBlank());
        if (row != null && row.length != columns.size()) {
            throw error(null, "the line has " + row.length + " fields but the header has " + columns.size()
                    + ". Give every line one field per column (quote fields that contain commas).");
        }
        return row != null;
    }

    @Override
    public String text(int column) {
        String v = row[column].strip();
        return v.isEmpty() ? null : v;
    }

    @Override
    public double number(int column) throws DataFormatException {
        return Numbers.parse(row[column], file, records.recordLine(), columns.get(column));
    }

    @Override
    public double[] list(int column) throws DataFormatException {
        String v = row[column].strip();
        return v.isEmpty() ? null : ListParser.parse(v, file, records.recordLine(), columns.get(column));
    }

    @Override
    public DataFormatException error(String column, String problem) {
        return new DataFormatException(file, row == null ? 0 : records.recordLine(), column, problem);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
