package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalTextUtils;
import org.junit.jupiter.api.Test;

/** The widths the screen is laid out by are the ones Lanterna paints with, for every char. */
class WidthTest {
    @Test
    void everyCharIsAsWideAsLanternaPaintsIt() {
        for (int c = 0x20; c <= 0xFFFF; c++) {
            char ch = (char) c;
            assertThat(Width.of(ch)).as("U+%04X", c).isEqualTo(TerminalTextUtils.isCharDoubleWidth(ch) ? 2 : 1);
        }
    }

    @Test
    void aChineseLineIsTwoColumnsAChar() {
        assertThat(Width.of("自评表 ab")).isEqualTo(9);
        assertThat(Width.of('Ａ')).isEqualTo(2);
        assertThat(Width.of('ｱ')).isEqualTo(1);
    }
}
