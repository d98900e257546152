package org.imodel.core.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.imodel.core.io.Numbers;
import org.imodel.core.io.OutputFiles;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.scenario.Scenario;
import org.imodel.core.scenario.ScenarioGrid;
import org.imodel.core.scenario.ScenarioTable;
import org.imodel.core.scenario.ScenarioUnit;
import org.imodel.core.scenario.ScheduleText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imodel scenarios}: future uses as a scenario table (one row per scenario and future cycle, the columns of
 * {@link ScenarioTable}), from a grid of charge &times; discharge &times; temperature values and/or piecewise
 * schedules in the engine's schedule text ({@link ScheduleText}).
 */
@Command(name = "scenarios", description = "Future uses as a scenario table for imodel predict: one row per"
        + " scenario and future cycle. A grid of charge x discharge x temperature values (constant use), piecewise"
        + " schedules, or both.")
final class ScenariosCommand extends CliCommand {

    /** The grid's keys, in the order the scenarios vary (charge slowest). */
    private static final List<String> KEYS = List.of("charge", "discharge", "temperature");

    @Option(names = "--grid", paramLabel = "charge=..;discharge=..;temperature=..", description = "Every"
            + " combination of the listed values as a constant scenario, e.g."
            + " \"charge=0.5,1;discharge=1,2;temperature=25,35\" (currents in --unit, temperatures in degC; named"
            + " like 0.5C/1C/25degC).")
    String grid;

    @Option(names = "--cycles", paramLabel = "N", description = "Cycles of each grid scenario: at least the model's"
            + " horizon.")
    Integer cycles;

    @Option(names = "--unit", paramLabel = "C|A", description = "Unit of the grid's currents: C (C-rate, converted"
            + " with each cell's nominal capacity) or A (amperes).")
    String unit = ScenarioUnit.C_RATE.symbol();

    @Option(names = "--schedule", paramLabel = "[name=]schedule", description = "A piecewise scenario, e.g. \""
            + ScheduleText.EXAMPLE + "\" (C or A after each current); optionally named (\"grid-storage=100 cycles"
            + " at ...\"; default name: the schedule). Repeat for several.")
    List<String> schedules;

    @Option(names = "--out", required = true, paramLabel = "scenarios.csv", description = "The scenario table to"
            + " write.")
    Path target;

    @Override
    void execute(PrintWriter out) throws Exception {
        List<Scenario> scenarios = scenarios();
        try (OutputFiles files = new OutputFiles(List.of())) {
            files.file(target);
            try (TableCsvWriter w = new TableCsvWriter(files.writer(target), ScenarioTable.COLUMNS)) {
                for (Object[] row : ScenarioTable.rows(scenarios)) {
                    w.write(row);
                }
            }
            files.commit();
            int rows = scenarios.stream().mapToInt(Scenario::cycles).sum();
            out.printf(Locale.ROOT, "wrote %d scenario(s), %d rows -> %s%n", scenarios.size(), rows, target);
        }
    }

    /** @return the grid's scenarios, then the schedules; wrong usage when none is given or they cannot be built */
    private List<Scenario> scenarios() {
        if (grid == null && (schedules == null || schedules.isEmpty())) {
            throw usage("give --grid (with --cycles) or --schedule, e.g. --grid \"charge=0.5,1;discharge=1,2;"
                    + "temperature=25,35\" --cycles 100");
        }
        if (grid == null && cycles != null) {
            throw usage("--cycles sets the length of the grid's scenarios; a schedule gives its own cycles");
        }
        List<Scenario> out = new ArrayList<>();
        try {
            if (grid != null) {
                if (cycles == null) {
                    throw usage("--grid needs --cycles (at least the model's horizon)");
                }
                if (cycles < 1) {
                    throw usage("--cycles must be at least 1; got " + cycles);
                }
                Map<String, List<Double>> values = grid(grid);
                out.addAll(ScenarioGrid.of(ScenarioUnit.parse(unit), values.get("charge"), values.get("discharge"),
                        values.get("temperature"), cycles));
            }
            if (schedules != null) {
                for (String s : schedules) {
                    int eq = s.indexOf('=');
                    String name = eq < 0 ? null : s.substring(0, eq).strip();
                    Scenario parsed = ScheduleText.parse(name == null ? s.strip() : name, s.substring(eq + 1));
                    out.add(name == null ? ScheduleText.parse(ScheduleText.format(parsed), s) : parsed);
                }
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Set<String> names = new HashSet<>();
        for (Scenario s : out) {
            if (!names.add(s.name())) {
                throw usage("two scenarios are named '" + s.name() + "'; give each schedule its own name"
                        + " (--schedule \"name=...\") and each grid value once");
            }
        }
        return out;
    }

    /**
     * @param text e.g. {@code charge=0.5,1;discharge=1,2;temperature=25,35}
     * @return the values per key
     * @throws IllegalArgumentException naming the part that cannot be read
     */
    static Map<String, List<Double>> grid(String text) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            if (kv.length != 2 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("--grid part '" + part.strip() + "' is not <key>=<values> with a"
                        + " key of " + KEYS + ", e.g. \"charge=0.5,1;discharge=1,2;temperature=25,35\"");
            }
            if (values.containsKey(key)) {
                throw new IllegalArgumentException("--grid gives '" + key + "' twice; list all its values once,"
                        + " separated by commas");
            }
            List<Double> list = new ArrayList<>();
            for (String v : kv[1].split(",")) {
                Double d = v.isBlank() ? null : Numbers.parseOrNull(v);
                if (d == null || !Double.isFinite(d)) {
                    throw new IllegalArgumentException("--grid " + key + " value '" + v.strip() + "' is not a"
                            + " number; separate values with commas and use a decimal point");
                }
                list.add(d);
            }
            values.put(key, list);
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("--grid needs " + key + " values too, e.g."
                        + " \"charge=0.5,1;discharge=1,2;temperature=25,35\"");
            }
        }
        return values;
    }
}
