package org.imodel.core.io;

import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

/**
 * JSON text of the reports the command line writes (metrics.json), by Gson: pretty-printed, keys in the maps'
 * order, NaN and infinities as {@code null} (JSON has no such numbers), nulls kept.
 */
public final class JsonReport {

    private static final JsonSerializer<Double> DOUBLE = (v, type, context) -> Double.isFinite(v)
            ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    private static final JsonSerializer<Float> FLOAT = (v, type, context) -> Float.isFinite(v)
            ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
            .registerTypeAdapter(Double.class, DOUBLE).registerTypeAdapter(Float.class, FLOAT).create();

    private JsonReport() {
    }

    /**
     * @param report maps with String keys, lists, strings, numbers, booleans and nulls
     * @return the JSON text, ending with a line break
     */
    public static String toJson(Map<String, ?> report) {
        return GSON.toJson(report) + "\n";
    }
}
