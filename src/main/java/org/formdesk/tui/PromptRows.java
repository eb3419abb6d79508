package org.formdesk.tui;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The lines asked before the screen starts (the draft chooser, the form chooser), counted as the terminal
 * wraps them, so that they can be erased once answered: after the screen closes, a question left on the
 * terminal looks as if it were still waiting for an answer.
 */
public final class PromptRows {
    private final java.util.function.IntSupplier width;
    private int columns;
    private int rows;
    private int col;

    public PromptRows(int columns) {
        this(() -> columns);
    }

    private PromptRows(java.util.function.IntSupplier width) {
        this.width = width;
    }

    /** For the terminal this process runs on: its width as {@code stty size} reports it (asked only once a line is asked), else 80. */
    public static PromptRows forTerminal() {
        return new PromptRows(PromptRows::terminalColumns);
    }

    /** Writes through to {@code out}, counting the rows it takes. */
    public PrintWriter writer(PrintWriter out) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    count(cbuf[i]);
                }
                out.write(cbuf, off, len);
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        });
    }

    /** Reads lines from {@code in}; each answer the terminal echoed, and its Enter, counted too. */
    public BufferedReader reader(BufferedReader in) {
        return new BufferedReader(Reader.nullReader(), 1) {
            @Override
            public String readLine() throws IOException {
                String line = in.readLine();
                if (line != null) {
                    line.chars().forEach(c -> count((char) c));
                    count('\n');
                }
                return line;
            }
        };
    }

    /** The rows written so far (the row the cursor is on not counted until something is on it). */
    int rows() {
        return rows + (col > 0 ? 1 : 0);
    }

    /** Moves back to where the first line began and clears from there down; nothing when nothing was asked. */
    public void erase(PrintWriter out) {
        if (rows == 0 && col == 0) {
            return;
        }
        out.print("\r" + (rows > 0 ? "\033[" + rows + "A" : "") + "\033[J");
        out.flush();
        rows = 0;
        col = 0;
    }

    private void count(char c) {
        if (c == '\n') {
            rows++;
            col = 0;
        } else if (c == '\r') {
            col = 0;
        } else {
            if (columns == 0) {
                columns = Math.max(1, width.getAsInt());
            }
            int w = Width.of(c);
            if (col + w > columns) {
                rows++;
                col = 0;
            }
            col += w;
        }
    }

    private static int terminalColumns() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String[] size = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
            p.waitFor();
            return size.length == 2 ? Integer.parseInt(size[1]) : 80;
        } catch (IOException | NumberFormatException e) {
            return 80;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 80;
        }
    }
}
