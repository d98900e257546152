package org.imodel.core.io;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Minimal JSON text for reports: maps, lists, strings, numbers (NaN and infinities as null), booleans. */
public final class Json {

    private Json() {
    }

    /**
     * @param value a Map with String keys, a List, a String, a Number, a Boolean or null
     * @return pretty-printed JSON
     */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, "");
        return b.append('\n').toString();
    }

    private static void write(Object value, StringBuilder b, String indent) {
        if (value instanceof Map) {
            b.append("{");
            Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) value).entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                b.append('\n').append(indent).append("  ");
                string(String.valueOf(e.getKey()), b);
                b.append(": ");
                write(e.getValue(), b, indent + "  ");
                b.append(it.hasNext() ? "," : "");
            }
            b.append('\n').append(indent).append('}');
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : ", ");
                write(list.get(i), b, indent);
            }
            b.append(']');
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            b.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            b.append(value);
        } else if (value == null) {
            b.append("null");
        } else {
            string(value.toString(), b);
        }
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
