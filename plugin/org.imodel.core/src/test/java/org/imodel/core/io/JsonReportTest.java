package org.imodel.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class JsonReportTest {

    @Test
    void writesNestedValuesInOrderWithNonFiniteNumbersAsNull() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("windows", 58);
        m.put("pooled_mape", 0.98);
        m.put("nan", Double.NaN);
        m.put("inf", Float.POSITIVE_INFINITY);
        m.put("cells", List.of("CY25-1_1-#7", "q\"x<"));
        m.put("per_cell", Map.of("a", 1.5));
        String text = JsonReport.toJson(m);
        assertTrue(text.startsWith("{\n  \"windows\": 58,\n  \"pooled_mape\": 0.98,\n  \"nan\": null,\n"), text);
        assertTrue(text.endsWith("}\n"), text);
        JsonObject back = JsonParser.parseString(text).getAsJsonObject();
        assertEquals(List.of("windows", "pooled_mape", "nan", "inf", "cells", "per_cell"), List.copyOf(back.keySet()));
        assertTrue(back.get("inf").isJsonNull());
        assertEquals("q\"x<", back.getAsJsonArray("cells").get(1).getAsString());
        assertEquals(1.5, back.getAsJsonObject("per_cell").get("a").getAsDouble());
    }
}
