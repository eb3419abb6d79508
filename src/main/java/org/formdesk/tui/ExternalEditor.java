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

/** Runs $EDITOR (else vi, else nano) on a long text, lending it the terminal in the user's cooked mode. */
final class ExternalEditor implements Shell {
    private final TerminalScreen screen;
    private final SaneTerminal terminal;

    ExternalEditor(TerminalScreen screen, SaneTerminal terminal) {
        this.screen = screen;
        this.terminal = terminal;
    }

    @Override
    public String edit(String text) throws IOException {
        List<String> command = command();
        if (command.isEmpty()) {
            throw new IOException("no editor: set $EDITOR, or install vi or nano");
        }
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

    private static List<String> command() {
        List<String> out = new ArrayList<>();
        String editor = System.getenv("EDITOR");
        if (editor != null && !editor.isBlank()) {
            for (String part : editor.trim().split("\\s+")) {
                out.add(part);
            }
            return out;
        }
        for (String name : new String[] {"vi", "nano"}) {
            if (onPath(name)) {
                out.add(name);
                return out;
            }
        }
        return out;
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
