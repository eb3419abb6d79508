package org.formdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.record.FileWrites;
import picocli.CommandLine.Model.CommandSpec;

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

    /** Text to the given file (atomically) or, without one, to standard output. */
    static void write(CommandSpec spec, Path file, String text) {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            return;
        }
        try {
            FileWrites.atomically(file, text);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }

    /**
     * A binary document to the given file (atomically) or, without one, to standard output — unless that
     * is a terminal, where the bytes would only garble the screen.
     */
    static void write(CommandSpec spec, Path file, byte[] bytes, String kind) {
        if (file == null) {
            if (System.console() != null) {
                throw new UserError("a " + kind + " file is not for the terminal: give -o FILE, or redirect the output");
            }
            spec.commandLine().getOut().flush();
            System.out.write(bytes, 0, bytes.length);
            System.out.flush();
            return;
        }
        try {
            FileWrites.atomically(file, bytes);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
