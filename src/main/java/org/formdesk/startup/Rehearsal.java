package org.formdesk.startup;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.engine.Engine;
import org.formdesk.record.DraftRepository;
import org.formdesk.tui.Fill;
import org.formdesk.tui.FillModel;
import org.formdesk.tui.Offscreen;
import org.formdesk.tui.Opening;
import org.formdesk.tui.Words;

/**
 * The training runs behind the start-up caches made at package time ({@code cli.CdsTraining}): a session on a
 * terminal that writes nowhere ({@link Offscreen}) loads the classes a real {@code fill} loads, so they start
 * from the cache instead of being read, verified and linked from the jar. The classes of the real terminal
 * are loaded, never run: the training must leave the terminal of whoever runs the build alone.
 */
public final class Rehearsal {
    private Rehearsal() {
    }

    /** The first paint of a session at 80x24, and what taking the terminal loads and starts (one process). */
    public static void firstPaint(FillModel model) throws IOException, InterruptedException {
        Fill.loadTerminalClasses();
        try {
            new ProcessBuilder("/bin/sh", "-c", ":").start().waitFor();
        } catch (IOException e) {
            // only training: the spawn's classes then load at run time
        }
        Offscreen.type(model, new TerminalSize(80, 24), false, true, List.of());
    }

    /** A whole short session: next section, type, take back, commit (the draft is saved), back, quit. */
    public static void run(Engine engine, Path draft, Path outDir, String language) throws IOException {
        Fill.loadTerminalClasses();
        FillModel model = new FillModel(Opening.open(engine, draft), Words.of(language), new DraftRepository(draft, outDir));
        Offscreen.type(model, new TerminalSize(120, 40), false, true,
                List.of(Warmup.PAGE_DOWN, "1", "2", Warmup.BACKSPACE, "\t", "\u001b[5~", "\u0011"));
    }
}
