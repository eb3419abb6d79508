package org.formdesk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * A Unix terminal whose raw mode is really raw. Lanterna only turns off echo, canonical mode and
 * {@code intr}; with IXON on, Ctrl-S freezes the screen, {@code quit} prints a thread dump and
 * {@code susp} stops the JVM inside the alternate screen. Here those keys reach the program instead.
 * The user's own settings come back from the {@code stty -g} snapshot on exit.
 *
 * <p>Frugal too. Lanterna starts 5 stty processes and asks the size twice more; here one shell reads the
 * snapshot and the size and sets raw mode at once. The loop waits for a key blocked in a read
 * ({@link TtyInput#await()}); on a resize (SIGWINCH) this terminal asks for the cursor position, and the
 * answer, arriving as input, wakes the loop to repaint (Lanterna ignores the answer, the key handler too).
 * And escape sequences that change nothing (default colours right after a reset, showing a cursor that
 * is shown) are not sent: a typed character costs about 20 bytes instead of 39.
 */
final class SaneTerminal extends UnixTerminal {
    static final byte[] BRACKETED_PASTE_ON = {0x1b, '[', '?', '2', '0', '0', '4', 'h'};
    static final byte[] BRACKETED_PASTE_OFF = {0x1b, '[', '?', '2', '0', '0', '4', 'l'};
    // The release's launcher (dist/bin/formdesk) sets these same flags when it prepares the terminal (LauncherTty).
    private static final String RAW = "-icanon min 1 -echo intr undef -ixon susp undef quit undef lnext undef";

    // No initialisers: Lanterna's constructor calls the overrides below before this class's fields would be set.
    private String snapshot;
    private TerminalSize sizeAtStart;
    private boolean rawSet;
    private boolean fgDefault;
    private boolean bgDefault;
    private Boolean cursorVisible;
    private boolean lent;
    private boolean screenUp;
    /** Inside Lanterna's constructor, whose set-up of the terminal this class does itself, after it. */
    private boolean constructing;

    SaneTerminal(TtyInput in, OutputStream out, Charset charset) throws IOException {
        this(in, out, charset, null);
    }

    /** With {@code prepared}: the launcher set raw mode and read the settings and size already (no process). */
    SaneTerminal(TtyInput in, OutputStream out, Charset charset, LauncherTty.Prepared prepared) throws IOException {
        super(in, out, charset, UnixLikeTerminal.CtrlCBehaviour.TRAP);
        constructing = false;
        if (prepared != null && prepared.snapshot() != null) {
            snapshot = prepared.snapshot();
            sizeAtStart = prepared.size();
            rawSet = true;
        } else {
            takeRaw();
        }
        getInputDecoder().addProfile(in.paste().profile());
    }

    /** Lanterna's start: left to the constructor above, which knows whether the launcher did it already. */
    @Override
    protected void saveTerminalSettings() {
        constructing = true;
    }

    /** One process at start: the user's settings, the size, and raw mode. */
    private void takeRaw() throws IOException {
        String[] parts = exec("/bin/sh", "-c",
                "printf '%s|%s|' \"$(stty -g)\" \"$(stty size)\"; stty " + RAW).split("\\|");
        snapshot = parts.length > 0 && !parts[0].isBlank() ? parts[0].trim() : null;
        sizeAtStart = parts.length > 1 ? parse(parts[1]) : null;
        rawSet = snapshot != null;
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        rawSet = false;
        if (snapshot != null) {
            runSTTYCommand(snapshot);
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (modeChangeNeeded(enabled)) {
            super.canonicalMode(enabled);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (modeChangeNeeded(enabled)) {
            super.keyEchoEnabled(enabled);
        }
    }

    /** Not inside Lanterna's constructor (raw mode is set at once after it), nor a step to raw mode already made. */
    private boolean modeChangeNeeded(boolean enabled) {
        return !constructing && (enabled || !rawSet);
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (constructing) {
            return;
        }
        if (enabled) {
            if (snapshot == null) { // the snapshot, when there is one, already gave intr back
                super.keyStrokeSignalsEnabled(true);
            }
        } else if (!rawSet) {
            runSTTYCommand(RAW.split(" "));
            rawSet = true;
        }
    }

    /**
     * The size from the tty driver ({@code stty size}) rather than Lanterna's cursor trick: the trick costs
     * two round trips over SSH, and on a resize its answer is read by our input loop, so Lanterna waits 5 s.
     * The two queries at start use the size read with the snapshot; a resize asks again.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        if (sizeAtStart != null) {
            return sizeAtStart;
        }
        try {
            TerminalSize size = parse(runSTTYCommand("size"));
            if (size != null) {
                return size;
            }
        } catch (IOException | RuntimeException e) {
            // stty could not tell (not a tty driver that knows its size): ask the terminal itself.
        }
        return super.findTerminalSize();
    }

    /**
     * SIGWINCH handled directly, where Lanterna reaches {@code sun.misc.Signal} by reflection and a proxy class
     * made at run time (a cost before the first paint that no start-up cache can hold).
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), signal -> {
                sizeAtStart = null;
                onResize.run();
                wakeReader();
            });
        } catch (IllegalArgumentException | LinkageError e) {
            // No SIGWINCH here: the screen keeps its size until the next start.
        }
    }

    /** Makes the terminal send something (its cursor position), so the loop blocked in a read wakes up. */
    private void wakeReader() {
        if (lent || !screenUp) {
            return; // an editor has the terminal, or the screen is not up: the answer would reach the wrong reader
        }
        try {
            writeToTerminal((byte) 0x1b, (byte) '[', (byte) '6', (byte) 'n');
            flush();
        } catch (IOException e) {
            // The next key repaints the screen at its new size anyway.
        }
    }

    private static TerminalSize parse(String rowsCols) {
        try {
            String[] rc = rowsCols.trim().split("\\s+");
            int rows = Integer.parseInt(rc[0]);
            int cols = Integer.parseInt(rc[1]);
            return rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    // -- escape sequences that would change nothing ----------------------------------------------------

    @Override
    public void resetColorAndSGR() throws IOException {
        super.resetColorAndSGR();
        fgDefault = true;
        bgDefault = true;
    }

    @Override
    public void setForegroundColor(TextColor color) throws IOException {
        if (!(isDefault(color) && fgDefault)) {
            super.setForegroundColor(color);
        }
        fgDefault = isDefault(color);
    }

    @Override
    public void setBackgroundColor(TextColor color) throws IOException {
        if (!(isDefault(color) && bgDefault)) {
            super.setBackgroundColor(color);
        }
        bgDefault = isDefault(color);
    }

    private static boolean isDefault(TextColor color) {
        return color == TextColor.ANSI.DEFAULT;
    }

    @Override
    public void setCursorVisible(boolean visible) throws IOException {
        if (cursorVisible == null || cursorVisible != visible) {
            super.setCursorVisible(visible);
            cursorVisible = visible;
        }
    }

    /** With the screen: bracketed paste on, so a paste arrives marked and {@link TtyInput} can take it out whole. */
    @Override
    public void enterPrivateMode() throws IOException {
        forgetState();
        super.enterPrivateMode();
        writeToTerminal(BRACKETED_PASTE_ON);
        screenUp = true;
    }

    @Override
    public void exitPrivateMode() throws IOException {
        screenUp = false;
        forgetState();
        writeToTerminal(BRACKETED_PASTE_OFF);
        super.exitPrivateMode();
    }

    private void forgetState() {
        fgDefault = false;
        bgDefault = false;
        cursorVisible = null;
    }

    /** Gives the terminal back in the user's cooked mode, for a child process such as an editor. */
    void lend() throws IOException {
        lent = true;
        restoreTerminalSettings();
    }

    /** Takes the terminal back after {@link #lend()}. */
    void reclaim() throws IOException {
        forgetState();
        keyStrokeSignalsEnabled(false);
        lent = false;
    }
}
