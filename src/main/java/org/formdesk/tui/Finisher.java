package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.engine.Violation;

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
        m.commit();
        int errors = m.verdict().errors().size();
        if (errors > 0) {
            m.say(m.words.t("finalizeRefused", errors), true);
            m.focus = 0;
            m.enter();
            return;
        }
        askNextOrWrite();
    }

    private void askNextOrWrite() {
        Violation w = m.verdict().nextUnexplained();
        if (w != null) {
            m.ask = FillModel.Ask.EXPLAIN;
            m.askCheck = w.id();
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
        try {
            m.meta = Drafts.touched(m.meta);
            List<Path> paths = m.drafts.finish(m.state, m.explanations, m.meta, m.history);
            m.written = paths.stream().map(Path::toString).toList();
            m.finalised = true;
            m.save(false);
            m.say(m.words.t("written", paths.get(0), paths.get(1)), false);
        } catch (IOException | RuntimeException e) {
            m.say(m.words.t("writeFailed", e.getMessage() == null ? e.toString() : e.getMessage()), true);
        }
    }
}
