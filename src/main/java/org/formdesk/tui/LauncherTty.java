package org.formdesk.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal as the release's launcher set it up while the JVM started: raw mode already on, the user's
 * settings ({@code stty -g}) and the size ({@code stty size}) on a pipe the launcher names with
 * {@code -Dformdesk.tty=/dev/fd/N}. Without it the program starts its first process to do the same, and a
 * cold JVM's first process start costs more than the whole JVM start gives it time for (bench/RESULTS.md,
 * issue 16).
 *
 * <p>Whoever takes the terminal for the screen {@link #take() takes} this; if nobody does (the command line
 * was wrong, the program ends before the screen), {@link #restoreUnlessTaken()} gives the user's settings back
 * as the process ends. One per process ({@code cli.Main#main}); tests never have one.
 */
public final class LauncherTty {
    /** What the launcher read: the user's settings (null if stty could not tell) and the size (or null). */
    record Prepared(String snapshot, TerminalSize size) {
    }

    private final String pipe;
    private Prepared prepared;
    private boolean read;
    private boolean taken;

    private LauncherTty(String pipe) {
        this.pipe = pipe;
    }

    /** The launcher's terminal set-up, when it made one ({@code -Dformdesk.tty}); else null. */
    public static LauncherTty fromLauncher() {
        String pipe = System.getProperty("formdesk.tty");
        return pipe == null || pipe.isBlank() ? null : of(pipe);
    }

    /** The set-up the launcher wrote to {@code pipe} (a file, in tests). */
    static LauncherTty of(String pipe) {
        return new LauncherTty(pipe);
    }

    /** The set-up, for the terminal of the screen, which from now on restores the user's settings itself. */
    synchronized Prepared take() {
        taken = true;
        return read();
    }

    /** At the end of a process that never took the terminal: the user's settings back. */
    public synchronized void restoreUnlessTaken() {
        if (taken) {
            return;
        }
        taken = true;
        Prepared p = read();
        if (p == null || p.snapshot() == null) {
            return;
        }
        try {
            new ProcessBuilder("stty", p.snapshot()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // No terminal left to give back.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Prepared read() {
        if (read) {
            return prepared;
        }
        read = true;
        String text;
        try (InputStream in = new FileInputStream(pipe)) {
            text = new String(in.readNBytes(4096), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return null;
        }
        prepared = parse(text);
        return prepared;
    }

    /** {@code stty -g}'s line, then {@code stty size}'s ("rows cols"); either may be missing. */
    static Prepared parse(String text) {
        String[] lines = text.split("\n");
        String snapshot = lines.length > 0 && lines[0].matches("[0-9a-fA-F:]+") ? lines[0].trim() : null;
        TerminalSize size = null;
        if (lines.length > 1) {
            String[] rc = lines[1].trim().split("\\s+");
            try {
                int rows = Integer.parseInt(rc[0]);
                int cols = Integer.parseInt(rc[1]);
                size = rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
            } catch (RuntimeException e) {
                size = null;
            }
        }
        return new Prepared(snapshot, size);
    }
}
