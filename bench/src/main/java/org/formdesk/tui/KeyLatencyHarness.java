package org.formdesk.tui;

import org.formdesk.record.DraftRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.formdesk.engine.Engine;
import org.formdesk.form.FormLoader;

/**
 * The work one typed key costs inside the program, without the pty and the machine's scheduling around it:
 * the real loop step ({@link FillApp#pump}: decode, handle, recompute, paint, delta refresh, one write to a
 * byte sink) timed key by key, with the bytes it wrote and the memory it allocated. Run it on a terminal
 * (the terminal is taken with stty as in a real session; its size is the window's) with bin/formdesk's
 * JVM flags:
 * {@code java <flags> -cp benchmarks.jar org.formdesk.tui.KeyLatencyHarness [FORM.yaml|seed] [keys]}.
 */
public final class KeyLatencyHarness {
    private KeyLatencyHarness() {
    }

    private static final class Counting extends OutputStream {
        long bytes;
        long writes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            writes++;
        }
    }

    public static void main(String[] args) throws Exception {
        String formArg = args.length > 0 ? args[0] : "seed";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        FormLoader loader = new FormLoader();
        Engine engine = Engine.of(formArg.equals("seed") ? loader.loadBundled(FormLoader.DEFAULT_FORM) : loader.load(Path.of(formArg)));
        Path dir = Files.createTempDirectory("formdesk-keys");
        Path draft = dir.resolve("d.yaml");
        Opening opening = Opening.open(engine, draft);
        FillModel model = new FillModel(opening.state(), Words.of(engine.form().language()), new DraftRepository(draft, dir),
                opening.explanations(), opening.meta());
        KeyBytes keys = new KeyBytes();
        Counting sink = new Counting();
        OutputStream out = new NulFilter(new java.io.BufferedOutputStream(sink, 65536));
        SaneTerminal terminal = new SaneTerminal(new TtyInput(keys), out, StandardCharsets.UTF_8);
        DeltaScreen screen = new DeltaScreen(terminal);
        screen.startScreen();
        FillApp app = new FillApp(model, screen, text -> null, false, true);
        app.paint(com.googlecode.lanterna.screen.Screen.RefreshType.COMPLETE);
        if (formArg.equals("seed")) {
            keys.add("\u001b[6~"); // PageDown: the money fields
            while (app.pump()) {
                // settle
            }
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        double[] ms = new double[n];
        long[] alloc = new long[n];
        long[] bytes = new long[n];
        String digits = "1234567";
        for (int i = 0; i < n; i++) {
            int k = i % 14;
            keys.add(k < 7 ? digits.substring(k, k + 1) : "\u007f");
            long a0 = mx.getThreadAllocatedBytes(tid);
            long b0 = sink.bytes;
            long t0 = System.nanoTime();
            app.pump();
            long t1 = System.nanoTime();
            ms[i] = (t1 - t0) / 1e6;
            alloc[i] = mx.getThreadAllocatedBytes(tid) - a0;
            bytes[i] = sink.bytes - b0;
        }
        screen.stopScreen();
        terminal.close();
        System.out.println();
        report("all keys", ms, alloc, bytes, 0, n);
        report("after " + n / 2, ms, alloc, bytes, n / 2, n);
    }

    private static void report(String what, double[] ms, long[] alloc, long[] bytes, int from, int to) {
        double[] s = Arrays.copyOfRange(ms, from, to);
        Arrays.sort(s);
        long[] a = Arrays.copyOfRange(alloc, from, to);
        Arrays.sort(a);
        long[] b = Arrays.copyOfRange(bytes, from, to);
        Arrays.sort(b);
        System.out.printf("KEYS %s (%d): median %.3f ms, p95 %.3f, p99 %.3f, max %.3f; allocated median %d B; bytes median %d, max %d%n",
                what, s.length, s[s.length / 2], s[(int) (s.length * 0.95)], s[(int) (s.length * 0.99)], s[s.length - 1],
                a[a.length / 2], b[b.length / 2], b[b.length - 1]);
    }
}
