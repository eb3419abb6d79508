package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: Ctrl-E with no editor there says, in the form's language, what was tried; typing goes on in place. */
class EditorFallbackTest {
    @TempDir
    Path dir;

    @Test
    void aMissingEditorNamesEverythingTried() {
        ExternalEditor.NoEditor none = catchThrowableOfType(
                () -> ExternalEditor.command(Map.of("EDITOR", "nano", "PATH", dir.toString())), ExternalEditor.NoEditor.class);
        assertThat(none.tried).containsExactly("$EDITOR=nano", "vi", "nano");
    }

    @Test
    void noEditorIsSaidInTheFormsLanguageAndInlineEditingGoesOn() throws Exception {
        ScreenDriver d = new ScreenDriver(dir.resolve("d.yaml"), dir.resolve("out"), 80, 24);
        d.editor = text -> {
            throw new ExternalEditor.NoEditor(java.util.List.of("$EDITOR=nano", "vi", "nano"));
        };
        d.toSection("单位职能概况").toField("主要职能").type("负责");
        d.ctrl('e');
        String screen = d.text().replaceAll("\\s+", "");
        assertThat(screen).contains("找不到可用的编辑器（试过$EDITOR=nano、vi、nano）").doesNotContain("Cannot", "error=");
        assertThat(d.model.currentField().label()).isEqualTo("主要职能");
        d.type("全市经济运行").key(KeyType.Tab);
        assertThat(d.model.state.raw("duties")).isEqualTo("负责全市经济运行");
    }
}
