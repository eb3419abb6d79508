package org.formdesk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A fill session on an ANSI terminal that writes nowhere, driven by key bytes: the same screen, painter and
 * key decoding as on the real terminal. The JIT warm-up ({@code startup.Warmup}) and the start-up cache's
 * training ({@code startup.Rehearsal}) type this way.
 */
public final class Offscreen {
    private Offscreen() {
    }

    /** Paints the model, then types each key (as the terminal would send it) and lets the loop handle it. */
    public static void type(FillModel model, TerminalSize size, boolean ascii, boolean color, Iterable<String> keys)
            throws IOException {
        KeyBytes in = new KeyBytes();
        DeltaScreen screen = new DeltaScreen(new Nowhere(in, size));
        screen.startScreen();
        FillApp app = new FillApp(model, screen, text -> null, ascii, color);
        app.paint(Screen.RefreshType.COMPLETE);
        for (String key : keys) {
            in.add(key);
            app.pump();
        }
        screen.stopScreen(false);
    }

    /** An ANSI terminal of a fixed size that writes nowhere. */
    private static final class Nowhere extends ANSITerminal {
        private final TerminalSize size;

        Nowhere(InputStream in, TerminalSize size) {
            super(in, OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return size;
        }
    }
}
