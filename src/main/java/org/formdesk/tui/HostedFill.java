package org.formdesk.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A fill session on a terminal that is not this process's own: one channel of the SSH service, many in
 * one JVM. No editor can be started (there is no shell to start it in), the caller owns the terminal, and
 * {@code idle} decides how the loop waits for input.
 */
public final class HostedFill {
    private HostedFill() {
    }

    /** The screen formdesk paints on: only changed cells are sent. */
    public static TerminalScreen screen(Terminal terminal) throws IOException {
        return new DeltaScreen(terminal);
    }

    /** Lanterna pads some characters with NUL bytes when it encodes them; this drops them. */
    public static OutputStream withoutNul(OutputStream out) {
        return new NulFilter(out);
    }

    /** Runs until the user quits or {@code idle} throws; the screen must be started. */
    public static void run(DraftSession session, Screen screen, FillApp.Idle idle, boolean ascii, boolean color)
            throws IOException, InterruptedException {
        Shell none = text -> {
            throw new IOException("no editor over SSH; type the text in the field");
        };
        // The draft session's own Session: a hang-up's save takes the same lock as the keys.
        new FillApp(session.session(none, FillApp.bellOf(screen)), screen, ascii, color).run(idle);
    }
}
