package org.formdesk.tui;

import java.util.List;
import java.util.Map;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.RecordStatus;
import org.formdesk.record.RecordWriter;

/**
 * The update's steps on a session's state that every message shares: the typed text shown and committed,
 * the focus moved (which commits), and a save or a write asked for as an effect.
 */
final class Editing {
    private Editing() {
    }

    /** Shows the buffer in the engine as it is typed, so computed fields follow the keys (not yet a change). */
    static void apply(FillModel m) {
        Item it = m.current();
        if (it == null || !m.edited || m.buffer.equals(m.applied)) {
            return;
        }
        m.applied = m.buffer;
        if (it.kind() == Item.Kind.FIELD) {
            m.changes.preview(it.fieldId(), m.buffer);
        } else if (it.kind() == Item.Kind.CELL) {
            m.changes.previewCell(it.fieldId(), it.row(), it.column(), m.buffer);
        }
    }

    /** The typed text becomes a change (in the trail) if it differs from what the field held. */
    private static void commitTyped(FillModel m) {
        Item it = m.current();
        if (it == null || !m.edited) {
            return;
        }
        apply(m);
        if (m.buffer.equals(m.original)) {
            return;
        }
        if (it.kind() == Item.Kind.CELL) {
            m.changes.setCell(it.fieldId(), it.row(), it.column(), m.original, m.buffer);
        } else {
            m.changes.set(it.fieldId(), m.original, m.buffer);
        }
        m.original = m.buffer;
    }

    /** Leaving an item: the value is committed, its checks speak, the draft is saved if it changed. */
    static void commit(FillModel m) {
        Item it = m.current();
        if (it == null) {
            return;
        }
        if (it.fieldId() != null) {
            m.touched.add(it.fieldId());
        }
        if (m.edited) {
            commitTyped(m);
            m.edited = false;
            m.dirty = true;
            m.snapshotChecks();
            save(m, Effect.Then.NOTHING);
        }
    }

    /** A whole value committed at once (the line mode): changed, saved. */
    static void commitValue(FillModel m, String fieldId, String text) {
        m.touched.add(fieldId);
        if (m.changes.set(fieldId, text)) {
            changed(m);
        }
    }

    /** A whole table committed at once (the line mode). */
    static void commitRows(FillModel m, String fieldId, List<Map<String, String>> newRows) {
        m.touched.add(fieldId);
        if (m.changes.setRows(fieldId, newRows)) {
            changed(m);
        }
    }

    private static void changed(FillModel m) {
        m.dirty = true;
        m.snapshotChecks();
        save(m, Effect.Then.NOTHING);
    }

    static void moveTo(FillModel m, int sectionIndex, int itemIndex) {
        commit(m);
        m.pausedAtEnd = false;
        m.section = Math.max(0, Math.min(sectionIndex, m.summaryIndex()));
        m.focus = Math.max(0, itemIndex);
        m.enter();
    }

    static void next(FillModel m) {
        if (m.focus + 1 < m.items().size()) {
            moveTo(m, m.section, m.focus + 1);
        } else if (m.section < m.summaryIndex()) {
            moveTo(m, m.section + 1, 0);
        }
    }

    /**
     * Forward from the focus. ↓ stays in the section (PgDn leaves it); Tab and Enter leave it from its last
     * item, but not past a failing check of the section unseen: the first time they stop and say it.
     */
    static void forward(FillModel m, boolean mayLeave) {
        boolean last = m.focus + 1 >= m.items().size();
        if (!last || m.onSummary()) {
            next(m);
            return;
        }
        if (!mayLeave) {
            m.say(m.words.t("sectionEnd"), false);
            return;
        }
        if (!m.pausedAtEnd) {
            commit(m);
            String failing = m.failingCheckOfSection();
            if (failing != null) {
                m.pausedAtEnd = true;
                m.say(m.words.t("checkBeforeLeaving", failing), true);
                return;
            }
        }
        next(m);
    }

    /** ↑: the item above; never out of the section (PgUp leaves it). */
    static void up(FillModel m) {
        if (m.focus == 0 && !m.onSummary()) {
            m.say(m.words.t("sectionStart"), false);
        } else {
            previous(m);
        }
    }

    static void previous(FillModel m) {
        if (m.focus > 0) {
            moveTo(m, m.section, m.focus - 1);
        } else if (m.section > 0) {
            moveTo(m, m.section - 1, Math.max(0, m.itemsOf(m.section - 1).size() - 1));
        }
    }

    static void jumpToField(FillModel m, String fieldId) {
        Integer s = m.layout.sectionOf(fieldId);
        if (s == null) {
            return;
        }
        List<Item> items = m.itemsOf(s);
        for (int i = 0; i < items.size(); i++) {
            if (fieldId.equals(items.get(i).fieldId())) {
                moveTo(m, s, i);
                return;
            }
        }
        moveTo(m, s, 0);
    }

    /**
     * Asks for the draft to be saved (what is typed committed first, so the trail explains every saved
     * value); the runner says how it went with {@link Msg.Saved}.
     */
    static void save(FillModel m, Effect.Then then) {
        commitTyped(m);
        m.meta = m.meta.touched(DraftRepository.now(), m.who.user());
        RecordStatus status = m.finalised() ? RecordStatus.FINAL : RecordStatus.DRAFT;
        m.emit(new Effect.SaveDraft(RecordWriter.tree(m.snapshot(status), m.state), then));
    }

    /** Asks for the final record to be written; the runner answers with {@link Msg.Written}. */
    static void writeRecord(FillModel m) {
        m.meta = m.meta.touched(DraftRepository.now(), m.who.user());
        m.emit(new Effect.WriteRecord(RecordWriter.tree(m.snapshot(RecordStatus.FINAL), m.state),
                DraftRepository.baseName(m.state)));
    }
}
