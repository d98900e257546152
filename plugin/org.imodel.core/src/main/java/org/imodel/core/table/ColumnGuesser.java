package org.imodel.core.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks a column by name when the user has not chosen one: the first candidate name (case and separator
 * insensitive) that the table has. Nodes report the guess as a warning, never silently.
 */
public final class ColumnGuesser {

    private ColumnGuesser() {
    }

    /**
     * @param available column names of the table, in table order
     * @param candidates accepted names, best first (e.g. BDF name first, then common cycler headers)
     * @return the matching column name as spelled in the table
     */
    public static Optional<String> guess(List<String> available, List<String> candidates) {
        for (String candidate : candidates) {
            String key = normalise(candidate);
            for (String name : available) {
                if (normalise(name).equals(key)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]", "");
    }
}
