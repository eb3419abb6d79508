package org.formdesk.tui;

/** Where a terminal escape sequence that starts at an ESC ends, so that a paste drops it whole. */
final class Escapes {
    private Escapes() {
    }

    /** The index just past the sequence starting at {@code s[at] == ESC}: CSI, OSC/DCS/APC/PM/SOS, or ESC and one more. */
    static int end(String s, int at) {
        int n = s.length();
        int i = at + 1;
        if (i >= n) {
            return n;
        }
        char c = s.charAt(i);
        if (c == '[') { // CSI: parameters and intermediates, then one final byte @..~
            for (i++; i < n; i++) {
                char d = s.charAt(i);
                if (d >= 0x40 && d <= 0x7e) {
                    return i + 1;
                }
                if (d < 0x20 || d > 0x7e) {
                    return i;
                }
            }
            return n;
        }
        if (c == ']' || c == 'P' || c == '_' || c == '^' || c == 'X') { // string: up to BEL or ESC \\
            for (i++; i < n; i++) {
                char d = s.charAt(i);
                if (d == 0x07) {
                    return i + 1;
                }
                if (d == 0x1b) {
                    return i + 1 < n && s.charAt(i + 1) == '\\' ? i + 2 : i;
                }
            }
            return n;
        }
        return i + 1;
    }
}
