package org.formdesk.tui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formdesk.engine.CheckResult;
import org.formdesk.engine.FormState;
import org.formdesk.engine.Verdict;
import org.formdesk.engine.Violation;
import org.formdesk.form.FieldDef;
import org.formdesk.form.Form;
import org.formdesk.record.Change;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordMeta;
import org.formdesk.record.RecordStatus;
import org.formdesk.record.Records;
import org.formdesk.record.Who;

/**
 * The state of one fill session, owned by that session alone: the engine's FormState plus where the user
 * is (section, focus, the text being typed) and what the screen says (a note, an open question). Only
 * {@link Update} changes it, and values change only through {@link Changes}; the view reads it. It does no
 * I/O: a save or a write is an {@link Effect} it hands out. Sections are the form's, then one summary.
 */
public final class FillModel {
    enum Ask { QUIT, CTRL_C, DELETE_ROW, EXPLAIN, CONFIRM_FINAL }

    final FormState state;
    final Form form;
    final Words words;
    /** Where this session's draft and record go (a value; only the effect runner writes there). */
    final DraftRepository drafts;
    final Map<String, String> explanations = new LinkedHashMap<>();
    RecordMeta meta;
    /** Who fills this record and from where: the trail, the meta and the lock all say the same. */
    final Who who;
    final Changes changes;
    final Layout layout;
    private final Marks marks;

    int section;
    int focus;
    String buffer = "";
    int caret;
    boolean edited;
    String applied = "";
    /** The stored text when the focus arrived: a commit that differs from it is a change for the trail. */
    String original = "";
    final Set<String> touched = new HashSet<>();
    Map<String, CheckResult> shownChecks = new LinkedHashMap<>();
    /** The shown checks by the field they are listed after; placed when the checks are snapshot, not per paint. */
    Map<String, List<CheckResult>> checksAfter = Map.of();
    String note = "";
    boolean noteIsError;
    boolean dirty;
    /** A draft of this record is on disk (it was opened, or saved since): only then may the title bar say 已保存. */
    boolean onDisk;
    boolean help;
    boolean quit;
    /** The hosted session's idle limit (none in a local fill): its timers are the update's to judge. */
    final IdleTimer idle = new IdleTimer();
    /** Quit with "n" to saving: the last changes were let go, and the quit line says so. */
    boolean dropped;
    Ask ask;
    String askCheck;
    List<String> written = List.of();
    /** The number of changes when the record was written (or the draft opened final); -1: not finalised. */
    int finalAt = -1;
    /** The whole value selected, as in a spreadsheet cell just entered (drawn by the view): typing replaces it. */
    boolean selected;
    /** Esc was pressed: a letter or digit next is a command (browsers keep the Ctrl keys). */
    boolean escPrefix;
    /** What the last Esc took back, in case it only prefixed a command (Esc S saves what was typed); null: nothing. */
    String reverted;
    int revertedCaret;
    /** Tab stopped once at the section's end to show its failing check; the next Tab goes on. */
    boolean pausedAtEnd;
    /** The digits typed after F3 / Esc G / Esc and a digit: the section to go to; null when not asked. */
    String jump;
    /** Effects asked for by the message being handled; {@link Update} hands them out. */
    private final List<Effect> effects = new ArrayList<>();

    public FillModel(FormState state, Words words, DraftRepository drafts, Map<String, String> explanations, RecordMeta meta) {
        this(state, words, drafts, explanations, meta, Who.local(), List.of());
    }

    FillModel(FormState state, Words words, DraftRepository drafts, Map<String, String> explanations, RecordMeta meta,
              Who who, List<Change> history) {
        this(state, words, drafts, explanations, meta, who, history, null);
    }

    /** @param start values the draft starts from (a record), set through the audit trail before anything is shown */
    private FillModel(FormState state, Words words, DraftRepository drafts, Map<String, String> explanations,
                      RecordMeta meta, Who who, List<Change> history, Opening.Start start) {
        this.who = who;
        this.state = state;
        this.form = state.form();
        this.words = words;
        this.drafts = drafts;
        this.explanations.putAll(explanations);
        this.meta = meta == null ? RecordMeta.NONE : meta;
        this.onDisk = this.meta.updated() != null;
        this.changes = new Changes(state, who, history);
        if (start != null) {
            changes.load(start.values(), start.source());
        }
        this.layout = new Layout(form);
        this.marks = new Marks(layout);
        snapshotChecks();
        openAtFirstNeed();
    }

    /** A model over an opened draft: its audit trail kept, and what must be said first on the note line. */
    public FillModel(Opening opening, Words words, DraftRepository drafts) {
        this(opening, words, drafts, Who.local());
    }

    public FillModel(Opening opening, Words words, DraftRepository drafts, Who who) {
        this(opening.state(), words, drafts, opening.explanations(), opening.meta(), who, opening.history(),
                opening.start());
        if (opening.finalised()) {
            finalAt = changes.count();
        }
        if (!opening.notices().isEmpty()) {
            say(String.join(" | ", opening.notices()), true);
        }
    }

    public FormState state() {
        return state;
    }

    /** The one line printed after the screen closes: where the draft is and how to go on (or where the record is). */
    public String farewell() {
        java.nio.file.Path draft = drafts.draft().toAbsolutePath();
        if (!java.nio.file.Files.exists(draft)) {
            return words.t("quitNothing");
        }
        if (dropped) {
            return words.t("quitLineUnsaved", draft);
        }
        return finalised() && !written.isEmpty() ? words.t("quitLineFinal", draft, written.get(0))
                : words.t("quitLine", draft);
    }

    /** Finalised and nothing changed since: the draft is saved as final (listed 已定稿); any change makes it a draft again. */
    boolean finalised() {
        return finalAt == changes.count();
    }

    /** The files the last finalise wrote (empty until then): the SSH service logs each finalise. */
    public List<String> writtenFiles() {
        return written;
    }

    public boolean quitting() {
        return quit;
    }

    /** The audit trail: every committed change, compacted. */
    public List<Change> history() {
        return changes.history();
    }

    int summaryIndex() {
        return layout.summaryIndex();
    }

    int sectionCount() {
        return summaryIndex() + 1;
    }

    boolean onSummary() {
        return section == summaryIndex();
    }

    /** The items the focus can rest on in the current section. */
    List<Item> items() {
        return itemsOf(section);
    }

    List<Item> itemsOf(int sectionIndex) {
        return layout.items(sectionIndex, id -> rows(id).size(),
                sectionIndex == summaryIndex() ? problems().size() : 0);
    }

    /** The item under the focus (the focus kept within the section's items by the update). */
    Item current() {
        List<Item> items = items();
        return items.isEmpty() ? null : items.get(Math.max(0, Math.min(focus, items.size() - 1)));
    }

    /** Keeps the focus on an item after the items changed (a row deleted, a problem solved). */
    void clampFocus() {
        focus = Math.max(0, Math.min(focus, items().size() - 1));
    }

    FieldDef currentField() {
        Item it = current();
        if (it == null || it.fieldId() == null) {
            return null;
        }
        FieldDef f = form.fields().get(it.fieldId());
        if (it.kind() == Item.Kind.CELL) {
            for (FieldDef c : f.columns()) {
                if (c.id().equals(it.column())) {
                    return c;
                }
            }
        }
        return f;
    }

    /** A table's rows as strings, a fresh copy the caller may change. */
    List<Map<String, String>> rows(String tableId) {
        return changes.rows(tableId);
    }

    // ---- focus and the text being typed

    /** Puts the current item's stored text into the edit buffer. */
    void enter() {
        clampFocus();
        Item it = current();
        edited = false;
        buffer = "";
        if (it != null && it.kind() == Item.Kind.FIELD && state.raw(it.fieldId()) instanceof String s) {
            buffer = s;
        } else if (it != null && it.kind() == Item.Kind.CELL) {
            List<Map<String, String>> rows = rows(it.fieldId());
            if (it.row() < rows.size()) {
                buffer = rows.get(it.row()).getOrDefault(it.column(), "");
            }
        }
        caret = buffer.length();
        applied = buffer;
        original = buffer;
        reverted = null;
        FieldDef f = currentField();
        // As in a spreadsheet cell just entered; a long text is entered to be added to, not replaced.
        selected = !buffer.isEmpty() && f != null && !f.kind().multiline();
    }

    void snapshotChecks() {
        Map<String, CheckResult> m = new LinkedHashMap<>();
        for (CheckResult r : state.checkResults()) {
            m.put(r.id(), r);
        }
        shownChecks = m;
        checksAfter = layout.placeChecks(m.values());
    }

    void emit(Effect effect) {
        effects.add(effect);
    }

    /** The effects asked for since the last call, handed out once. */
    List<Effect> takeEffects() {
        if (effects.isEmpty()) {
            return List.of();
        }
        List<Effect> out = List.copyOf(effects);
        effects.clear();
        return out;
    }

    /** The record as it stands, with its explanations, meta and audit trail. */
    RecordFile snapshot(RecordStatus status) {
        return Records.of(state, status, explanations, meta, changes.history());
    }

    void say(String text, boolean error) {
        note = text;
        noteIsError = error;
    }

    // ---- what the screen reports

    /** Every open error, warning and pending check, in that order. */
    List<Violation> problems() {
        return verdict().problems();
    }

    /** The engine's verdict on the values as they are now, with the explanations given so far. */
    Verdict verdict() {
        return Verdict.of(state, explanations);
    }

    /** Whether a field's own errors are shown: once it was left, or it came filled from a draft. */
    boolean showsErrors(String fieldId) {
        Item it = current();
        boolean typing = it != null && edited && fieldId.equals(it.fieldId());
        return !typing && (touched.contains(fieldId) || state.raw(fieldId) != null);
    }

    Marks.Mark[] marks() {
        return marks.of(state, shownChecks);
    }

    /** The message of the first failing check shown in the current section, or null. */
    String failingCheckOfSection() {
        if (onSummary()) {
            return null;
        }
        for (FieldDef f : form.sections().get(section).fields()) {
            for (CheckResult r : checksAfter.getOrDefault(f.id(), List.of())) {
                if (r.status() == org.formdesk.engine.CheckStatus.FAILED) {
                    return r.message();
                }
            }
        }
        return null;
    }


    /**
     * Opens where input is still needed, in the form's order: the first field with an error or with no
     * value, optional ones included (as ODK Collect resumes at the first unanswered question), so a
     * resumed draft never skips a blank above the field it lands on.
     */
    private boolean needsInput(String fieldId) {
        FieldDef f = form.fields().get(fieldId);
        if (f == null || f.isComputed()) {
            return false;
        }
        Object raw = state.raw(fieldId);
        boolean empty = raw == null || raw instanceof String t && t.isBlank() || raw instanceof List<?> rows && rows.isEmpty();
        return empty || !state.fieldErrors(fieldId).isEmpty();
    }

    private void openAtFirstNeed() {
        for (int s = 0; s < form.sections().size(); s++) {
            List<Item> items = itemsOf(s);
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (it.kind() != Item.Kind.CELL && it.fieldId() != null && needsInput(it.fieldId())) {
                    section = s;
                    focus = i;
                    enter();
                    return;
                }
            }
        }
        section = 0;
        focus = 0;
        enter();
    }
}
