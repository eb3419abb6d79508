package org.formdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared shapes of command output. */
final class Output {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Output() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, Object> entry(String id, List<String> fields, String message, String explanation) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("fields", fields);
        e.put("message", message);
        if (explanation != null) {
            e.put("explanation", explanation);
        }
        return e;
    }

    /** An entry's message as people read it: no ids, the explanation after it. */
    static String said(Map<String, Object> e, CliWords words) {
        Object why = e.get("explanation");
        return why == null ? String.valueOf(e.get("message")) : words.t("explained", e.get("message"), why);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
