package org.formdesk.tui;

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
