package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * Going to a section by its number (F3, Esc G, or Esc and the number's first digit): the note line lists
 * the sections with their numbers, as the sidebar shows them, and the digits typed; Enter goes there.
 */
final class SectionJump {
    private SectionJump() {
    }

    static void start(FillModel m, String digits) {
        m.jump = digits;
        say(m);
    }

    private static void say(FillModel m) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < m.sectionCount(); i++) {
            String title = i == m.summaryIndex() ? m.words.t("summary") : m.form.sections().get(i).title();
            list.append(i == 0 ? "" : "  ").append(i + 1).append(' ').append(title);
        }
        m.say(m.words.t("jumpAsk", m.jump, list), false);
    }

    /** A key while the number is asked for: a digit, Backspace, Enter to go; any other key gives up. */
    static void key(FillModel m, KeyStroke k) {
        KeyType type = k.getKeyType();
        Character ch = k.getCharacter();
        if (type == KeyType.Character && ch != null && ch >= '0' && ch <= '9' && !k.isCtrlDown() && m.jump.length() < 3) {
            m.jump += ch;
            say(m);
        } else if (type == KeyType.Backspace && !m.jump.isEmpty()) {
            m.jump = m.jump.substring(0, m.jump.length() - 1);
            say(m);
        } else if (type == KeyType.Enter || type == KeyType.Character && ch != null && (ch == '\r' || ch == '\n')) {
            String digits = m.jump;
            m.jump = null;
            m.say("", false);
            int n = digits.isEmpty() ? -1 : Integer.parseInt(digits);
            if (n >= 1 && n <= m.sectionCount()) {
                Editing.moveTo(m, n - 1, 0);
            } else {
                m.say(m.words.t("jumpBad", m.sectionCount()), true);
            }
        } else {
            m.jump = null; // Esc or any other key: no jump
            m.say("", false);
        }
    }
}
