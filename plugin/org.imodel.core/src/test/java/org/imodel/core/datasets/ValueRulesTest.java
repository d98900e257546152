package org.imodel.core.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.CellQc;
import org.imodel.core.qc.QcReport;
import org.imodel.core.qc.ValuePolicy;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the {@link ValuePolicy}, in strict mode (an error naming the line and column) and in skip mode. */
class ValueRulesTest {

    private static final String HEADER = "Cycle,Charge_Current,Discharge_Current,Temperature,Capacity_Increment,"
            + "Relaxation_Voltage,Discharge_Capacity,Start_Voltage,End_Voltage";

    @TempDir
    Path dir;

    private static String row(int cycle, String charge, String discharge, String temperature, String ci,
            String relaxation, String capacity) {
        return cycle + "," + charge + "," + discharge + "," + temperature + ",\"" + ci + "\",\"" + relaxation + "\","
                + capacity + ",3.8,4.1";
    }

    private static String good(int cycle) {
        return row(cycle, "1.2", "0.5", "25", "[0.0, 0.1, 0.2]", "[4.2, 4.19]", "1.1");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "NaN or infinity in a list|Capacity_Increment|1.2|0.5|25|[0.0, nan, 0.2]|[4.2, 4.19]|1.1",
        "NaN or infinity in a list|Capacity_Increment|1.2|0.5|25|[0.0, -inf, 0.2]|[4.2, 4.19]|1.1",
        "NaN or infinity in a list|Relaxation_Voltage|1.2|0.5|25|[0.0, 0.1, 0.2]|[4.2, inf]|1.1",
        "relaxation all NaN|Relaxation_Voltage|1.2|0.5|25|[0.0, 0.1, 0.2]|[nan, nan]|1.1",
        "empty or too short curve|Capacity_Increment|1.2|0.5|25|[0.0]|[4.2, 4.19]|1.1",
        "empty or too short curve|Relaxation_Voltage|1.2|0.5|25|[0.0, 0.1, 0.2]|[]|1.1",
        "implausible capacity|Discharge_Capacity|1.2|0.5|25|[0.0, 0.1, 0.2]|[4.2, 4.19]|0",
        "implausible capacity|Discharge_Capacity|1.2|0.5|25|[0.0, 0.1, 0.2]|[4.2, 4.19]|-1.1",
        "implausible capacity|Discharge_Capacity|1.2|0.5|25|[0.0, 0.1, 0.2]|[4.2, 4.19]|nan",
        "capacity unit jump|Discharge_Capacity|1.2|0.5|25|[0.0, 0.1, 0.2]|[4.2, 4.19]|110",
        "capacity unit jump|Discharge_Capacity|1.2|0.5|25|[0.0, 0.1, 0.2]|[4.2, 4.19]|0.0011",
        "implausible current|Charge_Current|1200|0.5|25|[0.0, 0.1, 0.2]|[4.2, 4.19]|1.1",
        "implausible current|Discharge_Current|1.2|500|25|[0.0, 0.1, 0.2]|[4.2, 4.19]|1.1",
        "implausible current|Discharge_Current|1.2|nan|25|[0.0, 0.1, 0.2]|[4.2, 4.19]|1.1",
        "implausible temperature|Temperature|1.2|0.5|298.15|[0.0, 0.1, 0.2]|[4.2, 4.19]|1.1",
        "implausible temperature|Temperature|1.2|0.5|-60|[0.0, 0.1, 0.2]|[4.2, 4.19]|1.1",
        "implausible temperature|Temperature|1.2|0.5|inf|[0.0, 0.1, 0.2]|[4.2, 4.19]|1.1",
        "malformed value|Temperature|1.2|0.5|warm|[0.0, 0.1, 0.2]|[4.2, 4.19]|1.1",
        "malformed value|Capacity_Increment|1.2|0.5|25|0.0, 0.1, 0.2|[4.2, 4.19]|1.1"})
    void ruleStopsInStrictModeAndSkipsInSkipMode(String reason, String column, String charge, String discharge,
            String temperature, String ci, String relaxation, String capacity) throws Exception {
        Path file = dir.resolve("7.csv");
        Files.write(file, List.of(HEADER, good(1), row(2, charge, discharge, temperature, ci, relaxation, capacity),
                good(3)), StandardCharsets.UTF_8);

        List<CycleRecord> strict = new ArrayList<>();
        DataFormatException e = assertThrows(DataFormatException.class, () -> new PublishedFileReader(
                ReadOptions.DEFAULTS).read(file, new QcReport(), strict::add, Progress.NONE));
        assertEquals(3, e.line());
        assertEquals(column, e.column());
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().startsWith(file + ", line 3, column '" + column + "': "), e.getMessage());
        assertEquals(1, strict.size(), "the row before was delivered");

        QcReport qc = new QcReport();
        List<CycleRecord> kept = new ArrayList<>();
        new PublishedFileReader(new ReadOptions(null, false, true)).read(file, qc, kept::add, Progress.NONE);
        assertEquals(List.of(1, 3), kept.stream().map(CycleRecord::cycle).toList());
        CellQc c = qc.cells().get(0);
        assertEquals(1, c.dropped().get(reason), c.dropped().toString());
        assertEquals(0, c.nanValues(), "nothing non-finite passed on");
        assertTrue(qc.skippedSummary().contains("line 3"), qc.skippedSummary());
        assertTrue(c.warnings().get(0).startsWith("1 row(s) with bad values skipped (" + reason + ")"),
                c.warnings().toString());
    }

    @ParameterizedTest
    @CsvSource({"1.2,0.5,25,1.1", "40,40,-50,1.1", "44,0.5,100,1.1", "1.2,0.5,,1000", "1.2,0.5,25,0.03"})
    void valuesAtTheBoundsAndMissingTemperaturesPass(String charge, String discharge, String temperature,
            String capacity) throws Exception {
        Path file = dir.resolve("8.csv");
        Files.write(file, List.of(HEADER, row(1, charge, discharge, temperature == null ? "" : temperature,
                "[0.0, 0.1]", "[4.2]", capacity)), StandardCharsets.UTF_8);
        List<CycleRecord> kept = new ArrayList<>();
        new PublishedFileReader(ReadOptions.DEFAULTS).read(file, new QcReport(), kept::add, Progress.NONE);
        assertEquals(1, kept.size());
    }
}
