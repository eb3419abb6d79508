package org.formdesk.tui;

import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a terminal costs to take at start, on a real pty (run by bench/ptybench.py, which answers ESC[6n):
 * {@code lanterna}: UnixTerminal (stty -g, -icanon, min 1, -echo, intr undef: 5 processes) and its two
 * size queries (the cursor trick: two round trips to the terminal); {@code formdesk}: SaneTerminal (one
 * shell) and the same two size queries (answered from that shell's stty size). Prints one PROBE line.
 */
public final class TerminalStartProbe {
    private TerminalStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean lanterna = args.length > 0 && args[0].equals("lanterna");
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        long t0 = System.nanoTime();
        UnixTerminal terminal = lanterna
                ? new UnixTerminal(new FileInputStream(FileDescriptor.in), out, StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP)
                : new SaneTerminal(new TtyInput(new FileInputStream(FileDescriptor.in)), out, StandardCharsets.UTF_8);
        long t1 = System.nanoTime();
        terminal.getTerminalSize();
        long t2 = System.nanoTime();
        terminal.getTerminalSize();
        long t3 = System.nanoTime();
        terminal.close();
        System.out.printf("%nPROBE %s take=%.1f size1=%.1f size2=%.1f ms%n", lanterna ? "lanterna" : "formdesk",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
    }
}
