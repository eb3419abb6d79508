package org.formdesk.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs $VISUAL or $EDITOR (else vi, else nano) on a long text, lending it the terminal in the user's cooked mode. */
final class ExternalEditor implements Shell {
    private final TerminalScreen screen;
    private final SaneTerminal terminal;
    /** The editor running now, if any (guarded by this). */
    private EditorFile open;
    /** The text the last editor left, when it differs from what it was given (guarded by this). */
    private String left;

    ExternalEditor(TerminalScreen screen, SaneTerminal terminal) {
        this.screen = screen;
        this.terminal = terminal;
    }

    @Override
    public String edit(String text) throws IOException {
        List<String> command = command();
        Path file = Files.createTempFile("formdesk-", ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String given = text + "\n";
        try {
            Files.writeString(file, given, StandardCharsets.UTF_8);
            synchronized (this) {
                open = new EditorFile(file, given);
                left = null;
            }
            command.add(file.toString());
            screen.stopScreen(false);
            terminal.lend();
            int status;
            String edited = null;
            try {
                status = new ProcessBuilder(command).inheritIO().start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = -1;
            } finally {
                // What the editor wrote is kept before anything else can fail: a hang-up (which also ends
                // the editor) takes it from here if this thread has not handed it over yet.
                synchronized (this) {
                    if (open != null) {
                        left = open.read().orElse(null);
                        open = null;
                    }
                    edited = left;
                }
                terminal.reclaim();
                screen.startScreen();
                screen.refresh(Screen.RefreshType.COMPLETE);
            }
            if (status != 0) {
                throw new EditorExited(command.get(0), status);
            }
            return edited;
        } finally {
            new EditorFile(file, given).remove();
        }
    }

    /**
     * The editor's text for a hang-up: read from its file while it runs (the user saved in it), or what it
     * left when it ended (a hang-up ends the editor too). The file is removed: it holds the user's text and
     * the session is ending.
     */
    @Override
    public synchronized Optional<String> takeBack() {
        if (open != null) {
            Optional<String> text = open.read();
            open.remove();
            open = null;
            left = text.orElse(null);
        }
        return Optional.ofNullable(left);
    }

    /** No editor could be started: what was tried, for a message that names it; inline editing goes on. */
    static final class NoEditor extends IOException {
        private static final long serialVersionUID = 1L;
        final transient List<String> tried;

        NoEditor(List<String> tried) {
            super("no editor among " + tried);
            this.tried = List.copyOf(tried);
        }
    }

    /** The editor ran but ended with a failure status: the text is left as it was. */
    static final class EditorExited extends IOException {
        private static final long serialVersionUID = 1L;
        final String program;
        final int status;

        EditorExited(String program, int status) {
            super(program + " exited with status " + status);
            this.program = program;
            this.status = status;
        }
    }

    private static List<String> command() throws NoEditor {
        return command(System.getenv());
    }

    /** $VISUAL, $EDITOR, vi, nano: the first that is there (on {@code env}'s PATH). */
    static List<String> command(java.util.Map<String, String> env) throws NoEditor {
        List<String> tried = new ArrayList<>();
        for (String var : new String[] {"VISUAL", "EDITOR"}) {
            String value = env.get(var);
            if (value == null || value.isBlank()) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(value.trim().split("\\s+")));
            tried.add("$" + var + "=" + value.trim());
            if (runnable(parts.get(0), env.get("PATH"))) {
                return parts;
            }
        }
        for (String name : new String[] {"vi", "nano"}) {
            tried.add(name);
            if (onPath(name, env.get("PATH"))) {
                return new ArrayList<>(List.of(name));
            }
        }
        throw new NoEditor(tried);
    }

    private static boolean runnable(String program, String path) {
        return program.contains("/") ? Files.isExecutable(Path.of(program)) : onPath(program, path);
    }

    private static boolean onPath(String name, String path) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }
}
