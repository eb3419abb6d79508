package org.formdesk.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the audit trail writes a table row or a whole table as one text: compact JSON of the cells as
 * typed ({@code {"item":"差旅","amount":"1200"}}), so that a deleted row keeps its values in the trail
 * and the trail can be replayed.
 */
public final class RowText {
    /** Configured once and never changed: safe to share between sessions. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private RowText() {
    }

    public static String row(Map<String, String> cells) {
        return write(cells);
    }

    public static String rows(List<Map<String, String>> rows) {
        return write(rows);
    }

    public static Map<String, String> parseRow(String text) {
        try {
            return JSON.readValue(text, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a row: " + text, e);
        }
    }

    public static List<Map<String, String>> parseRows(String text) {
        try {
            return JSON.readValue(text, new TypeReference<List<Map<String, String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a list of rows: " + text, e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a row", e);
        }
    }
}
