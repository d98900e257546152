package org.imodel.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** {@code --data} of the model commands, and the parsing of their comma-separated cell lists. */
final class DataOptions {

    @Option(names = "--data", required = true, paramLabel = "<folder|file>", description = "Published per-cycle"
            + " files or canonical per-cycle tables holding the cells.")
    Path data;

    /**
     * @param given the values of a cell-list option (picocli splits at commas)
     * @return the ids, blanks dropped
     */
    static List<String> cells(List<String> given) {
        List<String> cells = new ArrayList<>();
        if (given != null) {
            for (String part : given) {
                if (!part.isBlank()) {
                    cells.add(part.strip());
                }
            }
        }
        return cells;
    }
}
