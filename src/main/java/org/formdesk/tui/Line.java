package org.formdesk.tui;

import java.util.ArrayList;
import java.util.List;

/** One screen line of a section: styled pieces, and the caret column when the caret is on it (else -1). */
final class Line {
    record Piece(String text, Style style) {
    }

    final List<Piece> pieces = new ArrayList<>();
    int caret = -1;

    Line add(String text, Style style) {
        pieces.add(new Piece(text, style));
        return this;
    }

    int width() {
        int w = 0;
        for (Piece p : pieces) {
            w += Width.of(p.text());
        }
        return w;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            sb.append(p.text());
        }
        return sb.toString();
    }

    static Line of(String text, Style style) {
        return new Line().add(text, style);
    }
}
