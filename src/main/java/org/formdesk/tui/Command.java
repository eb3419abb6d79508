package org.formdesk.tui;

import com.googlecode.lanterna.input.KeyType;

/**
 * What a key means beyond typing, the same whichever way it was reached: an F-key, Esc then a letter,
 * Alt and a letter (terminals send it as Esc and the letter), or a Ctrl chord. Browsers keep Ctrl-W, N, T
 * (and Firefox Ctrl-Q), so every command has an F-key or a letter after Esc; the footer and help say them.
 */
enum Command {
    HELP, SAVE, QUIT, ADD_ROW, INSERT_ROW, DELETE_ROW, EDITOR, CLEAR, GO_TO_SECTION, EDIT_IN_PLACE;

    /** The command of a letter after Esc or with Alt; null when the letter is none (a digit goes to a section). */
    static Command ofLetter(char c) {
        return switch (Character.toLowerCase(c)) {
            case 's' -> SAVE;
            case 'q' -> QUIT;
            case 'n' -> ADD_ROW;
            case 'i' -> INSERT_ROW;
            case 'd' -> DELETE_ROW;
            case 'e' -> EDITOR;
            case 'u' -> CLEAR;
            case 'h', '?' -> HELP;
            case 'g' -> GO_TO_SECTION;
            default -> null;
        };
    }

    /** The command of an F-key (or Insert); null for keys that mean nothing here (F5, F8, F11, F12: browsers keep them). */
    static Command ofKey(KeyType type) {
        return switch (type) {
            case F1 -> HELP;
            case F2 -> EDIT_IN_PLACE;
            case F3 -> GO_TO_SECTION;
            case F4 -> ADD_ROW;
            case F6 -> DELETE_ROW;
            case F7 -> EDITOR;
            case F9 -> SAVE;
            case F10 -> QUIT;
            case Insert -> INSERT_ROW;
            default -> null;
        };
    }

    /** The command of a Ctrl chord, by its letter; null for chords with another meaning or none. */
    static Command ofCtrl(char letter) {
        return switch (letter) {
            case 's' -> SAVE;
            case 'q' -> QUIT;
            case 'n' -> ADD_ROW;
            case 'd' -> DELETE_ROW;
            case 'e' -> EDITOR;
            case 'u' -> CLEAR;
            default -> null;
        };
    }
}
