package org.formdesk.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Starts the screens on the real terminal, set up for an SSH session on a bastion host: an explicit
 * charset whatever the locale, always a text terminal, NUL bytes filtered out, one buffered write per
 * refresh, Ctrl-C trapped, no mouse, and the terminal restored on every way out.
 */
public final class Fill {
    private Fill() {
    }

    public static void run(DraftSession session, FillOptions options) throws IOException, InterruptedException {
        FillModel model = session.model();
        OutputStream out = new NulFilter(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 65536));
        TtyInput in = new TtyInput(new FileInputStream(FileDescriptor.in), options.charset());
        SaneTerminal terminal = new SaneTerminal(in, out, options.charset());
        TerminalScreen screen = new DeltaScreen(terminal);
        // A hang-up (SIGHUP, SIGTERM) saves through the same once-only end as every other way out, and the JVM
        // stops only when this hook returns: the last save is never cut off.
        Thread hook = new Thread(() -> {
            in.stopWaiting();
            session.saveAndRelease();
        }, "formdesk-save-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            screen.startScreen();
            Session fill = session.session(new ExternalEditor(screen, terminal), () -> {
                try {
                    terminal.bell();
                } catch (IOException e) {
                    // A bell that cannot ring is no loss.
                }
            });
            FillApp app = new FillApp(fill, screen, options.ascii(), options.color());
            app.run(in::await, () -> Warmup.start(model.state.engine(), model.words, screen.getTerminalSize(),
                    options.ascii(), options.color()));
        } finally {
            // Every way out saves what was typed (a no-op after a normal quit): when the SSH link drops, the
            // terminal read can fail before SIGHUP arrives, and this thread would otherwise leave unsaved. If
            // the hook got there first, this waits for its save and does nothing more.
            in.stopWaiting();
            session.saveAndRelease();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running or has run.
            }
            try {
                screen.stopScreen();
            } finally {
                terminal.close();
            }
        }
    }
}
