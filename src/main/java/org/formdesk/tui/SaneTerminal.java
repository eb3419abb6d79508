package org.formdesk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * A Unix terminal whose raw mode is really raw. Lanterna only turns off echo, canonical mode and
 * {@code intr}; with IXON on, Ctrl-S freezes the screen, {@code quit} prints a thread dump and
 * {@code susp} stops the JVM inside the alternate screen. Here those keys reach the program instead.
 * The user's own settings come back from Lanterna's {@code stty -g} snapshot on exit.
 */
final class SaneTerminal extends UnixTerminal {
    SaneTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        super.keyStrokeSignalsEnabled(enabled);
        if (!enabled) {
            runSTTYCommand("-ixon", "susp", "undef", "quit", "undef", "lnext", "undef");
        }
    }

    /**
     * The size from the tty driver ({@code stty size}) rather than Lanterna's cursor trick: the trick costs
     * two round trips over SSH, and on a resize its answer is read by our input loop, so Lanterna waits 5 s.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        try {
            String[] rowsCols = runSTTYCommand("size").trim().split("\\s+");
            int rows = Integer.parseInt(rowsCols[0]);
            int cols = Integer.parseInt(rowsCols[1]);
            if (rows > 0 && cols > 0) {
                return new TerminalSize(cols, rows);
            }
        } catch (IOException | RuntimeException e) {
            // stty could not tell (not a tty driver that knows its size): ask the terminal itself.
        }
        return super.findTerminalSize();
    }

    /** Gives the terminal back in the user's cooked mode, for a child process such as an editor. */
    void lend() throws IOException {
        restoreTerminalSettings();
    }

    /** Takes the terminal back after {@link #lend()}. */
    void reclaim() throws IOException {
        canonicalMode(false);
        keyEchoEnabled(false);
        keyStrokeSignalsEnabled(false);
    }
}
