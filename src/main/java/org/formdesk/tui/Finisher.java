package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * Finalize: refuse while errors remain, ask for an explanation of each warning (kept in the record),
 * then write the record as YAML and JSON.
 */
final class Finisher {
    private final FillModel m;

    Finisher(FillModel model) {
        this.m = model;
    }

    void start() {
        Editing.commit(m);
        if (Finaliser.next(m.verdict()) instanceof Finaliser.Refused refused) {
            m.say(m.words.t("finalizeRefused", refused.errors()), true);
            m.focus = 0;
            m.enter();
            return;
        }
        askNextOrWrite();
    }

    private void askNextOrWrite() {
        if (Finaliser.next(m.verdict()) instanceof Finaliser.Explain explain) {
            m.ask = FillModel.Ask.EXPLAIN;
            m.askCheck = explain.warning().id();
            m.buffer = "";
            m.caret = 0;
            return;
        }
        m.askCheck = null;
        m.ask = FillModel.Ask.CONFIRM_FINAL; // say where it will write, and ask first
    }

    /** The answer to "finalise and write to …?": y writes; anything else leaves the draft as it is. */
    void confirm(boolean yes) {
        m.ask = null;
        if (yes) {
            write();
        } else {
            m.say(m.words.t("finalCancelled"), false);
        }
        m.enter();
    }

    /** A key while an explanation is asked for: the answer is a one-line text. */
    void explainKey(KeyStroke k) {
        switch (k.getKeyType()) {
            case Escape -> {
                m.ask = null;
                m.enter();
            }
            case Enter -> {
                if (!m.buffer.isBlank()) {
                    m.explanations.put(m.askCheck, m.buffer.strip());
                    m.dirty = true;
                    askNextOrWrite();
                    if (m.ask == null) {
                        m.enter();
                    }
                }
            }
            case Backspace -> {
                if (m.caret > 0) {
                    m.buffer = m.buffer.substring(0, m.caret - 1) + m.buffer.substring(m.caret);
                    m.caret--;
                }
            }
            case ArrowLeft -> m.caret = Math.max(0, m.caret - 1);
            case ArrowRight -> m.caret = Math.min(m.buffer.length(), m.caret + 1);
            case Character -> {
                char c = k.getCharacter();
                if (!k.isCtrlDown() && !k.isAltDown() && !Character.isSurrogate(c) && c >= 0x20 && m.buffer.length() < 2000) {
                    m.buffer = m.buffer.substring(0, m.caret) + c + m.buffer.substring(m.caret);
                    m.caret++;
                }
            }
            default -> {
            }
        }
    }

    private void write() {
        Editing.writeRecord(m);
    }
}
