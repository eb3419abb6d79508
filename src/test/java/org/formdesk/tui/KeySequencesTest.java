package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bytes PuTTY (its default, "ESC[n~"), Xshell, xterm, xterm.js and the Linux console send for each key
 * the screen uses, through the product's input layer, decode to that key; and every F-key and Esc letter
 * the footer and help name is a command.
 */
class KeySequencesTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // F1–F4: PuTTY's default (ESC[11~…), xterm and xterm.js (ESC O P…), the Linux console (ESC[[A…)
        "putty, 1b 5b 31 31 7e, F1", "putty, 1b 5b 31 32 7e, F2", "putty, 1b 5b 31 33 7e, F3", "putty, 1b 5b 31 34 7e, F4",
        "xterm, 1b 4f 50, F1", "xterm, 1b 4f 51, F2", "xterm, 1b 4f 52, F3", "xterm, 1b 4f 53, F4",
        "linux, 1b 5b 5b 41, F1", "linux, 1b 5b 5b 42, F2", "linux, 1b 5b 5b 43, F3", "linux, 1b 5b 5b 44, F4",
        // F5–F12: the same in every one of them
        "all, 1b 5b 31 35 7e, F5", "all, 1b 5b 31 37 7e, F6", "all, 1b 5b 31 38 7e, F7", "all, 1b 5b 31 39 7e, F8",
        "all, 1b 5b 32 30 7e, F9", "all, 1b 5b 32 31 7e, F10", "all, 1b 5b 32 33 7e, F11", "all, 1b 5b 32 34 7e, F12",
        // Home and End: PuTTY and Xshell (ESC[1~ ESC[4~), xterm.js and xterm (ESC[H ESC[F), application mode (ESC O H / F)
        "putty, 1b 5b 31 7e, Home", "putty, 1b 5b 34 7e, End",
        "xterm, 1b 5b 48, Home", "xterm, 1b 5b 46, End",
        "xterm-app, 1b 4f 48, Home", "xterm-app, 1b 4f 46, End",
        "all, 1b 5b 32 7e, Insert", "all, 1b 5b 33 7e, Delete", "all, 1b 5b 35 7e, PageUp", "all, 1b 5b 36 7e, PageDown",
        "all, 1b 5b 41, ArrowUp", "all, 1b 5b 42, ArrowDown", "xterm-app, 1b 4f 41, ArrowUp", "xterm-app, 1b 4f 42, ArrowDown",
        // Enter is 0d on the wire; the tty's ICRNL (or, over SSH, ChannelInput) hands it on as 0a
        "all, 1b 5b 5a, ReverseTab", "all, 09, Tab", "all, 0a, Enter",
        // Backspace: ^? (PuTTY's default, xterm.js) and ^H (PuTTY's other setting, some Xshell profiles)
        "putty, 7f, Backspace", "xshell, 08, Backspace",
    })
    void eachTerminalsSequenceIsItsKey(String terminal, String hex, KeyType expected) throws Exception {
        // followed by a letter typed next, which must come through as itself (nothing of the sequence leaks)
        List<KeyStroke> keys = PasteKeys.decode(bytes(hex + " 61"), StandardCharsets.UTF_8);
        assertThat(keys).as("%s %s", terminal, hex).extracting(KeyStroke::getKeyType)
                .containsExactly(expected, KeyType.Character);
        assertThat(keys.get(1).getCharacter()).isEqualTo('a');
    }

    @ParameterizedTest
    @CsvSource({"73, SAVE", "71, QUIT", "6e, ADD_ROW", "69, INSERT_ROW", "64, DELETE_ROW", "65, EDITOR", "75, CLEAR",
        "68, HELP", "67, GO_TO_SECTION", "53, SAVE"})
    void altAndALetterIsThatLettersCommand(String hex, Command expected) throws Exception {
        // Alt-letter, and Esc then a letter read at once: the same bytes, ESC and the letter
        List<KeyStroke> keys = PasteKeys.decode(bytes("1b " + hex), StandardCharsets.UTF_8);
        assertThat(keys).singleElement().satisfies(k -> {
            assertThat(k.isAltDown()).isTrue();
            assertThat(Command.ofLetter(k.getCharacter())).isEqualTo(expected);
        });
    }

    @ParameterizedTest
    @CsvSource({"F1, HELP", "F2, EDIT_IN_PLACE", "F3, GO_TO_SECTION", "F4, ADD_ROW", "F6, DELETE_ROW", "F7, EDITOR",
        "F9, SAVE", "F10, QUIT", "Insert, INSERT_ROW"})
    void theFKeysTheFooterNamesAreCommands(KeyType key, Command expected) {
        assertThat(Command.ofKey(key)).isEqualTo(expected);
        assertThat(Words.of("zh").t("help") + Words.of("zh").t("footer") + Words.of("zh").t("footerTable") + Words.of("zh").t("footerLong"))
                .contains(key == KeyType.Insert ? "Ins" : key.name());
    }

    private static byte[] bytes(String hex) {
        String[] parts = hex.strip().split("\\s+");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }
}
