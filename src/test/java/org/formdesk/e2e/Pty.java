package org.formdesk.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * A program in a pseudo-terminal made by util-linux {@code script}: bytes written here reach the program
 * as keys typed on its terminal, and everything it writes to the terminal is kept, as raw bytes. A terminal
 * of a given size in a given charset, with nothing in between that would translate (as tmux would).
 */
public final class Pty implements AutoCloseable {
    public static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final OutputStream in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Thread reader;

    private Pty(Process process) {
        this.process = process;
        this.in = process.getOutputStream();
        InputStream from = process.getInputStream();
        this.reader = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = from.read(buf)) > 0) {
                    synchronized (out) {
                        out.write(buf, 0, n);
                        out.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the program ended
            }
        }, "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static boolean available() {
        return Tmux.onPath("script");
    }

    /**
     * Starts {@code command} (a bash command line) in a terminal of {@code columns}×{@code rows};
     * {@code env} entries as NAME=value.
     */
    public static Pty start(int columns, int rows, String command, Path dir, List<String> env) throws IOException {
        String line = "stty rows " + rows + " cols " + columns + "; exec " + command;
        ProcessBuilder pb = new ProcessBuilder("script", "-qfec", line, "/dev/null").directory(dir.toFile())
                .redirectErrorStream(true);
        for (String e : env) {
            int eq = e.indexOf('=');
            pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
        }
        pb.environment().putIfAbsent("TERM", "xterm-256color");
        return new Pty(pb.start());
    }

    /** Bytes as a terminal would send them for keys typed. */
    public void send(byte... bytes) throws IOException {
        in.write(bytes);
        in.flush();
    }

    public void send(String text, Charset charset) throws IOException {
        send(text.getBytes(charset));
    }

    /** Every byte the program wrote so far. */
    public byte[] output() {
        synchronized (out) {
            return out.toByteArray();
        }
    }

    /** Every byte so far, once there are more than {@code from} or {@code millis} have passed. */
    public byte[] awaitMore(int from, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        synchronized (out) {
            while (out.size() <= from && System.nanoTime() < end && process.isAlive()) {
                out.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            }
            return out.toByteArray();
        }
    }

    /** How many bytes have come so far: a mark to wait for what comes after. */
    public int mark() {
        synchronized (out) {
            return out.size();
        }
    }

    /** Waits until what the program wrote after {@code from}, decoded, satisfies {@code ok}. */
    public String await(int from, Charset charset, Predicate<String> ok) throws InterruptedException {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        String text = "";
        synchronized (out) {
            while (System.nanoTime() < end) {
                byte[] all = out.toByteArray();
                text = new String(all, Math.min(from, all.length), Math.max(0, all.length - from), charset);
                if (ok.test(text)) {
                    return text;
                }
                out.wait(200);
            }
        }
        throw new AssertionError("timed out waiting; the program wrote:\n" + text);
    }

    public boolean waitFor(Duration d) throws InterruptedException {
        return process.waitFor(d.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public int exitValue() {
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    /** Where the packaged jar is (the *IT tests run after package). */
    public static Path jar() {
        Path jar = Path.of("target/formdesk.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run after package: " + jar);
        }
        return jar;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
