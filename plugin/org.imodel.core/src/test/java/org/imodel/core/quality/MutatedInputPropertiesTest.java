package org.imodel.core.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.PublishedFileReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.io.DelimitedRecords;
import org.imodel.core.io.ListParser;
import org.imodel.core.io.TableCsvWriter;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;
import org.imodel.core.qc.ValuePolicy;
import org.imodel.core.testing.SharedData;
import org.imodel.core.timeseries.CyclerFileConverter;
import org.imodel.core.timeseries.ExtractionSettings;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Property tests: thousands of rows mutated from the real files in ../shared (numbers to text, NaN, infinity or
 * empty; brackets dropped; fields cut; lines duplicated; quotes added; whole files re-encoded as UTF-16, given
 * binary bytes or truncated), read by the published readers, the cycler conversion and the list parser. Whatever
 * the input: only our {@link DataFormatException} escapes, naming the file (and the line when about one line);
 * the input file is never changed; what is delivered is complete (strict: every row before the bad line; skip:
 * every row passes the value rules). Each try is derived from one seed, printed on failure.
 */
@AddLifecycleHook(MutatedInputPropertiesTest.NeedsSharedData.class)
class MutatedInputPropertiesTest {

    /** Skips the properties with a message when ../shared is absent (under CI=true they run, and fail). */
    static final class NeedsSharedData implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            String configured = System.getProperty("imodel.shared.dir");
            boolean present = configured != null && Files.isDirectory(Paths.get(configured).resolve("data"))
                    && Files.isDirectory(Paths.get(configured).resolve("cycler-exports"));
            if (present || "true".equalsIgnoreCase(System.getenv("CI"))) {
                return SkipResult.doNotSkip();
            }
            return SkipResult.skip("shared folder " + configured + " (data, cycler-exports) is absent: put ../shared"
                    + " beside the checkout; skipping");
        }
    }

    private static final String[] BAD_NUMBERS = {"abc", "nan", "NaN", "inf", "-inf", "", "1e999", "--1", "0x10",
        "1d", "4.1.2", "\"", "1 000", "-0", "0", "-5", "99999", "1e-9"};

    private static final String ODD_CHARS = ",[] .-+eEnaifx0\"\t\u0000";

    private static List<List<String>> published;
    private static List<List<String>> cycler;
    private static List<String> lists;
    private static Path dir;

    @BeforeContainer
    static void loadSeeds() throws IOException {
        Path data = SharedData.require("data");
        Path exports = SharedData.require("cycler-exports");
        published = new ArrayList<>();
        for (String f : new String[] {"LSD/1.csv", "LSD/29.csv", "UL-NCA/CY25-025_1-#1.csv",
            "TPSL-Fixed/#6/combined_data.csv", "TPSL-Arbitrary/#1/combined_data.csv"}) {
            published.add(head(data.resolve(f), 16));
        }
        cycler = new ArrayList<>();
        try (Stream<Path> files = Files.list(exports)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                cycler.add(head(f, 600));
            }
        }
        lists = new ArrayList<>();
        for (List<String> file : published) {
            for (String line : file.subList(1, file.size())) {
                try (DelimitedRecords r = new DelimitedRecords(new java.io.StringReader(line), ',', "seed")) {
                    for (String field : r.next()) {
                        if (field.startsWith("[")) {
                            lists.add(field);
                        }
                    }
                } catch (DataFormatException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        dir = Files.createTempDirectory("imodel-mutated");
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        if (dir != null) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<String> head(Path file, int lines) throws IOException {
        try (Stream<String> s = Files.lines(file, StandardCharsets.UTF_8)) {
            return s.limit(lines).toList();
        }
    }

    @Property(tries = 400)
    void publishedReadersOnlyEverReportBadData(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(published.get(random.nextInt(published.size())));
        lines = new ArrayList<>(lines.subList(0, 2 + random.nextInt(lines.size() - 1)));
        mutateLines(lines, random, 1, 1 + random.nextInt(4));
        Path file = dir.resolve(seed + ".csv");
        byte[] bytes = encode(lines, random);
        Files.write(file, bytes);
        String context = "seed " + seed;

        List<CycleRecord> strict = new ArrayList<>();
        DataFormatException strictError = read(file, ReadOptions.DEFAULTS, strict, context);
        if (strictError != null) {
            for (CycleRecord r : strict) {
                assertTrue(strictError.line() == 0 || r.sourceLine() < strictError.line(), context
                        + ": only rows before the bad line are delivered");
            }
        }
        List<CycleRecord> skipped = new ArrayList<>();
        DataFormatException skipError = read(file, new ReadOptions(null, false, true), skipped, context);
        if (strictError == null) {
            assertEquals(strict.size(), skipped.size(), context + ": a clean file reads the same in both modes");
        }
        if (skipError == null) {
            for (CycleRecord r : skipped) {
                assertPassesStatelessRules(r, context);
            }
        }
        assertArrayEquals(digest(bytes), digest(Files.readAllBytes(file)), context + ": the input is unchanged");
        Files.delete(file);
    }

    @Property(tries = 25)
    void cyclerConversionOnlyEverReportsBadData(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(cycler.get(random.nextInt(cycler.size())));
        mutateLines(lines, random, lines.size() / 3, 1 + random.nextInt(6));
        Path file = dir.resolve(seed + ".csv");
        byte[] bytes = encode(lines, random);
        Files.write(file, bytes);
        String context = "seed " + seed;
        for (boolean skip : new boolean[] {false, true}) {
            try {
                CyclerFileConverter.convert(file, ExtractionSettings.defaults().withSkipBadRows(skip), null,
                        new QcReport(), Progress.NONE, r -> { });
            } catch (DataFormatException e) {
                assertNamesFile(e, file, lines.size(), context);
            } catch (Exception | Error e) {
                fail(context + ": " + e + " escaped", e);
            }
        }
        assertArrayEquals(digest(bytes), digest(Files.readAllBytes(file)), context + ": the input is unchanged");
        Files.delete(file);
    }

    @Property(tries = 2000)
    void listParserAcceptsListsOrNamesTheProblem(@ForAll long seed) {
        Random random = new Random(seed);
        String text = mutateList(lists.get(random.nextInt(lists.size())), random);
        try {
            double[] values = ListParser.parse(text, "f.csv", 7, "c");
            StringBuilder back = new StringBuilder("[");
            for (int i = 0; i < values.length; i++) {
                back.append(i > 0 ? ", " : "").append(TableCsvWriter.format(values[i]));
            }
            assertArrayEquals(values, ListParser.parse(back.append(']').toString(), "f.csv", 7, "c"),
                    "seed " + seed + ": written lists read back the same");
        } catch (DataFormatException e) {
            assertTrue(e.getMessage().startsWith("f.csv, line 7, column 'c': malformed list"), e.getMessage());
            assertTrue(e.getMessage().length() < 400, "echo is cut: " + e.getMessage().length());
        } catch (RuntimeException e) {
            fail("seed " + seed + ": " + e + " escaped for " + text, e);
        }
    }

    private static DataFormatException read(Path file, ReadOptions options, List<CycleRecord> rows, String context)
            throws IOException {
        try {
            new PublishedFileReader(options).read(file, new QcReport(), rows::add, Progress.NONE);
            return null;
        } catch (DataFormatException e) {
            assertNamesFile(e, file, Integer.MAX_VALUE, context);
            return e;
        } catch (Exception | Error e) {
            fail(context + ": " + e + " escaped", e);
            return null;
        }
    }

    private static void assertNamesFile(DataFormatException e, Path file, int lines, String context) {
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString()), context + ": names the file: " + m);
        if (e.line() > 0) {
            assertTrue(m.startsWith(file + ", line " + e.line()), context + ": names the line: " + m);
            assertTrue(e.line() <= (long) lines + 1, context + ": line " + e.line() + " of " + lines);
        } else {
            assertTrue(m.contains("UTF") || m.contains("binary") || m.contains("empty") || m.contains("ZIP")
                    || m.contains("header"), context + ": a whole-file problem says what the file is: " + m);
        }
        assertTrue(m.length() < 2600, context + ": message cut: " + m.length());
    }

    private static void assertPassesStatelessRules(CycleRecord r, String context) {
        for (double v : r.ci()) {
            assertTrue(Double.isFinite(v), context + ": finite CI");
        }
        for (double v : r.relaxationVoltage()) {
            assertTrue(Double.isFinite(v), context + ": finite relaxation");
        }
        assertTrue(r.ci().length >= ValuePolicy.MIN_CURVE_POINTS, context);
        assertTrue(r.dischargeCapacity() > 0 && r.dischargeCapacity() <= ValuePolicy.MAX_CAPACITY_AH, context);
        assertTrue(Double.isNaN(r.temperature()) || r.temperature() >= ValuePolicy.MIN_TEMPERATURE_C
                && r.temperature() <= ValuePolicy.MAX_TEMPERATURE_C, context);
        assertTrue(Double.isFinite(r.chargeCurrent()) && Double.isFinite(r.dischargeCurrent()), context);
    }

    /** Applies {@code count} line mutations to lines at or after {@code from}. */
    private static void mutateLines(List<String> lines, Random random, int from, int count) {
        for (int k = 0; k < count && lines.size() > from; k++) {
            int i = from + random.nextInt(lines.size() - from);
            String line = lines.get(i);
            switch (random.nextInt(7)) {
                case 0, 1 -> lines.set(i, replaceNumber(line, random));
                case 2 -> lines.set(i, line.replaceFirst(random.nextBoolean() ? "\\[" : "\\]", ""));
                case 3 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
                case 4 -> lines.add(i, line);
                case 5 -> lines.set(i, insert(line, random, random.nextBoolean() ? "\"" : ","));
                default -> lines.set(i, line.replace("25,", random.nextBoolean() ? "298.15," : "-80,"));
            }
        }
    }

    private static String replaceNumber(String line, Random random) {
        List<int[]> numbers = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?(e-?\\d+)?").matcher(line);
        while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
        }
        if (numbers.isEmpty()) {
            return line;
        }
        int[] n = numbers.get(random.nextInt(numbers.size()));
        String replacement = random.nextInt(4) == 0 ? line.substring(n[0], n[1]) + "000"
                : BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
        return line.substring(0, n[0]) + replacement + line.substring(n[1]);
    }

    private static String insert(String line, Random random, String what) {
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + what + line.substring(at);
    }

    private static String mutateList(String list, Random random) {
        String s = list;
        for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
            switch (random.nextInt(6)) {
                case 0 -> s = replaceNumber(s, random);
                case 1 -> s = s.replaceFirst(random.nextBoolean() ? "\\[" : "\\]", "");
                case 2 -> s = s.substring(0, random.nextInt(s.length() + 1));
                case 3 -> s = insert(s, random,
                        String.valueOf(ODD_CHARS.charAt(random.nextInt(ODD_CHARS.length()))));
                case 4 -> s = s.replaceFirst(", ", ",, ");
                default -> s = s.replace(",", random.nextBoolean() ? ";" : " ");
            }
        }
        return s;
    }

    /** UTF-8 text, sometimes re-encoded as UTF-16, given binary bytes, or truncated mid-way. */
    private static byte[] encode(List<String> lines, Random random) {
        String text = String.join("\n", lines) + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(12)) {
            case 0 -> bytes = text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
            case 1 -> {
                int at = random.nextInt(bytes.length);
                for (int i = at; i < Math.min(bytes.length, at + 16); i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
            }
            case 2 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            default -> {
            }
        }
        return bytes;
    }

    private static byte[] digest(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
