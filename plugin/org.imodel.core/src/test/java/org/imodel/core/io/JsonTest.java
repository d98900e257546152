package org.imodel.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("windows", 58);
        m.put("pooled_mape", 0.98);
        m.put("nan", Double.NaN);
        m.put("cells", List.of("CY25-1_1-#7", "q\"x"));
        m.put("per_cell", Map.of("a", 1.5));
        assertEquals("{\n  \"windows\": 58,\n  \"pooled_mape\": 0.98,\n  \"nan\": null,\n"
                + "  \"cells\": [\"CY25-1_1-#7\", \"q\\\"x\"],\n  \"per_cell\": {\n    \"a\": 1.5\n  }\n}\n",
                Json.write(m));
    }
}
