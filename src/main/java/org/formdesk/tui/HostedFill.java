package org.formdesk.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A fill session on a terminal that is not this process's own: one channel of the SSH service, many in
 * one JVM. No editor can be started (there is no shell to start it in), the caller owns the terminal, and
 * {@code wait} decides how the loop waits for input, no longer than the session's next timer.
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

    /**
     * Runs until the user quits, or nobody typed for {@code idleLimit} (then what is typed is saved and it
     * returns true), or {@code wait} throws; the screen must be started.
     */
    public static boolean run(DraftSession session, Screen screen, FillApp.Wait wait, Duration idleLimit,
                              boolean ascii, boolean color) throws IOException, InterruptedException {
        Shell none = text -> {
            throw new IOException("no editor over SSH; type the text in the field");
        };
        // The draft session's own Session: a hang-up's save takes the same lock as the keys.
        Session s = session.session(none, FillApp.bellOf(screen));
        s.dispatch(new Msg.IdleLimit(idleLimit));
        new FillApp(s, screen, ascii, color).run(wait);
        return s.model().idle.expired();
    }
}
