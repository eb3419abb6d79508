package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 9: a hang-up saves what the user typed, even keys read but not yet handled (the first
 * second after start, when each key is slow), and the text an editor holds when the link drops.
 */
class HangUpTest {
    @TempDir
    Path dir;

    @Test
    void keysReadButNotYetHandledAreHandledAndSavedOnHangUp() throws Exception {
        Path draft = dir.resolve("d.yaml");
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 100, 30);
        // Typed, not yet handled: waiting in the terminal's input when SIGHUP arrives.
        for (char c : "2021".toCharArray()) {
            d.vt.addInput(new KeyStroke(c, false, false));
        }
        d.vt.addInput(new KeyStroke(KeyType.Tab));
        for (char c : "示范区".toCharArray()) {
            d.vt.addInput(new KeyStroke(c, false, false));
        }
        d.vt.addInput(new KeyStroke('e', true, false)); // Ctrl-E: never acted on in a hang-up

        d.model.saveOnHangUp(d.app::drainPending);

        String saved = Files.readString(draft);
        assertThat(saved).contains("fiscal_year: 2021", "org_name: 示范区");
        assertThat(d.model.quitting()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("d.yaml");
        }
    }

    @Test
    void anEditorsFileIsTakenBackOnHangUp() throws Exception {
        Path draft = dir.resolve("d.yaml");
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 100, 30);
        d.type("2021").key(KeyType.Tab);
        Path file = Files.writeString(dir.resolve("formdesk-1.txt"), "主要职能：已在编辑器中写好\n");
        EditorFile open = new EditorFile(file, "\n");

        d.model.saveOnHangUp(() -> open.takeBack().ifPresent(d.model::editedOutside));

        assertThat(Files.readString(draft)).contains("fiscal_year: 2021", "主要职能：已在编辑器中写好");
        assertThat(file).doesNotExist();
    }

    @Test
    void nanosRescuedBufferWinsAndAnUntouchedFileGivesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("formdesk-2.txt"), "given\n");
        Files.writeString(dir.resolve("formdesk-2.txt.save"), "typed, unsaved\n");
        assertThat(new EditorFile(file, "given\n").takeBack()).contains("typed, unsaved\n");
        assertThat(dir.resolve("formdesk-2.txt.save")).doesNotExist();
        Path same = Files.writeString(dir.resolve("formdesk-3.txt"), "given\n");
        assertThat(new EditorFile(same, "given\n").takeBack()).isEmpty();
    }
}
