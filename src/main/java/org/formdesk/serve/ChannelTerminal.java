package org.formdesk.serve;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * The client's terminal at the far end of an SSH channel. Its size is what the client said in its pty
 * request and later window changes: no cursor trick, no stty (the server has no tty for the session).
 */
final class ChannelTerminal extends ANSITerminal {
    private volatile TerminalSize size;

    ChannelTerminal(InputStream in, OutputStream out, Charset charset, TerminalSize size) {
        super(in, out, charset);
        this.size = size;
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** A window-change request: the screen picks the new size up at its next resize check. */
    void resized(TerminalSize newSize) {
        size = newSize;
        onResized(newSize);
    }
}
