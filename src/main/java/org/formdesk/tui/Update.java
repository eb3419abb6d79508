package org.formdesk.tui;

import java.util.List;
import org.formdesk.engine.Normalizer;
import org.formdesk.form.FieldDef;

/**
 * The update: {@code update(state, message) → (state, effects)}. The session's state is changed in place
 * (it belongs to that session alone, and a form's derived figures are recomputed incrementally, not
 * copied), and what must happen outside (a save, the editor, a written record, a bell, a timer) comes back as
 * effects for {@link EffectRunner}. Nothing here draws, touches a file or throws at the user.
 */
final class Update {
    private Update() {
    }

    static List<Effect> update(FillModel m, Msg msg) {
        try {
            handle(m, msg);
        } catch (RuntimeException e) {
            // A bug must not cost the user their input: say it, and save what is there.
            m.takeEffects();
            m.say(m.words.t("internalError", e), true);
            Editing.save(m, Effect.Then.NOTHING);
        }
        if (msg instanceof Msg.Key || msg instanceof Msg.Paste || msg instanceof Msg.Resize) {
            m.idle.restart(m); // after a bug too: the user is there
        }
        return m.takeEffects();
    }

    private static void handle(FillModel m, Msg msg) {
        if (msg instanceof Msg.Key k) {
            new KeyHandler(m).handle(k.key());
        } else if (msg instanceof Msg.Paste p) {
            Pastes.paste(m, p.text());
        } else if (msg instanceof Msg.Resize) {
            m.clampFocus(); // nothing else: the view lays the screen out again for the new size
        } else if (msg instanceof Msg.HangUp) {
            saveWhatIsTyped(m);
        } else if (msg instanceof Msg.IdleLimit l) {
            m.idle.limit(m, l.after());
        } else if (msg instanceof Msg.Idle i) {
            if (m.idle.current(i) && !m.quit) {
                // As a hang-up: what is typed is saved and the session ends; the shell says why.
                saveWhatIsTyped(m);
                m.quit = true;
                m.idle.expire();
            }
        } else if (msg instanceof Msg.Saved s) {
            saved(m, s);
        } else if (msg instanceof Msg.EditorResult r) {
            editorResult(m, r);
        } else if (msg instanceof Msg.Written w) {
            written(m, w);
        } else if (msg instanceof Msg.Answer a) {
            Editing.commitValue(m, a.fieldId(), a.text());
        } else if (msg instanceof Msg.AnswerRows a) {
            Editing.commitRows(m, a.tableId(), a.rows());
        } else if (msg instanceof Msg.Explain e) {
            if (e.text() != null && !e.text().isBlank()) {
                m.explanations.put(e.checkId(), e.text().strip());
                m.dirty = true;
            }
        } else if (msg instanceof Msg.Save) {
            Editing.save(m, Effect.Then.NOTHING);
        } else if (msg instanceof Msg.Finalize && Finaliser.next(m.verdict()) instanceof Finaliser.Ready) {
            Editing.writeRecord(m);
        }
    }

    private static void saveWhatIsTyped(FillModel m) {
        if (!m.quit && (m.edited || m.dirty)) {
            Editing.save(m, Effect.Then.NOTHING);
        }
    }

    private static void saved(FillModel m, Msg.Saved s) {
        if (s.failure() != null) {
            m.say(m.words.t("saveFailed", s.failure()), true);
            return;
        }
        m.dirty = false;
        m.onDisk = true;
        if (s.then() == Effect.Then.SAY) {
            m.say(m.words.t("savedTo", m.drafts.draft()), false);
        } else if (s.then() == Effect.Then.QUIT) {
            m.quit = true;
        }
    }

    private static void editorResult(FillModel m, Msg.EditorResult r) {
        if (!r.tried().isEmpty()) {
            // Inline editing goes on: the field keeps its focus and what was typed.
            m.say(m.words.t("noEditor", String.join(m.words.chinese() ? "、" : ", ", r.tried())), true);
            return;
        }
        if (r.failure() != null) {
            m.say(m.words.t("editorFailed", r.failure()), true);
            return;
        }
        FieldDef f = m.currentField();
        if (r.text() == null || f == null || !f.kind().multiline()) {
            return;
        }
        String clean = r.text().replace("\r\n", "\n").replaceAll("\n+$", "");
        if (Normalizer.unsafe(clean, true) != null) {
            m.say(m.state.engine().texts().t("control", f.label()), true);
            return;
        }
        m.buffer = clean;
        m.caret = clean.length();
        m.edited = true;
        Editing.commit(m);
        m.enter();
    }

    private static void written(FillModel m, Msg.Written w) {
        if (w.failure() != null) {
            m.say(m.words.t("writeFailed", w.failure()), true);
            return;
        }
        m.written = w.paths();
        m.finalAt = m.changes.count();
        Editing.save(m, Effect.Then.NOTHING);
        m.say(m.words.t("written", w.paths().get(0), w.paths().get(1)), false);
    }
}
