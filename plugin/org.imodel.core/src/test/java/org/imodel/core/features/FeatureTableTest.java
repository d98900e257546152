package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;

class FeatureTableTest {

    @Test
    void columnsFollowTheGoldenLayout() {
        List<ColumnDef> ul = FeatureTable.columns(FeatureSettings.forFamily("UL-NCA", 20));
        assertEquals(3 + 12 + 50, ul.size());
        assertEquals("cell", ul.get(0).name());
        assertEquals(ColumnType.STRING, ul.get(0).type());
        assertEquals("row", ul.get(1).name());
        assertEquals(ColumnType.INT, ul.get(2).type());
        assertEquals("relax_mean", ul.get(3).name());
        assertEquals("v_at_rise", ul.get(14).name());
        assertEquals("ci0", ul.get(15).name());
        assertEquals("ci49", ul.get(64).name());
        assertEquals(3 + 6 + 50, FeatureTable.columns(FeatureSettings.forFamily("TPSL", 20)).size());
    }

    @Test
    void rowsCountPerCellAndCarryAhValues() throws Exception {
        Path file = SharedData.require("data/LSD/1.csv");
        List<CycleRecord> records = SharedCells.read(file);
        FeatureTable table = new FeatureTable(FeatureSettings.forFamily("LSD", 20));
        Object[] first = table.row(records.get(0));
        Object[] second = table.row(records.get(1));
        assertEquals(table.columns().size(), second.length);
        assertEquals("1", first[0]);
        assertEquals(0, first[1]);
        assertEquals(1, second[1]);
        assertEquals(records.get(1).cycle(), second[2]);
        assertEquals(0.5539851532213624, (Double) second[3 + 6], 1e-15, "ci_mean of LSD 1.csv row 1 (Ah)");
        assertEquals(0.0, second[15]);
    }
}
