package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 finding 5: a paste is text, never keys, and one change. The bytes go through the product's input
 * layer (as a terminal in bracketed-paste mode sends them), and the events it makes drive the real screen.
 */
class BracketedPasteTest {
    private static final String START = "\u001b[200~";
    private static final String END = "\u001b[201~";

    @TempDir
    Path dir;

    private static List<KeyStroke> keys(String sent, Charset cs, int... chunks) throws Exception {
        return PasteKeys.decode(sent.getBytes(cs), cs, chunks);
    }

    private ScreenDriver feed(List<KeyStroke> keys) throws Exception {
        ScreenDriver d = new ScreenDriver(dir.resolve("d.yaml"), dir, 80, 24);
        for (KeyStroke k : keys) {
            d.vt.addInput(k);
        }
        return d.pump();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0011n", "\u0003n", "\u001b[21~n", "\u0011y", "\u001b[15~\u0003y"})
    void aPastedQuitOrCtrlCIsTextAndDoesNotQuit(String tail) throws Exception {
        ScreenDriver d = feed(keys("x" + START + "pasted text" + tail + END, StandardCharsets.UTF_8));
        assertThat(d.text()).contains("粘贴内容里的控制字符和转义序列已去掉");
        d.key(KeyType.Tab);
        assertThat(d.model.quit).isFalse();
        assertThat(d.model.ask).isNull();
        assertThat(d.model.state.raw("fiscal_year")).isNull(); // 年度 refuses letters: nothing of the paste stays
    }

    @Test
    void aPasteIntoTheYearStoresTheYearAndNoMarkerDigits() throws Exception {
        ScreenDriver d = feed(keys(START + "2021" + END, StandardCharsets.UTF_8));
        assertThat(d.model.buffer).isEqualTo("2021");
        d.key(KeyType.Tab);
        assertThat(d.model.state.raw("fiscal_year")).isEqualTo("2021");
    }

    @Test
    void aPasteIsOneEventCarryingItsText() throws Exception {
        List<KeyStroke> ks = keys("a" + START + "pasted\u0011n\u001b[21~中" + END + "b", StandardCharsets.UTF_8);
        assertThat(ks).hasSize(3);
        assertThat(ks.get(0).getCharacter()).isEqualTo('a');
        assertThat(ks.get(1)).isInstanceOf(Pasted.class);
        assertThat(((Pasted) ks.get(1)).text()).isEqualTo("pasted\u0011n\u001b[21~中");
        assertThat(ks.get(2).getCharacter()).isEqualTo('b');
    }

    @Test
    void markersCutAcrossReadsAreStillMarkers() throws Exception {
        String sent = START + "0354-3368795" + END;
        for (int cut = 1; cut < sent.length(); cut++) {
            List<KeyStroke> ks = keys(sent, StandardCharsets.UTF_8, cut, 1, 2, 3);
            assertThat(ks).as("cut at %d", cut).singleElement().isInstanceOf(Pasted.class);
            assertThat(((Pasted) ks.get(0)).text()).as("cut at %d", cut).isEqualTo("0354-3368795");
        }
    }

    @Test
    void gbkPastesAreDecodedInTheTerminalsCharset() throws Exception {
        Charset gbk = Charset.forName("GBK");
        List<KeyStroke> ks = keys(START + "经济运行部" + END, gbk);
        assertThat(ks).singleElement().isInstanceOf(Pasted.class);
        assertThat(((Pasted) ks.get(0)).text()).isEqualTo("经济运行部");
    }

    @Test
    void aLoneEscapeIsNotHeldBack() throws Exception {
        List<KeyStroke> ks = keys("\u001b", StandardCharsets.UTF_8);
        assertThat(ks).singleElement().extracting(KeyStroke::getKeyType).isEqualTo(KeyType.Escape);
    }

    @Test
    void aPasteIsOneChangeAndLineEndsOfACopiedCellGo() throws Exception {
        ScreenDriver d = feed(List.of());
        d.key(KeyType.Tab); // 所属地区/单位, a text field
        d.vt.addInput(new Pasted("示范区 晋中开发区\r\n"));
        d.pump();
        assertThat(d.model.buffer).isEqualTo("示范区 晋中开发区");
        assertThat(d.model.caret).isEqualTo("示范区 晋中开发区".length());
        // More lines into a one-line field: the first is taken and the rest is said (issue 12)
        d.ctrl('u');
        d.vt.addInput(new Pasted("示范区\r\n晋中开发区\r\n"));
        d.pump();
        assertThat(d.model.buffer).isEqualTo("示范区");
        assertThat(d.text()).contains("舍去其余 1 行");
    }

    /** Found by ScreenFuzz: the box's first shown character was found in time quadratic in the value. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aVeryLongPasteShowsItsEndWithTheCaretAfterIt() throws Exception {
        ScreenDriver d = feed(List.of());
        d.key(KeyType.Tab);
        d.vt.addInput(new Pasted("a".repeat(50_000) + "xyz"));
        d.pump();
        d.type("b");
        d.type("c");
        assertThat(d.model.buffer).hasSize(50_005).endsWith("xyzbc");
        int row = d.vt.getCursorPosition().getRow();
        int col = d.vt.getCursorPosition().getColumn();
        String line = d.text().lines().toList().get(row);
        assertThat(line).contains("aaaxyzbc");
        assertThat(d.vt.getCharacter(col - 1, row).getCharacterString()).isEqualTo("c");
    }

    @Test
    void aPasteDoesNotAnswerAQuestion() throws Exception {
        ScreenDriver d = feed(List.of());
        d.type("2021");
        d.ctrl('q');
        assertThat(d.model.ask).isNotNull();
        d.vt.addInput(new Pasted("y"));
        d.pump();
        assertThat(d.model.quit).isFalse();
        assertThat(d.model.ask).isNotNull();
    }
}
