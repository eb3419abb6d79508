package org.formdesk.tui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.formdesk.engine.CheckResult;
import org.formdesk.engine.CheckStatus;
import org.formdesk.engine.FormState;
import org.formdesk.engine.Verdict;
import org.formdesk.engine.Violation;
import org.formdesk.form.FieldDef;
import org.formdesk.form.FieldType;
import org.formdesk.form.Form;
import org.formdesk.form.Severity;
import org.formdesk.record.Change;
import org.formdesk.record.History;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordMeta;
import org.formdesk.record.RecordStatus;
import org.formdesk.record.Records;
import org.formdesk.record.Who;

/**
 * The screen's model: the engine's FormState plus where the user is (section, focus, the text being
 * typed) and what the screen says (a note, an open question). Every key changes this; the view only
 * reads it. Sections are the form's, followed by one summary section.
 */
public final class FillModel {
    enum Mark { COMPLETE, ERRORS, WARNINGS, PENDING }

    enum Ask { QUIT, CTRL_C, DELETE_ROW, EXPLAIN, CONFIRM_FINAL }

    final FormState state;
    final Form form;
    final Words words;
    final DraftRepository drafts;
    final Map<String, String> explanations = new LinkedHashMap<>();
    RecordMeta meta;
    /** The audit trail: every committed change, compacted by {@link History}. */
    List<Change> history = List.of();
    /** Who fills this record and from where: the trail, the meta and the lock all say the same. */
    final Who who;

    int section;
    int focus;
    int scroll;
    String buffer = "";
    int caret;
    boolean edited;
    /** The whole value is selected, as in a spreadsheet cell just entered: typing replaces it. */
    boolean selected;
    /** Esc was pressed: the next letter or digit is a command (Esc S saves, Esc Q quits…), for browsers that keep Ctrl keys. */
    boolean escPrefix;
    /** Tab stopped once at the section's end to show its failing check; the next Tab goes on. */
    boolean pausedAtEnd;
    /** The digits typed after F3 / Esc G / Esc and a digit: the section to jump to; null when not asking. */
    String jump;
    private String applied = "";
    /** The stored text when the focus arrived: a commit that differs from it is a change for the trail. */
    private String original = "";
    final Set<String> touched = new HashSet<>();
    Map<String, CheckResult> shownChecks = new LinkedHashMap<>();
    /**
     * The shown checks by the field they are listed after: the last field of each section they name.
     * Placed when the checks are snapshot, not at every paint (1,000 checks on a big form).
     */
    Map<String, List<CheckResult>> checksAfter = Map.of();
    String note = "";
    boolean noteIsError;
    boolean dirty;
    boolean help;
    boolean quit;
    Ask ask;
    String askCheck;
    List<String> written = List.of();
    /** Finalised in this session and unchanged since: the draft is saved as final. */
    boolean finalised;
    /** Held while a key is handled, so a shutdown hook never saves a half-changed state. */
    final ReentrantLock lock = new ReentrantLock();

    public FillModel(FormState state, Words words, DraftRepository drafts, Map<String, String> explanations, RecordMeta meta) {
        this(state, words, drafts, explanations, meta, Who.local());
    }

    public FillModel(FormState state, Words words, DraftRepository drafts, Map<String, String> explanations, RecordMeta meta,
                     Who who) {
        this.who = who;
        this.state = state;
        this.form = state.form();
        this.words = words;
        this.drafts = drafts;
        this.explanations.putAll(explanations);
        this.meta = meta == null ? RecordMeta.NONE : meta;
        snapshotChecks();
        openAtFirstNeed();
    }

    /** A model over an opened draft: its audit trail kept, and what must be said first on the note line. */
    public FillModel(Opening opening, Words words, DraftRepository drafts) {
        this(opening, words, drafts, Who.local());
    }

    public FillModel(Opening opening, Words words, DraftRepository drafts, Who who) {
        this(opening.state(), words, drafts, opening.explanations(), opening.meta(), who);
        this.history = opening.history();
        if (!opening.notices().isEmpty()) {
            say(String.join(" | ", opening.notices()), true);
        }
    }

    public FormState state() {
        return state;
    }

    /** The files the last finalise wrote (empty until then): the SSH service logs each finalise. */
    public List<String> writtenFiles() {
        return written;
    }

    public boolean quitting() {
        return quit;
    }

    int summaryIndex() {
        return form.sections().size();
    }

    int sectionCount() {
        return form.sections().size() + 1;
    }

    boolean onSummary() {
        return section == summaryIndex();
    }

    /** The items the focus can rest on in the current section. */
    List<Item> items() {
        return itemsOf(section);
    }

    /**
     * The items of sections without tables never change, and the screen asks for them for every field it
     * draws (through {@link #current()}): kept, not rebuilt 100 times a paint on a section of 100 fields.
     */
    private final Map<Integer, List<Item>> fixedItems = new HashMap<>();

    /** The section of each field, and its place in the section's list: built once, the form never changes. */
    private Map<String, Integer> sectionOfField;
    private Map<String, Integer> placeInSection;

    private Map<String, Integer> sectionOfField() {
        if (sectionOfField == null) {
            Map<String, Integer> section = new HashMap<>();
            Map<String, Integer> place = new HashMap<>();
            for (int s = 0; s < form.sections().size(); s++) {
                List<FieldDef> fields = form.sections().get(s).fields();
                for (int i = 0; i < fields.size(); i++) {
                    section.putIfAbsent(fields.get(i).id(), s);
                    place.put(fields.get(i).id(), i);
                }
            }
            sectionOfField = section;
            placeInSection = place;
        }
        return sectionOfField;
    }

    List<Item> itemsOf(int sectionIndex) {
        List<Item> fixed = fixedItems.get(sectionIndex);
        if (fixed != null) {
            return fixed;
        }
        List<Item> out = new ArrayList<>();
        if (sectionIndex == summaryIndex()) {
            int n = problems().size();
            for (int i = 0; i < n; i++) {
                out.add(Item.problem(i));
            }
            out.add(Item.finalizeButton());
            return out;
        }
        for (FieldDef f : form.sections().get(sectionIndex).fields()) {
            if (f.isComputed()) {
                continue;
            }
            if (f.type() == FieldType.TABLE) {
                out.add(Item.table(f.id()));
                List<Map<String, String>> rows = rows(f.id());
                for (int r = 0; r < rows.size(); r++) {
                    for (FieldDef c : f.columns()) {
                        out.add(Item.cell(f.id(), r, c.id()));
                    }
                }
            } else {
                out.add(Item.field(f.id()));
            }
        }
        if (form.sections().get(sectionIndex).fields().stream().noneMatch(f -> f.type() == FieldType.TABLE)) {
            fixedItems.put(sectionIndex, List.copyOf(out));
        }
        return out;
    }

    Item current() {
        List<Item> items = items();
        if (items.isEmpty()) {
            return null;
        }
        focus = Math.max(0, Math.min(focus, items.size() - 1));
        return items.get(focus);
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
        List<Map<String, String>> out = new ArrayList<>();
        if (state.raw(tableId) instanceof List<?> list) {
            for (Object row : list) {
                Map<String, String> cells = new LinkedHashMap<>();
                if (row instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> {
                        if (v != null) {
                            cells.put(String.valueOf(k), String.valueOf(v));
                        }
                    });
                }
                out.add(cells);
            }
        }
        return out;
    }

    // ---- focus and the text being typed

    /** Puts the current item's stored text into the edit buffer. */
    void enter() {
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
        FieldDef f = currentField();
        selected = !buffer.isEmpty() && f != null && f.type() != FieldType.LONGTEXT;
    }

    /** What Esc took back, in case the Esc only prefixed a command (Esc S must save what was typed). */
    private String reverted;
    private int revertedCaret;

    /** Esc: the value the field had when the focus arrived comes back. */
    void revert() {
        reverted = null;
        if (!edited && buffer.equals(original)) {
            return;
        }
        reverted = buffer;
        revertedCaret = caret;
        buffer = original;
        caret = buffer.length();
        edited = true;
        apply();
        edited = false;
        selected = false;
    }

    boolean hasReverted() {
        return reverted != null;
    }

    /** The typing Esc took back comes back: Esc was the prefix of a command, not an undo. */
    void unrevert() {
        if (reverted != null) {
            buffer = reverted;
            caret = Math.min(revertedCaret, buffer.length());
            edited = true;
            reverted = null;
        }
    }

    /** Hands the buffer to the engine: computed fields follow as the user types. */
    void apply() {
        Item it = current();
        if (it == null || !edited || buffer.equals(applied)) {
            return;
        }
        applied = buffer;
        if (it.kind() == Item.Kind.FIELD) {
            state.set(it.fieldId(), buffer);
        } else if (it.kind() == Item.Kind.CELL) {
            List<Map<String, String>> rows = rows(it.fieldId());
            if (it.row() < rows.size()) {
                if (buffer.isBlank()) {
                    rows.get(it.row()).remove(it.column());
                } else {
                    rows.get(it.row()).put(it.column(), buffer);
                }
                state.setRows(it.fieldId(), rows);
            }
        }
    }

    /** Leaving an item: the value is committed, its checks speak, the draft is saved if it changed. */
    void commit() {
        Item it = current();
        if (it == null) {
            return;
        }
        if (it.fieldId() != null) {
            touched.add(it.fieldId());
        }
        if (edited) {
            apply();
            edited = false;
            dirty = true;
            if (!buffer.equals(original)) {
                log(it.kind() == Item.Kind.CELL ? it.fieldId() + "[" + (it.row() + 1) + "]." + it.column()
                        : it.fieldId(), original, buffer);
                original = buffer;
            }
            snapshotChecks();
            save(false);
        }
    }

    /** A whole value committed at once (the line mode): set, logged, saved. */
    void commitValue(String fieldId, String text) {
        String before = state.raw(fieldId) instanceof String s ? s : "";
        state.set(fieldId, text);
        committed(fieldId, before, text == null ? "" : text);
    }

    /** A whole table committed at once (the line mode). */
    void commitRows(String fieldId, List<Map<String, String>> newRows) {
        String before = state.raw(fieldId) instanceof List<?> l ? l.size() + " rows" : "";
        state.setRows(fieldId, newRows);
        committed(fieldId, before, newRows.size() + " rows");
    }

    /** Rows pasted into a table: stored, and one entry in the trail for the whole paste. */
    void commitPastedRows(String fieldId, List<Map<String, String>> newRows, int cells) {
        String before = state.raw(fieldId) instanceof List<?> l ? l.size() + " rows" : "";
        state.setRows(fieldId, newRows);
        touched.add(fieldId);
        log(fieldId, before, newRows.size() + " rows, " + cells + " cells pasted");
        dirty = true;
        save(false);
    }

    private void committed(String fieldId, String before, String after) {
        touched.add(fieldId);
        if (!before.equals(after)) {
            log(fieldId, before, after);
            dirty = true;
            save(false);
        }
    }

    private void log(String what, String before, String after) {
        finalised = false; // a change after Finalize: the draft is a draft again until finalised anew
        history = History.append(history, new Change(what, before.isEmpty() ? null : before,
                after.isEmpty() ? null : after, DraftRepository.now(), who.user(), who.origin()));
    }

    void moveTo(int sectionIndex, int itemIndex) {
        commit();
        pausedAtEnd = false;
        if (sectionIndex != section) {
            scroll = 0;
        }
        section = Math.max(0, Math.min(sectionIndex, summaryIndex()));
        focus = Math.max(0, itemIndex);
        enter();
    }

    void next() {
        if (focus + 1 < items().size()) {
            moveTo(section, focus + 1);
        } else if (section < summaryIndex()) {
            moveTo(section + 1, 0);
        }
    }

    void previous() {
        if (focus > 0) {
            moveTo(section, focus - 1);
        } else if (section > 0) {
            moveTo(section - 1, Math.max(0, itemsOf(section - 1).size() - 1));
        }
    }

    void jumpToField(String fieldId) {
        String sectionId = form.sectionOf(fieldId);
        for (int s = 0; s < form.sections().size(); s++) {
            if (form.sections().get(s).id().equals(sectionId)) {
                List<Item> items = itemsOf(s);
                for (int i = 0; i < items.size(); i++) {
                    if (fieldId.equals(items.get(i).fieldId())) {
                        moveTo(s, i);
                        return;
                    }
                }
                moveTo(s, 0);
                return;
            }
        }
    }

    /** The message of the first failing check shown in the current section, or null. */
    String failingCheckOfSection() {
        if (onSummary()) {
            return null;
        }
        for (FieldDef f : form.sections().get(section).fields()) {
            for (CheckResult r : checksAfter.getOrDefault(f.id(), List.of())) {
                if (r.status() == CheckStatus.FAILED) {
                    return r.message();
                }
            }
        }
        return null;
    }

    void snapshotChecks() {
        Map<String, CheckResult> m = new LinkedHashMap<>();
        for (CheckResult r : state.checkResults()) {
            m.put(r.id(), r);
        }
        shownChecks = m;
        checksAfter = placeChecks(m.values());
    }

    private Map<String, List<CheckResult>> placeChecks(Collection<CheckResult> checks) {
        Map<String, Integer> sectionOf = sectionOfField();
        Map<String, List<CheckResult>> out = new HashMap<>();
        Map<Integer, Integer> last = new HashMap<>(); // section -> the last place in it the check names
        for (CheckResult r : checks) {
            last.clear();
            for (String id : r.fields()) {
                Integer s = sectionOf.get(id);
                if (s != null) {
                    last.merge(s, placeInSection.get(id), Math::max);
                }
            }
            for (Map.Entry<Integer, Integer> e : last.entrySet()) {
                String after = form.sections().get(e.getKey()).fields().get(e.getValue()).id();
                out.computeIfAbsent(after, k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /** Saves the draft; a failure is said on the note line, never thrown at the user. */
    boolean save(boolean sayIt) {
        try {
            apply();
            meta = meta.touched(DraftRepository.now(), who.user());
            drafts.saveDraft(snapshot(finalised ? RecordStatus.FINAL : RecordStatus.DRAFT), state);
            dirty = false;
            if (sayIt) {
                say(words.t("savedTo", drafts.draft()), false);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            say(words.t("saveFailed", e.getMessage() == null ? e.toString() : e.getMessage()), true);
            return false;
        }
    }

    /**
     * For a shutdown hook (the SSH link dropped: SIGHUP): saves what is typed but not yet saved. Gives up
     * after a moment if a key is being handled, e.g. while an editor runs.
     */
    public void saveOnExit() {
        try {
            if (lock.tryLock(2, TimeUnit.SECONDS)) {
                try {
                    if (!quit && (edited || dirty)) {
                        save(false);
                    }
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The one line printed after the screen closes: where the draft is and how to go on (or where the record is). */
    public String farewell() {
        java.nio.file.Path draft = drafts.draft().toAbsolutePath();
        if (!java.nio.file.Files.exists(draft)) {
            return words.t("quitNothing");
        }
        return finalised && !written.isEmpty() ? words.t("quitLineFinal", draft, written.get(0))
                : words.t("quitLine", draft);
    }

    /** The record as it stands, with its explanations, meta and audit trail. */
    RecordFile snapshot(RecordStatus status) {
        return Records.of(state, status, explanations, meta, history);
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

    Mark mark(int sectionIndex) {
        return marks()[sectionIndex];
    }

    /**
     * The mark of every section and of the summary, in one pass over the fields and the shown checks
     * (asking section by section cost sections x checks per paint: 20,000 steps per key on a form with
     * 20 sections and 1,000 checks).
     */
    Mark[] marks() {
        if (marks != null && marksVersion == state.statusVersion() && marksChecks == shownChecks) {
            return marks;
        }
        marks = computeMarks();
        marksVersion = state.statusVersion();
        marksChecks = shownChecks;
        return marks;
    }

    /** The marks last computed, and what they were computed from: they change only with those. */
    private Mark[] marks;
    private long marksVersion;
    private Map<String, CheckResult> marksChecks;

    private Mark[] computeMarks() {
        int n = form.sections().size();
        boolean[] errors = new boolean[n];
        boolean[] pending = new boolean[n];
        boolean[] warnings = new boolean[n];
        Map<String, Integer> sectionOfField = sectionOfField();
        boolean anyFieldError = false;
        for (String id : state.fieldsWithErrors()) {
            if (state.fieldErrors(id).isEmpty()) {
                continue;
            }
            anyFieldError = true;
            Integer s = sectionOfField.get(id);
            if (s != null) {
                if (state.raw(id) != null) {
                    errors[s] = true;
                } else {
                    pending[s] = true;
                }
            }
        }
        for (CheckResult r : shownChecks.values()) {
            if (r.status() == CheckStatus.PASSED) {
                continue;
            }
            List<String> ids = r.fields();
            for (int i = 0; i < ids.size(); i++) { // by index: no iterator per check per key
                Integer s = sectionOfField.get(ids.get(i));
                if (s == null) {
                    continue;
                }
                if (r.status() == CheckStatus.FAILED) {
                    if (r.severity() == Severity.ERROR) {
                        errors[s] = true;
                    } else {
                        warnings[s] = true;
                    }
                } else if (r.status() == CheckStatus.PENDING) {
                    pending[s] = true;
                }
            }
        }
        Mark[] out = new Mark[n + 1];
        for (int s = 0; s < n; s++) {
            // A section nobody has filled anything in is not "complete", even when none of its fields is required.
            boolean untouched = !errors[s] && !warnings[s] && !pending[s] && nothingEntered(s);
            out[s] = errors[s] ? Mark.ERRORS : warnings[s] ? Mark.WARNINGS : pending[s] || untouched ? Mark.PENDING
                    : Mark.COMPLETE;
        }
        // The summary: as errors()/pending()/warnings() being empty, without building their violations.
        boolean failedError = state.checkCount(CheckStatus.FAILED, Severity.ERROR) > 0;
        boolean pendingCheck = state.checkCount(CheckStatus.PENDING, Severity.ERROR) + state.checkCount(CheckStatus.PENDING, Severity.WARNING) > 0;
        boolean failedWarning = state.checkCount(CheckStatus.FAILED, Severity.WARNING) > 0;
        out[n] = !anyFieldError && !failedError && !pendingCheck
                ? (failedWarning ? Mark.WARNINGS : Mark.COMPLETE) : Mark.PENDING;
        return out;
    }

    private boolean nothingEntered(int sectionIndex) {
        for (FieldDef f : form.sections().get(sectionIndex).fields()) {
            if (!f.isComputed() && (state.raw(f.id()) != null || touched.contains(f.id()))) {
                return false;
            }
        }
        return true;
    }

    /** Opens where input is still needed: the first field with an error or an empty required value. */
    private void openAtFirstNeed() {
        for (int s = 0; s < form.sections().size(); s++) {
            List<Item> items = itemsOf(s);
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (it.kind() != Item.Kind.CELL && !state.fieldErrors(it.fieldId()).isEmpty()) {
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
