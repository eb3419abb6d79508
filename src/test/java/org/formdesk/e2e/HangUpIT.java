package org.formdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 9, on the packaged program in a pseudo-terminal: keys typed at once right after the
 * screen appears, already read by the program but not yet handled, are all saved when the session is hung
 * up (SIGHUP, or the terminal closed); the text of an editor still open when the terminal closes is taken
 * back from the editor's file and saved; no temporary is left, neither beside the draft nor the editor's.
 */
class HangUpIT {
    private static final String PAGE_DOWN = "\u001b[6~";

    @TempDir
    Path dir;

    @BeforeEach
    void needsScript() {
        assumeTrue(Pty.available(), "util-linux script is not installed (.ci/run installs it)");
        assumeTrue(Pty.available() && python3(), "python3 is not installed");
    }

    @Test
    void keysReadButNotHandledAreSavedWhenSighupArrives() throws Exception {
        hangUpWhileKeysWait("sighup");
    }

    @Test
    void keysReadButNotHandledAreSavedWhenTheTerminalCloses() throws Exception {
        hangUpWhileKeysWait("close");
    }

    private void hangUpWhileKeysWait(String how) throws Exception {
        Path draft = dir.resolve("d.yaml");
        try (Pty pty = start(draft, List.of())) {
            pty.await(0, StandardCharsets.UTF_8, s -> s.contains("F1"));
            // Typed at once: the year, a unit name corrected many times over (enough keys to keep a program
            // that has only just started busy for a while), a department, and a date not finished.
            StringBuilder keys = new StringBuilder("2021\t");
            for (int i = 0; i < 600; i++) {
                keys.append("x\u007f");
            }
            keys.append("示范区\t经济运行部\t2021-03-0");
            pty.send(keys.toString(), StandardCharsets.UTF_8);
            long java = javaUnder(pty);
            String tty = Files.readSymbolicLink(Path.of("/proc/" + java + "/fd/0")).toString();
            awaitTrue("the program to have read every key", () -> unread(tty) == 0);

            if (how.equals("sighup")) {
                signal("HUP", java);
            } else {
                signal("KILL", pty.pid()); // the terminal's far end gone: the kernel hangs the terminal up
            }
            awaitTrue("the program to end", () -> ProcessHandle.of(java).isEmpty());
        }
        String saved = Files.readString(draft);
        assertThat(saved).contains("fiscal_year: 2021\n", "org_name: 示范区\n", "unit_name: 经济运行部\n",
                "fill_date: 2021-03-0\n");
        assertThat(names(dir)).containsExactly("d.yaml", "tmp");
    }

    @Test
    void anEditorsTextIsTakenBackWhenTheTerminalClosesWhileItIsOpen() throws Exception {
        Path draft = dir.resolve("d.yaml");
        Path ready = dir.resolve("editor-ready");
        Path editor = dir.resolve("editor.sh");
        // An editor the user typed in and saved, still open when the link goes.
        Files.writeString(editor, "#!/bin/sh\nprintf '%s\\n' '本单位主要职能：在编辑器中写好' > \"$1\"\ntouch '" + ready
                + "'\nexec sleep 600\n");
        editor.toFile().setExecutable(true);
        try (Pty pty = start(draft, List.of("EDITOR=" + editor, "VISUAL="))) {
            pty.await(0, StandardCharsets.UTF_8, s -> s.contains("F1"));
            pty.send("2021\t", StandardCharsets.UTF_8);
            int mark = pty.mark();
            pty.send(PAGE_DOWN + PAGE_DOWN, StandardCharsets.UTF_8);
            pty.await(mark, StandardCharsets.UTF_8, s -> s.contains("主要职能"));
            pty.send(new byte[] {0x05}); // Ctrl-E
            awaitTrue("the editor to have written its file", () -> Files.exists(ready));
            long java = javaUnder(pty);

            signal("KILL", pty.pid());
            awaitTrue("the program to end", () -> ProcessHandle.of(java).isEmpty());
        }
        assertThat(Files.readString(draft)).contains("fiscal_year: 2021\n", "duties: 本单位主要职能：在编辑器中写好\n");
        assertThat(names(dir)).containsExactlyInAnyOrder("d.yaml", "tmp", "editor.sh", "editor-ready");
        assertThat(names(dir.resolve("tmp"))).as("the editor's file, which holds the user's text").isEmpty();
    }

    private Pty start(Path draft, List<String> env) throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> all = new java.util.ArrayList<>(List.of("LANG=C.UTF-8", "XDG_DATA_HOME=" + dir.resolve("xdg")));
        all.addAll(env);
        return Pty.start(80, 24, "java -Djava.io.tmpdir='" + tmp + "' -jar '" + Pty.jar() + "' fill --draft '" + draft
                + "' --out '" + dir.resolve("out") + "'", dir, all);
    }

    private static long javaUnder(Pty pty) {
        return ProcessHandle.of(pty.pid()).orElseThrow().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow().pid();
    }

    /** Bytes typed on the terminal that no program has read yet. */
    private static int unread(String tty) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", "import fcntl, os, struct, sys, termios\n"
                + "fd = os.open(sys.argv[1], os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)\n"
                + "print(struct.unpack('i', fcntl.ioctl(fd, termios.FIONREAD, b'\\0' * 4))[0])", tty)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return Integer.parseInt(out);
    }

    private static void signal(String name, long pid) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor()).isZero();
    }

    private static boolean python3() {
        try {
            return new ProcessBuilder("python3", "-c", "import fcntl, termios").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !Set.of("out", "xdg").contains(n))
                    .sorted().toList();
        }
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void awaitTrue(String what, Check check) throws Exception {
        long end = System.nanoTime() + Pty.TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (check.ok()) {
                return;
            }
            Thread.sleep(20); // polling a process or a file: nothing to wait on
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
