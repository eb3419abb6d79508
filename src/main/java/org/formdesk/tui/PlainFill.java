package org.formdesk.tui;

import org.formdesk.form.Decimals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.CheckResult;
import org.formdesk.engine.CheckStatus;
import org.formdesk.engine.FormState;
import org.formdesk.engine.IndicatorScore;
import org.formdesk.engine.ScoreCard;
import org.formdesk.engine.Verdict;
import org.formdesk.engine.Violation;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Section;

/**
 * The line-by-line mode (--plain, TERM=dumb, screen readers, scripts): one prompt per field on the same
 * engine, the same checks and the same record. End of input saves the draft and stops.
 */
public final class PlainFill {
    private final Session session;
    private final FillModel m;
    private final BufferedReader in;
    private final PrintWriter out;
    private boolean ended;
    /** The last save failed: the run ends saying so, never "saved". */
    private boolean unsaved;
    /** Finalize could not write the record (the draft stays a draft). */
    private boolean unwritten;

    /** Drives {@code session} with answers, through the same update as the screen. */
    public PlainFill(Session session, BufferedReader in, PrintWriter out) {
        this.session = session;
        this.m = session.model();
        this.in = in;
        this.out = out;
    }

    public PlainFill(FillModel model, BufferedReader in, PrintWriter out) {
        this(new Session(model), in, out);
    }

    /** Runs to the end of the form or of the input; returns the finished record's paths, if written. */
    public List<String> run() throws IOException {
        out.println(m.form.title());
        if (!m.note.isEmpty()) {
            // What opening the draft found (set aside as unreadable, values left out) is said first, as on the screen.
            out.println(m.note);
        }
        List<Section> sections = m.form.sections();
        for (int s = 0; s < sections.size() && !ended; s++) {
            Section sec = sections.get(s);
            out.println();
            out.println(m.words.t("plainSection", sec.title(), s + 1, m.sectionCount()));
            if (sec.help() != null) {
                out.println(sec.help().strip());
            }
            for (FieldDef f : sec.fields()) {
                if (ended) {
                    break;
                }
                if (f.isComputed()) {
                    continue;
                }
                if (f.kind().table()) {
                    table(f);
                } else if (f.kind().multiline()) {
                    longText(f);
                } else {
                    oneLine(f);
                }
            }
            computedAndChecks(sec);
            saved();
        }
        if (ended) {
            endSaved("plainEnd");
            return List.of();
        }
        return summaryAndFinish();
    }

    private String read() throws IOException {
        out.flush();
        String line = in.readLine();
        if (line == null) {
            ended = true;
        }
        return line;
    }

    private String label(FieldDef f) {
        return f.label() + (m.state.isRequired(f) ? " *" : "") + (f.unit() == null ? "" : "（" + f.unit() + "）");
    }

    private void oneLine(FieldDef f) throws IOException {
        hint(f);
        while (true) {
            String current = m.state.raw(f.id()) instanceof String s ? s : "";
            out.print(label(f) + (current.isEmpty() ? "" : " " + m.words.t("plainKeep", current)) + ": ");
            String line = read();
            if (line == null) {
                return;
            }
            if (line.equals("-")) {
                session.dispatch(new Msg.Answer(f.id(), null));
            } else if (!line.isBlank()) {
                String refused = refused(f, line);
                if (refused != null) {
                    out.println("  ! " + refused);
                    continue;
                }
                // Tried first: a value the field rejects is said and never stored, so it is not offered back.
                List<String> tried = m.state.errorsIf(f.id(), line);
                if (!tried.isEmpty()) {
                    for (String e : tried) {
                        out.println("  ! " + e);
                    }
                    continue;
                }
                session.dispatch(new Msg.Answer(f.id(), line));
            }
            List<String> errors = m.state.fieldErrors(f.id());
            if (errors.isEmpty() || line.isBlank() && m.state.raw(f.id()) == null && !m.state.isRequired(f)) {
                return;
            }
            for (String e : errors) {
                out.println("  ! " + e);
            }
            if (line.isBlank()) {
                return; // an empty answer moves on; the error stays open and the summary lists it
            }
        }
    }

    /** The field's hint, as the screen shows it under the field. */
    private void hint(FieldDef f) {
        if (f.hint() != null && !f.hint().isBlank()) {
            out.println("  " + m.words.t("plainHint", f.hint().strip()));
        }
    }

    private String refused(FieldDef f, String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isSurrogate(c)) {
                return m.words.t("refusedEmoji", f.label());
            }
            if (!Admissible.accepts(f, c)) {
                return m.words.t("refused", f.label(), String.valueOf(c), Admissible.example(f));
            }
        }
        return null;
    }

    private void longText(FieldDef f) throws IOException {
        hint(f);
        out.println(m.words.t("plainLong", label(f)));
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = read()) != null && !line.equals(".")) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line);
        }
        if (sb.length() > 0) {
            session.dispatch(new Msg.Answer(f.id(), sb.toString()));
        }
        for (String e : m.state.fieldErrors(f.id())) {
            out.println("  ! " + e);
        }
    }

    private void table(FieldDef f) throws IOException {
        List<String> cols = new ArrayList<>();
        for (FieldDef c : f.columns()) {
            cols.add(c.label());
        }
        hint(f);
        out.println(m.words.t("plainRows", label(f), String.join(" | ", cols)));
        List<Map<String, String>> rows = new ArrayList<>();
        String line;
        while ((line = read()) != null && !line.isBlank()) {
            String[] parts = line.split("\\|", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < f.columns().size() && i < parts.length; i++) {
                if (!parts[i].isBlank()) {
                    row.put(f.columns().get(i).id(), parts[i].strip());
                }
            }
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            session.dispatch(new Msg.AnswerRows(f.id(), rows));
        }
        for (String e : m.state.fieldErrors(f.id())) {
            out.println("  ! " + e);
        }
    }

    private void computedAndChecks(Section sec) {
        FormState st = m.state;
        for (FieldDef f : sec.fields()) {
            if (f.isComputed()) {
                var c = st.computed(f.id());
                out.println("  " + f.label() + " = " + (c != null && c.value() != null ? st.shown(f.id())
                        + (f.unit() == null ? "" : " " + f.unit()) : c == null ? "—" : c.reason()));
            }
        }
        for (CheckResult r : st.checkResults()) {
            boolean here = sec.fields().stream().anyMatch(f -> r.fields().contains(f.id()));
            if (here && r.status() == CheckStatus.FAILED) {
                out.println("  ! " + r.message());
            }
        }
    }

    private List<String> summaryAndFinish() throws IOException {
        out.println();
        out.println(m.words.t("plainSection", m.words.t("summary"), m.sectionCount(), m.sectionCount()));
        ScoreCard card = m.state.scoreCard();
        for (IndicatorScore s : card.indicators()) {
            out.println("  " + s.group() + " " + s.label() + " " + (s.score() == null ? "—" : Decimals.plain(s.score()))
                    + " / " + (s.max() == null ? "—" : Decimals.plain(s.max())));
        }
        if (!card.indicators().isEmpty()) {
            out.println(m.words.t("total") + " " + Decimals.plain(card.total()) + " / " + Decimals.plain(card.max())
                    + "  " + m.words.t("grade") + " " + (card.grade() == null ? m.words.t("gradeNone") : card.grade()));
        }
        Verdict verdict = m.verdict();
        for (Violation v : verdict.problems()) {
            out.println("  ! " + v.message());
        }
        if (Finaliser.next(verdict) instanceof Finaliser.Refused refused) {
            out.println(m.words.t("finalizeRefused", refused.errors()));
            endSaved("savedTo");
            return List.of();
        }
        for (Finaliser.Step step = Finaliser.next(m.verdict()); step instanceof Finaliser.Explain explain;
                step = Finaliser.next(m.verdict())) {
            Violation w = explain.warning();
            while (m.verdict().explanation(w.id()) == null) {
                out.print(m.words.t("plainExplain", w.message()) + " ");
                String line = read();
                if (line == null) {
                    endSaved("plainEnd");
                    return List.of();
                }
                session.dispatch(new Msg.Explain(w.id(), line));
            }
        }
        session.dispatch(new Msg.Finalize());
        out.println(m.note);
        if (m.written.isEmpty()) {
            unwritten = true; // the note said why; the draft stays a draft
        }
        out.flush();
        return m.written;
    }

    /** Saves; a failure is said at once, in the words the screen would use. */
    private boolean saved() {
        session.dispatch(new Msg.Save());
        unsaved = m.dirty;
        if (!unsaved) {
            return true;
        }
        out.println(m.note);
        out.flush();
        return false;
    }

    /** The last save, and the last line: where the draft is, or that nothing could be written. */
    private void endSaved(String key) {
        if (saved()) {
            out.println(m.words.t(key, m.drafts.draft()));
        } else {
            out.println(m.words.t("plainNotSaved", m.drafts.draft()));
        }
        out.flush();
    }

    /** Whether everything typed is on disk: false when a save or the final write failed. */
    public boolean allSaved() {
        return !unsaved && !unwritten;
    }
}
