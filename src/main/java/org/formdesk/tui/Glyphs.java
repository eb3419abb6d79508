package org.formdesk.tui;

/**
 * Marks and borders. The Unicode set avoids East-Asian "ambiguous" characters (box drawing, …, ▶),
 * which Chinese PuTTY/Xshell set-ups draw two columns wide and Lanterna counts as one.
 */
record Glyphs(String complete, String error, String warning, String pending, String focus, String bar) {
    static final Glyphs UNICODE = new Glyphs("✓", "✗", "!", "-", ">", "|");
    static final Glyphs ASCII = new Glyphs("+", "x", "!", "-", ">", "|");
}
