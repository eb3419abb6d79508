package org.formdesk.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.formdesk.engine.Engine;
import org.formdesk.engine.FormState;
import org.formdesk.form.Form;
import org.formdesk.form.RecordKeys;

/** Lists the drafts in a folder, most recently saved first. */
public final class DraftIndex {
    private DraftIndex() {
    }

    /**
     * @param engines the engine for a form id, or null when that form is not known here
     */
    public static List<DraftSummary> list(Path dir, Function<String, Engine> engines) throws IOException {
        return list(dir, engines, "zh");
    }

    /** The same, a file that is no draft of a known form said to be so in {@code language}. */
    public static List<DraftSummary> list(Path dir, Function<String, Engine> engines, String language)
            throws IOException {
        List<DraftSummary> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                out.add(summarize(file, engines, RecordWords.of(language)));
            }
        }
        out.sort(Comparator.comparing(DraftSummary::lastSaved, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    static DraftSummary summarize(Path file, Function<String, Engine> engines, RecordWords words) {
        String saved = lastModified(file);
        String formId = RecordReader.formIdOf(file);
        Engine engine = formId == null ? null : engines.apply(formId);
        if (engine == null) {
            return new DraftSummary(file, formId, null, null, 0, saved,
                    formId == null ? words.t("notARecord") : words.t("formUnknown", formId));
        }
        RecordRead read = new RecordReader(engine.form()).read(file);
        if (!read.usable()) {
            // In a list, the parser's (English) detail gives way to a sentence in the list's language.
            org.formdesk.form.Problem why = read.fatal().get(0);
            return new DraftSummary(file, formId, null, null, 0, saved,
                    words.chinese() ? (why.location().line() > 0 ? "第 " + why.location().line() + " 行：" : "")
                            + ReadLimits.zh(why) : why.toString());
        }
        FormState state = Records.state(engine, read.record());
        Form form = engine.form();
        RecordKeys keys = form.definition().record();
        String unit = keys == null || keys.unit() == null ? null : text(state, keys.unit());
        String year = keys == null || keys.year() == null ? null : text(state, keys.year());
        String when = read.record().meta().updated() != null ? read.record().meta().updated() : saved;
        RecordStatus status = read.record().status();
        return new DraftSummary(file, formId, unit, year, state.progress(), when, null, status,
                status == RecordStatus.FINAL ? recordOf(file) : null);
    }

    /** The note beside a finalised draft that says where its record was written. */
    public static Path recordNoteOf(Path draft) {
        return draft.resolveSibling(draft.getFileName() + ".record");
    }

    private static Path recordOf(Path draft) {
        try {
            String text = Files.readString(recordNoteOf(draft)).strip();
            return text.isEmpty() ? null : Path.of(text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String text(FormState state, String id) {
        Object raw = state.raw(id);
        return raw instanceof String s ? s : null;
    }

    private static String lastModified(Path file) {
        try {
            return Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()).toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** The most recently saved draft that can be opened, if any. */
    public static java.util.Optional<DraftSummary> mostRecent(Path dir, Function<String, Engine> engines)
            throws IOException {
        return list(dir, engines).stream().filter(d -> d.problem() == null).findFirst();
    }
}
