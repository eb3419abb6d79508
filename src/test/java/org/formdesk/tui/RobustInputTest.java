package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a user can type, paste or do to the window crashes the screens. */
class RobustInputTest {
    @TempDir
    Path dir;

    private ScreenDriver driver() throws Exception {
        return new ScreenDriver(dir.resolve("d.yaml"), dir, 80, 24);
    }

    @Test
    void aLetterInANumberIsRefusedAsTypedWithANote() throws Exception {
        ScreenDriver d = driver();
        d.type("20x21");
        assertThat(d.model.buffer).isEqualTo("2021");
        assertThat(d.text()).contains("年度：不接受「x」");
    }

    @Test
    void rangeIsCheckedWhenTheFieldIsLeft() throws Exception {
        ScreenDriver d = driver();
        d.type("1999");
        assertThat(d.text()).doesNotContain("不能小于");
        d.key(KeyType.Tab);
        assertThat(d.text()).contains("年度：不能小于 2000");
    }

    @Test
    void fullWidthDigitsAreAccepted() throws Exception {
        ScreenDriver d = driver();
        d.type("２０２１").key(KeyType.Tab);
        assertThat(d.model.state.value("fiscal_year")).isEqualTo(new BigDecimal("2021"));
        assertThat(d.model.state.fieldErrors("fiscal_year")).isEmpty();
    }

    @Test
    void pastedEscapeSequencesAndControlsDoNotReachTheField() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.Tab);
        d.vt.addInput(new KeyStroke(KeyType.Escape));
        d.type("[31m红[0m");
        d.vt.addInput(new KeyStroke('\u001b', false, false));
        d.vt.addInput(new KeyStroke('\u0007', false, false));
        d.vt.addInput(new KeyStroke(KeyType.Unknown));
        d.vt.addInput(new KeyStroke(KeyType.CursorLocation));
        d.pump().key(KeyType.Tab);
        Object raw = d.model.state.raw("org_name");
        assertThat(raw).isInstanceOf(String.class);
        assertThat((String) raw).doesNotContain("\u001b").doesNotContain("\u0007").contains("红");
    }

    @Test
    void emojiIsRefusedWithANote() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.Tab).type("部\uD83D\uDE00门");
        assertThat(d.model.buffer).isEqualTo("部门");
        assertThat(d.text()).contains("不支持表情符号");
    }

    @Test
    void aTenThousandCharacterPasteIsKeptAndShownWrapped() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.PageDown).key(KeyType.PageDown).key(KeyType.PageDown); // 单位人员情况
        while (!"staff_notes".equals(d.model.current().fieldId())) {
            d.key(KeyType.Tab);
        }
        String paste = "经济运行".repeat(2500);
        d.type(paste);
        assertThat(d.text()).contains("经济运行经济运行");
        d.key(KeyType.Tab);
        assertThat(d.model.state.raw("staff_notes")).isEqualTo(paste);
        // A field with a limit keeps what fits and says why.
        d.key(KeyType.PageUp).key(KeyType.PageUp); // 单位职能概况: 主要职能, at most 4000
        d.type("经济".repeat(5000));
        assertThat(d.model.buffer).hasSize(4000);
        assertThat(d.text()).contains("最多 4000 个字");
    }

    @Test
    void resizingTo40x12AndBackRepaints() throws Exception {
        Path draft = dir.resolve("full.yaml");
        Files.copy(Path.of("examples/dept-perf-self-eval-2021.yaml"), draft, StandardCopyOption.REPLACE_EXISTING);
        ScreenDriver d = new ScreenDriver(draft, dir, 80, 24).toSection("基本信息");
        d.resize(40, 12);
        assertThat(d.text()).contains("基本信息");
        for (int i = 0; i < 12; i++) {
            d.key(KeyType.PageDown);
        }
        d.resize(10, 3).resize(1, 1).resize(80, 24);
        assertThat(d.text()).contains("97 / 100");
        d.key(KeyType.F1);
        assertThat(d.text()).contains("Ctrl-S");
    }

    @Test
    void ctrlCAsksAndYSavesAndQuits() throws Exception {
        ScreenDriver d = driver();
        d.type("2021").ctrl('c');
        assertThat(d.text()).contains("Ctrl-C：y 保存并退出");
        d.type("y");
        assertThat(d.model.quitting()).isTrue();
        assertThat(Files.readString(dir.resolve("d.yaml"))).contains("fiscal_year: 2021");
    }

    @Test
    void ctrlQWithUnsavedChangesAsks() throws Exception {
        ScreenDriver d = driver();
        d.key(KeyType.PageDown).key(KeyType.PageDown).key(KeyType.PageDown).key(KeyType.PageDown);
        d.key(KeyType.Tab).key(KeyType.Tab).ctrl('n').type("x");
        d.vt.addInput(new KeyStroke('q', true, false));
        d.pump();
        assertThat(d.model.quitting()).isFalse();
        assertThat(d.text()).contains("y 保存并退出");
        d.key(KeyType.Escape);
        assertThat(d.model.quitting()).isFalse();
    }

    @Test
    void ctrlZAndCtrlBackslashAreHandledNotSignals() throws Exception {
        ScreenDriver d = driver();
        d.ctrl('z');
        assertThat(d.text()).contains("不支持挂起");
        d.vt.addInput(new KeyStroke('\u001c', false, false));
        d.pump();
        assertThat(d.model.buffer).isEmpty();
        assertThat(d.model.quitting()).isFalse();
    }
}
