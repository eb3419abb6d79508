package org.formdesk.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A private tmux server for one test: a real pseudo-terminal to run the packaged program in, keys
 * sent with send-keys, the screen read with capture-pane. Every wait polls a condition until it holds.
 */
public final class Tmux implements AutoCloseable {
    public static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final String socket;
    private final String session;

    public Tmux(String name) {
        // A socket of its own per instance: a server of the previous test with the same name may still be
        // exiting, and a new session on its socket then fails with "server exited unexpectedly".
        this.socket = "formdesk-" + name + "-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
        this.session = name;
    }

    public static boolean available() {
        return onPath("tmux");
    }

    /** Starts {@code script} (bash) in a new window of the given size. */
    public void start(int columns, int rows, String script) throws IOException, InterruptedException {
        run(true, "tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", session, "-x",
                String.valueOf(columns), "-y", String.valueOf(rows), "bash", "-c", script);
    }

    /** Named keys, as tmux spells them: Tab, C-s, PageDown, Escape. */
    public void keys(String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        run(true, cmd.toArray(String[]::new));
    }

    /** Raw bytes, as a terminal emulator (PuTTY, Xshell, xterm.js) sends them: "1b 5b 31 31 7e" is PuTTY's F1. */
    public void bytes(String hex) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "send-keys", "-t", session, "-H"));
        cmd.addAll(List.of(hex.trim().split("\\s+")));
        run(true, cmd.toArray(String[]::new));
    }

    /** Text typed as it is (Chinese included). */
    public void type(String text) throws IOException, InterruptedException {
        run(true, "tmux", "-L", socket, "send-keys", "-t", session, "-l", text);
    }

    /** Pastes the text as a terminal does: between bracketed-paste markers if the program asked for them. */
    public void paste(String text) throws IOException, InterruptedException {
        run(true, "tmux", "-L", socket, "set-buffer", "-b", "formdesk-paste", "--", text);
        run(true, "tmux", "-L", socket, "paste-buffer", "-p", "-d", "-b", "formdesk-paste", "-t", session);
    }

    public void resize(int columns, int rows) throws IOException, InterruptedException {
        run(true, "tmux", "-L", socket, "resize-window", "-t", session, "-x", String.valueOf(columns), "-y",
                String.valueOf(rows));
    }

    public String screen() throws IOException, InterruptedException {
        return run(true, "tmux", "-L", socket, "capture-pane", "-p", "-t", session);
    }

    /** The pid of the process the window runs (the shell running the script). */
    public long panePid() throws IOException, InterruptedException {
        return Long.parseLong(run(true, "tmux", "-L", socket, "display-message", "-p", "-t", session,
                "#{pane_pid}").strip());
    }

    /** Waits until the screen satisfies {@code ok}; fails with what the screen shows. */
    public String await(Predicate<String> ok) throws IOException, InterruptedException {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        String screen = "";
        while (System.nanoTime() < end) {
            screen = screen();
            if (ok.test(screen)) {
                return screen;
            }
            Thread.sleep(100); // the poll interval; the condition decides
        }
        throw new AssertionError("timed out waiting; the pane shows:\n" + screen);
    }

    public static void awaitTrue(String what, BooleanSupplier ok) throws InterruptedException {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (ok.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    public static void awaitFile(Path file) throws InterruptedException {
        awaitTrue(file.toString(), () -> {
            try {
                return Files.exists(file) && Files.size(file) > 0;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(false, "tmux", "-L", socket, "kill-server");
    }

    static String run(boolean check, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (check && code != 0) {
            throw new IOException(String.join(" ", cmd) + " failed (" + code + "): " + out);
        }
        return out;
    }

    static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(":")) {
            if (Files.isExecutable(Path.of(d, name))) {
                return true;
            }
        }
        return false;
    }
}
