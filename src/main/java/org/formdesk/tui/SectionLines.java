package org.formdesk.tui;

import java.util.ArrayList;
import java.util.List;
import org.formdesk.form.FieldDef;

/**
 * A section's lines as they are built, with the range that holds the focused item, and the pieces every part
 * of a section draws with: the focus mark, an input box, a field's messages, wrapped text.
 */
final class SectionLines {
    final FillModel m;
    final int width;
    final Glyphs g;
    final List<Line> lines = new ArrayList<>();
    int focusFirst = -1;
    int focusLast = -1;
    /** The focusable item the next one drawn is, counted as the model counts its items. */
    int itemIndex;

    SectionLines(FillModel m, int width, Glyphs g) {
        this.m = m;
        this.width = Math.max(10, width);
        this.g = g;
    }

    SectionView.Result result() {
        return new SectionView.Result(lines, focusFirst, focusLast);
    }

    boolean focused() {
        return m.focus == itemIndex;
    }

    void mark(Line line, boolean focused) {
        line.add(focused ? g.focus() + " " : "  ", focused ? Style.FOCUS : Style.NORMAL);
    }

    void startItem() {
        if (focused()) {
            focusFirst = lines.size();
        }
    }

    void endItem() {
        if (focused()) {
            focusLast = lines.size() - 1;
        }
        itemIndex++;
    }

    String labelOf(FieldDef f) {
        return f.label() + (m.state.isRequired(f) ? " *" : "");
    }

    /** An input box: the text scrolled so the caret shows; the caret column is set when focused. */
    void input(Line line, String text, boolean focused, int boxW) {
        int start = 0;
        if (focused) {
            int caret = Math.min(m.caret, text.length());
            // The first character shown: walk back from the caret while the box has room. (Walking forward
            // from 0 and measuring each rest again took time quadratic in a long pasted value; ScreenFuzz.)
            start = caret;
            int w = 0;
            while (start > 0 && w + Width.of(text.charAt(start - 1)) <= boxW - 1) {
                w += Width.of(text.charAt(--start));
            }
            line.caret = line.width() + w;
        }
        String shown = Width.pad(text.substring(start).replace('\n', ' '), boxW);
        if (focused && m.selected && !text.isEmpty()) {
            // The whole value selected, as in a spreadsheet cell just entered: typing replaces it.
            String value = Width.fit(text.substring(start).replace('\n', ' '), boxW);
            line.add(value, Style.SELECTED);
            line.add(" ".repeat(Math.max(0, boxW - Width.of(value))), Style.INPUT);
            return;
        }
        line.add(shown, focused ? Style.INPUT : Style.NORMAL);
    }

    void messages(String fieldId, String hint) {
        if (m.showsErrors(fieldId)) {
            for (String e : m.state.fieldErrors(fieldId)) {
                wrapped("    " + g.error() + " ", e, Style.ERROR);
            }
        }
        if (hint != null && !hint.isBlank()) {
            wrapped("    ", hint, Style.DIM);
        }
    }

    void wrapped(String prefix, String text, Style style) {
        int indent = Width.of(prefix);
        boolean first = true;
        for (Width.Piece p : Width.wrap(text, width - indent)) {
            lines.add(Line.of((first ? prefix : " ".repeat(indent)) + p.text(), style));
            first = false;
        }
    }
}
