package org.imodel.core.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.DelimitedRecords;
import org.imodel.core.io.Numbers;
import org.imodel.core.io.TextFiles;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioTable;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;

/**
 * A scenario table read back from CSV (as {@code imodel scenarios} writes it; columns found by name, others
 * ignored), with the lines of each scenario for messages. Numbers must be finite, currents above 0; the row rules
 * are {@link ScenarioTable#read}'s.
 */
final class ScenarioFile {

    private final String file;
    private final List<Scenario> scenarios;
    private final Map<String, long[]> lines;

    private ScenarioFile(String file, List<Scenario> scenarios, Map<String, long[]> lines) {
        this.file = file;
        this.scenarios = scenarios;
        this.lines = lines;
    }

    /**
     * @param path the CSV file
     * @return its scenarios
     * @throws IOException when it cannot be read
     * @throws DataFormatException naming file, line and column of a bad value, a missing column or no rows
     */
    static ScenarioFile read(Path path) throws IOException, DataFormatException {
        String file = path.toString();
        List<Object[]> rows = new ArrayList<>();
        List<Long> rowLines = new ArrayList<>();
        try (DelimitedRecords in = new DelimitedRecords(TextFiles.open(path, true), ',', file)) {
            String[] header = in.next();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; header != null && i < header.length; i++) {
                index.putIfAbsent(header[i].strip(), i);
            }
            int[] at = new int[ScenarioTable.COLUMNS.size()];
            for (int c = 0; c < at.length; c++) {
                String name = ScenarioTable.COLUMNS.get(c).name();
                if (!index.containsKey(name)) {
                    throw new DataFormatException(file, 1, name, "the column is missing; a scenario table has the"
                            + " columns " + names() + ". Write one with imodel scenarios.");
                }
                at[c] = index.get(name);
            }
            String[] record;
            while ((record = in.next()) != null) {
                if (record.length == 1 && record[0].isBlank()) {
                    continue;
                }
                long line = in.recordLine();
                rows.add(row(record, at, file, line));
                rowLines.add(line);
            }
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(file, 0, null, "the scenario table has no rows. Write one with imodel"
                    + " scenarios.");
        }
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioTable.read(rows, i -> file + ", line " + rowLines.get(i));
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException(m.startsWith(file) ? m : file + ": " + m, e);
        }
        Map<String, long[]> lines = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            long line = rowLines.get(i);
            lines.merge(String.valueOf(rows.get(i)[0]), new long[] {line, line},
                    (a, b) -> new long[] {a[0], b[1]});
        }
        return new ScenarioFile(file, scenarios, lines);
    }

    private static Object[] row(String[] record, int[] at, String file, long line) throws DataFormatException {
        Object[] row = new Object[at.length];
        for (int c = 0; c < at.length; c++) {
            ColumnDef column = ScenarioTable.COLUMNS.get(c);
            if (at[c] >= record.length) {
                throw new DataFormatException(file, line, column.name(), "the row has " + record.length
                        + " field(s); the header has more. Give every row a value for each column.");
            }
            String text = record[at[c]];
            if (column.type() == ColumnType.STRING) {
                if (text.isBlank()) {
                    throw new DataFormatException(file, line, column.name(), "the value is empty. Give every row its"
                            + " " + column.name() + ".");
                }
                if (column.name().equals("current_unit")) {
                    try {
                        ScenarioUnit.parse(text);
                    } catch (IllegalArgumentException e) {
                        throw new DataFormatException(file, line, column.name(), e.getMessage() + ".");
                    }
                }
                row[c] = text.strip();
                continue;
            }
            double v = Numbers.parse(text, file, line, column.name());
            if (!Double.isFinite(v)) {
                throw new DataFormatException(file, line, column.name(), "'" + DataFormatException.echo(text.strip())
                        + "' is not a finite number. Give a number.");
            }
            if (column.type() == ColumnType.INT) {
                if (v != Math.rint(v)) {
                    throw new DataFormatException(file, line, column.name(), "'" + text.strip() + "' is not a whole"
                            + " number. Number each scenario's cycles 1, 2, 3, ...");
                }
                row[c] = (int) v;
            } else {
                if (column.name().endsWith("_current") && !(v > 0)) {
                    throw new DataFormatException(file, line, column.name(), "the current " + text.strip()
                            + " is not above 0. Give currents as positive magnitudes (a discharge current too).");
                }
                row[c] = v;
            }
        }
        return row;
    }

    private static List<String> names() {
        return ScenarioTable.COLUMNS.stream().map(ColumnDef::name).toList();
    }

    /** @return the file name */
    String file() {
        return file;
    }

    /** @return the scenarios, in order of first appearance */
    List<Scenario> scenarios() {
        return scenarios;
    }

    /**
     * @param s a scenario of this file
     * @return the line of its first row
     */
    long firstLine(Scenario s) {
        return lines.get(s.name())[0];
    }

    /**
     * @param s a scenario of this file
     * @return the line of its last row
     */
    long lastLine(Scenario s) {
        return lines.get(s.name())[1];
    }
}
