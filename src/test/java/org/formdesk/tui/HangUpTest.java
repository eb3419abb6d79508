package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.formdesk.record.DraftRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 9: a hang-up saves what the user typed, even keys read but not yet handled (the first
 * second after start, when each key is slow), and the text an editor holds when the link drops; the session
 * ends with that one save, so no later save can be cut off by the JVM stopping (a temporary left behind).
 */
class HangUpTest {
    @TempDir
    Path dir;

    @Test
    void keysReadButNotYetHandledAreHandledAndSavedOnHangUp() throws Exception {
        Path draft = dir.resolve("d.yaml");
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 100, 30);
        // Typed, not yet handled: waiting in the terminal's input when SIGHUP arrives.
        queue(d, "2021");
        d.vt.addInput(new KeyStroke(KeyType.Tab));
        queue(d, "示范区");
        d.vt.addInput(new KeyStroke('e', true, false)); // Ctrl-E: no editor is opened for a hang-up
        queue(d, "y"); // after a key the hang-up does not act on: meant for what that key would have shown

        d.app.session().hangUp();

        String saved = Files.readString(draft);
        assertThat(saved).contains("fiscal_year: 2021", "org_name: 示范区\n");
        assertThat(d.model.quitting()).isTrue();
        assertThat(names(dir)).containsExactly("d.yaml");
    }

    @Test
    void afterTheLastSaveNothingIsHandledAndNothingSaved() throws Exception {
        Path draft = dir.resolve("d.yaml");
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 100, 30);
        d.type("2021").key(KeyType.Tab).type("示范区");
        Session session = d.app.session();

        session.hangUp();
        String saved = Files.readString(draft);
        long modified = Files.getLastModifiedTime(draft).toMillis();
        assertThat(saved).contains("org_name: 示范区");

        // The screen's thread going on after the hook's save (keys it had read, its own way out): a save
        // begun now could be cut off half-way when the hook returns and the JVM stops.
        d.type("乙").key(KeyType.Tab);
        session.dispatch(new Msg.Save());
        session.hangUp();

        assertThat(Files.readString(draft)).isEqualTo(saved);
        assertThat(Files.getLastModifiedTime(draft).toMillis()).isEqualTo(modified);
        assertThat(names(dir)).containsExactly("d.yaml");
    }

    @Test
    void aHangUpWhileTheEditorIsOpenTakesItsTextBackAndSavesIt() throws Exception {
        Path draft = dir.resolve("d.yaml");
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        Shell editor = new Shell() {
            @Override
            public String edit(String text) throws IOException {
                opened.countDown();
                try {
                    killed.await(30, TimeUnit.SECONDS); // the editor stays open until the hang-up ends it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("editor exited with status 129");
            }

            @Override
            public Optional<String> takeBack() {
                return Optional.of("本单位主要职能：已在编辑器中写好\n");
            }
        };
        ScreenDriver d = new ScreenDriver(draft, dir.resolve("out"), 100, 30);
        FillApp app = new FillApp(d.model, d.screen, editor, false, true);
        d.type("2").key(KeyType.Tab).toField("主要职能");
        Thread screen = new Thread(() -> {
            d.vt.addInput(new KeyStroke('e', true, false));
            try {
                app.pump();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        screen.start();
        assertThat(opened.await(30, TimeUnit.SECONDS)).isTrue();

        app.session().hangUp(); // the hook, while the screen's thread waits for the editor

        assertThat(Files.readString(draft)).contains("fiscal_year: 2\n", "本单位主要职能：已在编辑器中写好");
        String saved = Files.readString(draft);
        killed.countDown();
        screen.join(30_000);
        assertThat(Files.readString(draft)).isEqualTo(saved);
        assertThat(names(dir)).containsExactly("d.yaml");
    }

    @Test
    void theEditorsFileIsReadBackWhateverItsEndAndNanosRescueWins() throws Exception {
        Path file = Files.writeString(dir.resolve("formdesk-2.txt"), "given\n");
        Files.writeString(dir.resolve("formdesk-2.txt.save"), "typed, unsaved\n");
        EditorFile open = new EditorFile(file, "given\n");
        assertThat(open.read()).contains("typed, unsaved\n");
        open.remove();
        assertThat(names(dir)).isEmpty();
        Path same = Files.writeString(dir.resolve("formdesk-3.txt"), "given\n");
        assertThat(new EditorFile(same, "given\n").read()).isEmpty();
    }

    @Test
    void aTemporaryLeftByAKilledSaveIsRemovedAtTheNextOpen() throws Exception {
        Path draft = dir.resolve("d.yaml");
        ScreenDriver first = new ScreenDriver(draft, dir.resolve("out"), 100, 30);
        first.type("2021").key(KeyType.Tab);
        first.app.session().hangUp();
        Path left = Files.writeString(dir.resolve(".d.yaml.1234567.tmp"), "fiscal_year: '20");
        try (DraftSession again = DraftSession.open(new org.formdesk.record.DraftLocks(), ScreenDriver.seedEngine(), draft, dir.resolve("out"),
                Words.of("zh"), null, new java.io.PrintWriter(java.io.Writer.nullWriter()))) {
            assertThat(again.model().state().raw("fiscal_year")).isEqualTo("2021");
        }
        assertThat(left).doesNotExist();
        assertThat(new DraftRepository(draft, dir).draft()).exists();
    }

    private static void queue(ScreenDriver d, String text) {
        for (char c : text.toCharArray()) {
            d.vt.addInput(new KeyStroke(c, false, false));
        }
    }

    private static java.util.List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("out")).sorted().toList();
        }
    }
}
