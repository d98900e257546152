package org.imodel.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imodel.core.forecast.ForecastTable;
import org.imodel.core.forecast.TrajectoryTable;
import org.imodel.core.io.DataFormatException;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading forecast tables of both layouts from CSV, and the errors on bad input. */
class ScoreReaderTest {

    @TempDir
    Path dir;

    private static final String WINDOWS = "cell_id,start_row,cycle_count,predicted_capacity_ah,target_capacity_ah,"
            + "band_low_ah,band_high_ah\n"
            + "a,0,10,\"[1.0, 0.9]\",\"[1.0, 0.95]\",\"[0.9, 0.8]\",\"[1.1, 1.0]\"\n"
            + "a,1,11,\"[0.95, 0.85]\",\"[0.95, NaN]\",\"[0.9, 0.8]\",\"[1.0, 0.9]\"\n";

    private static final String TRAJECTORIES = "cell_id,scenario,cycle_count,step,predicted_capacity_ah,soh,"
            + "applicability\n"
            + "x,s1,20,0,1.6,0.8,INSIDE\n"
            + "x,s1,21,1,1.5,0.75,INSIDE\n"
            + "x,s1,22,2,1.4,0.7,INSIDE\n"
            + "x,s2,20,0,1.7,0.85,INSIDE\n"
            + "x,s2,21,1,1.65,0.825,INSIDE\n";

    private static final String MEASURED = "cell_id,cycle_count,discharge_capacity_ah\n"
            + "x,1,2.0\nx,20,1.62\nx,21,1.55\ny,1,1.0\n";

    private List<ScoredForecast> read(String forecasts, String measured) throws Exception {
        Path f = dir.resolve("forecasts.csv");
        Files.writeString(f, forecasts);
        MeasuredCycles m = null;
        if (measured != null) {
            Path c = dir.resolve("cycles.csv");
            Files.writeString(c, measured);
            try (CsvTableRows rows = new CsvTableRows(c)) {
                m = MeasuredCycles.read(rows);
            }
        }
        try (CsvTableRows rows = new CsvTableRows(f)) {
            return ForecastReader.read(rows, "iMODEL", null, m);
        }
    }

    private String error(String forecasts, String measured) {
        return assertThrows(DataFormatException.class, () -> read(forecasts, measured)).getMessage();
    }

    @Test
    void windowTableWithBands() throws Exception {
        List<ScoredForecast> fs = read(WINDOWS, null);
        assertEquals(2, fs.size());
        ScoredForecast b = fs.get(1);
        assertEquals("iMODEL", b.method());
        assertEquals("a", b.cellId());
        assertArrayEquals(new int[] {11, 12}, b.cycles());
        assertArrayEquals(new double[] {0.95, 0.85}, b.predicted());
        assertTrue(Double.isNaN(b.target()[1]));
        assertArrayEquals(new double[] {1.0, 0.9}, b.high());
        assertEquals(1.0, b.nominalAh(), "the earliest true value of the cell (cycle 10)");
    }

    @Test
    void windowNominalIsTheFirstMeasuredCapacityWhenGiven() throws Exception {
        Path c = dir.resolve("m.csv");
        Files.writeString(c, "cell_id,cycle_count,discharge_capacity_ah\na,3,1.25\na,2,1.3\n");
        List<ScoredForecast> fs = read(WINDOWS, Files.readString(c));
        assertEquals(1.3, fs.get(0).nominalAh(), "cycle 2 comes before cycle 3");
    }

    @Test
    void trajectoryTableJoinedWithMeasuredCycles() throws Exception {
        List<ScoredForecast> fs = read(TRAJECTORIES, MEASURED);
        assertEquals(2, fs.size(), "one forecast per scenario");
        ScoredForecast s1 = fs.get(0);
        assertArrayEquals(new int[] {20, 21, 22}, s1.cycles());
        assertArrayEquals(new double[] {1.6, 1.5, 1.4}, s1.predicted());
        assertEquals(1.62, s1.target()[0]);
        assertEquals(1.55, s1.target()[1]);
        assertTrue(Double.isNaN(s1.target()[2]), "cycle 22 is not measured");
        assertEquals(2.0, s1.nominalAh(), 1e-12, "predicted / soh");
        assertNull(s1.low());
        assertEquals(2, fs.get(1).steps());
    }

    @Test
    void trajectoryTableWithItsOwnTargetsAndBands() throws Exception {
        List<ScoredForecast> fs = read("cell_id,cycle_count,step,predicted_capacity_ah,target_capacity_ah,"
                + "band_low_ah,band_high_ah\nx,5,0,1.0,1.01,0.9,1.1\nx,6,1,0.98,,0.8,1.1\n", null);
        assertEquals(1, fs.size());
        assertArrayEquals(new double[] {0.9, 0.8}, fs.get(0).low());
        assertTrue(Double.isNaN(fs.get(0).target()[1]));
        assertEquals(1.01, fs.get(0).nominalAh(), "no soh, no measured cycles: the earliest true value");
    }

    @Test
    void methodColumnGroupsRows() throws Exception {
        Path f = dir.resolve("two.csv");
        Files.writeString(f, "method,cell_id,cycle_count,predicted_capacity_ah,target_capacity_ah\n"
                + "iMODEL,a,1,[1.0],[1.0]\npolynomial,a,1,[1.1],[1.0]\n");
        try (CsvTableRows rows = new CsvTableRows(f)) {
            assertEquals(List.of("iMODEL", "polynomial"), ForecastReader.read(rows, "unused", "method", null)
                    .stream().map(ScoredForecast::method).toList());
        }
        try (CsvTableRows rows = new CsvTableRows(f)) {
            String m = assertThrows(DataFormatException.class, () -> ForecastReader.read(rows, "x", "algo", null))
                    .getMessage();
            assertTrue(m.contains("has no method column 'algo'"), m);
        }
    }

    @Test
    void missingTargetColumnSaysWhatToDo() {
        String m = error("cell_id,cycle_count,predicted_capacity_ah\na,1,\"[1.0]\"\n", null);
        assertTrue(m.startsWith(dir.resolve("forecasts.csv") + ": has no column 'target_capacity_ah'"), m);
        assertTrue(m.contains("The scorer needs the true values"), m);
    }

    @Test
    void listsOfDifferentLengthNameLineAndColumn() {
        String m = error(WINDOWS.replace("\"[0.95, NaN]\"", "\"[0.95]\""), null);
        assertTrue(m.contains("line 3, column 'target_capacity_ah': the list has 1 values but predicted_capacity_ah"
                + " has 2"), m);
        m = error(WINDOWS.replace("\"[1.0, 0.9]\",\"[1.0, 0.95]\",\"[0.9, 0.8]\"",
                "\"[1.0, 0.9]\",\"[1.0, 0.95]\",\"[0.9]\""), null);
        assertTrue(m.contains("line 2, column 'band_low_ah'"), m);
    }

    @Test
    void infiniteValuesAreRefused() {
        String m = error(WINDOWS.replace("\"[0.95, 0.85]\"", "\"[0.95, inf]\""), null);
        assertTrue(m.contains("line 3, column 'predicted_capacity_ah': element 2 is infinite"), m);
        m = error(TRAJECTORIES.replace("x,s1,21,1,1.5,", "x,s1,21,1,-inf,"), MEASURED);
        assertTrue(m.contains("line 3, column 'predicted_capacity_ah': the value is infinite"), m);
    }

    @Test
    void bandEdgesInTheWrongOrderOrAlone() {
        String m = error(WINDOWS.replace("\"[0.9, 0.8]\",\"[1.1, 1.0]\"", "\"[0.9, 1.2]\",\"[1.1, 1.0]\""), null);
        assertTrue(m.contains("line 2, column 'band_low_ah': element 2 band_low 1.2 is above band_high 1.0"), m);
        m = error("cell_id,cycle_count,predicted_capacity_ah,target_capacity_ah,band_high_ah\na,1,[1],[1],[1]\n",
                null);
        assertTrue(m.contains("column 'band_high_ah': is given without 'band_low_ah'"), m);
    }

    @Test
    void cellAbsentFromMeasurementsIsNamed() {
        String m = error(TRAJECTORIES.replace("x,s2,21", "z,s2,21").replace("x,s2,20,0", "z,s2,20,0"), MEASURED);
        assertTrue(m.contains("line 5, column 'cell_id': cell z is not in the measured cycles"), m);
        assertTrue(m.contains("Give that cell's measured cycles or leave its forecasts out"), m);
    }

    @Test
    void trajectoryWithoutTargetsNeedsMeasuredCycles() {
        String m = error(TRAJECTORIES, null);
        assertTrue(m.contains("has no column 'target_capacity_ah', so the true values must come from measured"
                + " cycles"), m);
        m = error(TRAJECTORIES, "cell_id,cycle_count,discharge_capacity_ah\nx,500,1.0\n");
        assertTrue(m.contains("no forecast cycle has a measured capacity"), m);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        String m = error(TRAJECTORIES.replace("x,s1,22,2,", "x,s1,22,3,"), MEASURED);
        assertTrue(m.contains("line 4, column 'step': step 3 of cell x, scenario s1 does not follow step 2"), m);
    }

    @Test
    void badMeasuredCyclesAreNamed() {
        String m = error(TRAJECTORIES, MEASURED + "x,20,1.6\n");
        assertTrue(m.contains("cycles.csv, line 6, column 'cycle_count': cell x has cycle 20 twice"), m);
        m = error(TRAJECTORIES, "cell_id,cycle,discharge_capacity_ah\nx,1,1\n");
        assertTrue(m.contains("has no column 'cycle_count'"), m);
    }

    @Test
    void emptyOrHeaderOnlyTablesAreRefused() {
        assertTrue(error("", null).contains("the file is empty"));
        assertTrue(error("cell_id,cycle_count,predicted_capacity_ah,target_capacity_ah\n", null)
                .contains("holds no forecasts"));
        String m = error(WINDOWS.replace("a,1,11,", "a,1,11.5,"), null);
        assertTrue(m.contains("line 3, column 'cycle_count': '11.5' is not a whole number"), m);
    }

    /** The reader's column names are those the predictors write (it cannot import them: no package cycle). */
    @Test
    void columnNamesMatchThePredictorsTables() {
        List<String> windows = ForecastTable.FORECAST_COLUMNS.stream().map(ColumnDef::name).toList();
        for (String c : List.of(ForecastReader.CELL_ID, ForecastReader.CYCLE, ForecastReader.PREDICTED,
                ForecastReader.TARGET)) {
            assertTrue(windows.contains(c), c);
        }
        assertEquals(ColumnType.DOUBLE_LIST, ForecastTable.FORECAST_COLUMNS.get(windows.indexOf(
                ForecastReader.TARGET)).type());
        assertEquals(List.of(ForecastReader.BAND_LOW, ForecastReader.BAND_HIGH), ForecastTable.BAND_COLUMNS.stream()
                .map(ColumnDef::name).toList());
        assertTrue(ForecastTable.BAND_COLUMNS.stream().allMatch(c -> c.type() == ColumnType.DOUBLE_LIST));
        assertEquals(List.of(ForecastReader.BAND_LOW, ForecastReader.BAND_HIGH), TrajectoryTable.BAND_COLUMNS.stream()
                .map(ColumnDef::name).toList());
        assertTrue(TrajectoryTable.BAND_COLUMNS.stream().allMatch(c -> c.type() == ColumnType.DOUBLE));
        List<String> long_ = TrajectoryTable.COLUMNS.stream().map(ColumnDef::name).toList();
        for (String c : List.of(ForecastReader.CELL_ID, ForecastReader.CYCLE, ForecastReader.STEP,
                ForecastReader.SCENARIO, ForecastReader.SOH, ForecastReader.PREDICTED)) {
            assertTrue(long_.contains(c), c);
        }
    }
}
