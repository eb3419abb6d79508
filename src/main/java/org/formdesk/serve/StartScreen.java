package org.formdesk.serve;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.Engine;
import org.formdesk.record.DraftStore;
import org.formdesk.record.DraftSummary;

/**
 * The first screen of a session: the user's own drafts (newest first) to resume, a new draft of each form
 * served, and — in ASCII, readable whatever the terminal's charset — the key that switches between
 * UTF-8 and GBK.
 */
final class StartScreen {
    /** Waits for input; throws when the session should end (idle too long). */
    interface Waiter {
        void await() throws IOException, InterruptedException;
    }

    private record Line(String text, Choice choice) {
    }

    private final Screen screen;
    private final Waiter waiter;
    private final boolean zh;
    private final List<Line> lines = new ArrayList<>();
    private final String heading;
    private final String note;
    private final Charset charset;
    private int selected;

    StartScreen(Screen screen, Waiter waiter, String language, String user, String unit, List<DraftSummary> drafts,
                List<Engine> forms, Map<String, Engine> byId, DraftStore store, Charset charset, String note) {
        this.screen = screen;
        this.waiter = waiter;
        this.zh = "zh".equals(language);
        this.charset = charset;
        this.note = note;
        this.heading = "formdesk — " + user + (unit == null || unit.isBlank() ? "" : " (" + unit + ")");
        for (DraftSummary d : drafts) {
            Engine e = byId.get(d.form());
            if (d.problem() != null || e == null) {
                continue;
            }
            String title = e.form().title();
            lines.add(new Line((zh ? "继续 " : "resume ") + title + "  " + dash(d.unit()) + "  " + dash(d.year()) + "  "
                    + d.progress() + "%  " + dash(d.lastSaved()) + "  " + d.file().getFileName(),
                    new Choice.Open(e, d.file())));
        }
        for (Engine e : forms) {
            lines.add(new Line((zh ? "新建 " : "new ") + e.form().title(),
                    new Choice.Open(e, store.newDraftPath(e.form().id()))));
        }
    }

    /** Shows the list and returns the user's choice. */
    Choice choose() throws IOException, InterruptedException {
        draw(Screen.RefreshType.COMPLETE);
        while (true) {
            KeyStroke k = screen.pollInput();
            if (k == null) {
                if (screen.doResizeIfNecessary() != null) {
                    draw(Screen.RefreshType.COMPLETE);
                    continue;
                }
                waiter.await();
                continue;
            }
            KeyType t = k.getKeyType();
            Character c = k.getCharacter();
            if (t == KeyType.EOF) {
                return new Choice.Quit();
            } else if (t == KeyType.ArrowUp) {
                selected = Math.max(0, selected - 1);
            } else if (t == KeyType.ArrowDown || t == KeyType.Tab) {
                selected = Math.min(lines.size() - 1, selected + 1);
            } else if (t == KeyType.Enter) {
                return lines.get(selected).choice();
            } else if (t == KeyType.Escape) {
                return new Choice.Quit();
            } else if (t == KeyType.Character && c != null) {
                if (k.isCtrlDown() && (c == 'q' || c == 'c')) {
                    return new Choice.Quit();
                }
                char ch = Character.toLowerCase(c);
                if (ch == 'q' || c == 0x11 || c == 0x03) {
                    return new Choice.Quit();
                }
                if (ch == 'g') {
                    return new Choice.SwitchCharset();
                }
                if (c >= '1' && c <= '9' && c - '1' < lines.size()) {
                    return lines.get(c - '1').choice();
                }
            }
            draw(Screen.RefreshType.DELTA);
        }
    }

    private void draw(Screen.RefreshType type) throws IOException {
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        TerminalSize size = screen.getTerminalSize();
        int row = 0;
        g.enableModifiers(SGR.BOLD);
        g.putString(1, row++, heading);
        g.disableModifiers(SGR.BOLD);
        row++;
        g.putString(1, row++, zh ? "选择一份草稿继续填写，或新建：" : "Resume one of your drafts, or start a new one:");
        int first = Math.max(0, Math.min(selected - (size.getRows() - 9), lines.size() - 1));
        for (int i = first; i < lines.size() && row < size.getRows() - 5; i++) {
            String text = (i == selected ? "> " : "  ") + (i < 9 ? (i + 1) + ". " : "   ") + lines.get(i).text();
            if (i == selected) {
                g.enableModifiers(SGR.REVERSE);
            }
            g.putString(1, row++, text);
            g.disableModifiers(SGR.REVERSE);
        }
        row++;
        if (note != null && !note.isEmpty()) {
            g.putString(1, row++, note);
        }
        int bottom = size.getRows() - 2;
        g.putString(1, bottom, zh ? "上下键/数字 选择  Enter 打开  q 退出" : "Up/Down or a digit to choose  Enter opens  q quits");
        // ASCII only: readable in a terminal set to either charset, so a user seeing garbage can act on it.
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        g.putString(1, bottom + 1, "Charset " + (utf8 ? "UTF-8" : "GBK") + ". Garbled? Press G for "
                + (utf8 ? "GBK" : "UTF-8") + ".");
        screen.setCursorPosition(null);
        screen.refresh(type);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
