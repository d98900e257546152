package org.imodel.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.imodel.core.table.ColumnDef;
import org.imodel.core.table.ColumnType;
import org.junit.jupiter.api.Test;

class ListParserTest {

    @Test
    void parsesDecimalListsStrictly() throws Exception {
        assertArrayEquals(new double[] {0.0, 23.5, -1e-3, 2.5E2}, ListParser.parse(" [0.0, 23.5,-1e-3 , 2.5E2] ", "f", 2,
                "c"));
        assertEquals(0, ListParser.parse("[]", "f", 2, "c").length);
        assertTrue(Double.isNaN(ListParser.parse("[nan]", "f", 2, "c")[0]));
        for (String bad : new String[] {"0.1, 0.2", "[0.1,, 0.2]", "[1d]", "[0x10]", "[Infinity2]", "[1, 2", "[a]"}) {
            DataFormatException e = assertThrows(DataFormatException.class, () -> ListParser.parse(bad, "f.csv", 7,
                    "Capacity_Increment"), bad);
            assertTrue(e.getMessage().startsWith("f.csv, line 7, column 'Capacity_Increment': malformed list"),
                    e.getMessage());
        }
    }

    @Test
    void writerAndReaderRoundTrip() throws Exception {
        StringWriter out = new StringWriter();
        try (TableCsvWriter w = new TableCsvWriter(out, List.of(new ColumnDef("id", ColumnType.STRING, ""),
                new ColumnDef("x", ColumnType.DOUBLE, ""), new ColumnDef("curve", ColumnType.DOUBLE_LIST, "")))) {
            w.write(new Object[] {"CY25-05_1-#1, \"a\"", Double.NaN, new double[] {0.0, 0.1, Double.NaN}});
        }
        try (DelimitedRecords in = new DelimitedRecords(new StringReader(out.toString()), ',', "t")) {
            assertArrayEquals(new String[] {"id", "x", "curve"}, in.next());
            String[] row = in.next();
            assertEquals("CY25-05_1-#1, \"a\"", row[0]);
            assertEquals("NaN", row[1]);
            double[] curve = ListParser.parse(row[2], "t", 2, "curve");
            assertEquals(0.1, curve[1]);
            assertTrue(Double.isNaN(curve[2]));
        }
    }
}
