package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent readers the document tests check with: python-docx and openpyxl from Debian
 * (python3-docx, python3-openpyxl, installed by .ci/run), run with the system's /usr/bin/python3 — not
 * whatever python is first on PATH — on the scripts in src/test/resources/readers.
 */
final class Readers {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private Readers() {
    }

    /** The paragraphs of a docx in reading order, its table count, page size (mm) and East Asian fonts. */
    static JsonNode docx(Path file) {
        return run("docx_text.py", file);
    }

    /** Every sheet of an xlsx: name, rows, freeze, filter, cells [row, col, type, text, format, quotePrefix]. */
    static JsonNode xlsx(Path file) {
        return run("xlsx_cells.py", file);
    }

    static List<String> paragraphs(JsonNode docx) {
        List<String> out = new ArrayList<>();
        docx.get("paragraphs").forEach(p -> out.add(p.asText()));
        return out;
    }

    static JsonNode sheet(JsonNode book, String name) {
        for (JsonNode s : book) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no sheet " + name + " in " + names(book));
    }

    static List<String> names(JsonNode book) {
        List<String> out = new ArrayList<>();
        book.forEach(s -> out.add(s.get("name").asText()));
        return out;
    }

    /** The cell at row, column (1-based), or null. */
    static JsonNode cell(JsonNode sheet, int row, int col) {
        for (JsonNode c : sheet.get("cells")) {
            if (c.get(0).asInt() == row && c.get(1).asInt() == col) {
                return c;
            }
        }
        return null;
    }

    private static JsonNode run(String script, Path file) {
        assertThat(PYTHON).as("/usr/bin/python3 (with python3-docx and python3-openpyxl) is installed").exists();
        try {
            Path out = Files.createTempFile("formdesk-reader", ".json");
            try {
                Process p = new ProcessBuilder(PYTHON.toString(), Path.of("src/test/resources/readers", script).toString(),
                        file.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.PIPE)
                        .start();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(script + " finished").isTrue();
                assertThat(p.exitValue()).as(script + " on " + file + ": " + err).isZero();
                return new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
