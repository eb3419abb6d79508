package org.formdesk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import org.formdesk.engine.Engine;

/**
 * A session on a virtual terminal, for the class-data-sharing archive made at package time: it loads the
 * classes a real {@code fill} loads (and names the few that need a real terminal), so they start mapped
 * from the archive instead of being read, verified and linked from the jar.
 */
public final class Rehearsal {
    private static final String[] REAL_TERMINAL_CLASSES = {
        "org.formdesk.tui.Fill", "org.formdesk.tui.SaneTerminal", "org.formdesk.tui.TtyInput",
        "org.formdesk.tui.NulFilter", "org.formdesk.tui.ExternalEditor",
        "com.googlecode.lanterna.terminal.ansi.UnixTerminal", "com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal",
        "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal", "com.googlecode.lanterna.terminal.ansi.ANSITerminal",
        "com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal",
    };

    private Rehearsal() {
    }

    public static void run(Engine engine, Path draft, Path outDir, String language) throws IOException {
        for (String name : REAL_TERMINAL_CLASSES) {
            try {
                Class.forName(name, false, Rehearsal.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a warm-up: a class missing here is loaded later from the jar.
            }
        }
        Opening opening = Opening.open(engine, draft);
        FillModel model = new FillModel(opening.state(), Words.of(language), new Drafts(draft, outDir),
                opening.explanations(), opening.meta());
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        FillApp app = new FillApp(model, screen, text -> null, false, true);
        app.paint(Screen.RefreshType.COMPLETE);
        KeyStroke[] keys = {new KeyStroke(KeyType.PageDown), new KeyStroke('1', false, false),
            new KeyStroke('2', false, false), new KeyStroke(KeyType.Backspace), new KeyStroke(KeyType.Tab),
            new KeyStroke(KeyType.PageUp), new KeyStroke('q', true, false)};
        for (KeyStroke k : keys) {
            vt.addInput(k);
            app.pump();
        }
        screen.stopScreen(false);
    }
}
