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

/** Runs $VISUAL or $EDITOR (else vi, else nano) on a long text, lending it the terminal in the user's cooked mode. */
record ExternalEditor(TerminalScreen screen, SaneTerminal terminal) implements Shell {

    @Override
    public String edit(String text) throws IOException {
        List<String> command = command();
        Path file = Files.createTempFile("formdesk-", ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
            command.add(file.toString());
            screen.stopScreen(false);
            terminal.lend();
            int status;
            try {
                status = new ProcessBuilder(command).inheritIO().start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = -1;
            } finally {
                terminal.reclaim();
                screen.startScreen();
                screen.refresh(Screen.RefreshType.COMPLETE);
            }
            if (status != 0) {
                throw new IOException(String.join(" ", command.subList(0, 1)) + " exited with status " + status);
            }
            String edited = Files.readString(file, StandardCharsets.UTF_8);
            return edited.equals(text + "\n") ? null : edited;
        } finally {
            Files.deleteIfExists(file);
        }
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

    /** $VISUAL, $EDITOR, vi, nano: the first that is there. */
    private static List<String> command() throws NoEditor {
        List<String> tried = new ArrayList<>();
        for (String var : new String[] {"VISUAL", "EDITOR"}) {
            String value = System.getenv(var);
            if (value == null || value.isBlank()) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(value.trim().split("\\s+")));
            tried.add("$" + var + "=" + value.trim());
            if (runnable(parts.get(0))) {
                return parts;
            }
        }
        for (String name : new String[] {"vi", "nano"}) {
            tried.add(name);
            if (onPath(name)) {
                return new ArrayList<>(List.of(name));
            }
        }
        throw new NoEditor(tried);
    }

    private static boolean runnable(String program) {
        return program.contains("/") ? Files.isExecutable(Path.of(program)) : onPath(program);
    }

    private static boolean onPath(String name) {
        String path = System.getenv("PATH");
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
