package org.imodel.core.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.imodel.core.io.OutputFiles;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.table.ColumnDef;

/** Writes a whole table as one staged CSV output of a command. */
final class CsvOutputs {

    private CsvOutputs() {
    }

    /**
     * @param files the command's outputs
     * @param file a declared output (or one inside a declared folder)
     * @param columns the columns
     * @param rows the rows, in column order
     * @throws IOException when writing fails
     */
    static void write(OutputFiles files, Path file, List<ColumnDef> columns, List<Object[]> rows) throws IOException {
        try (TableCsvWriter w = new TableCsvWriter(files.writer(file), columns)) {
            for (Object[] row : rows) {
                w.write(row);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
