package org.formdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * 100 concurrent sessions of {@code formdesk serve}, against one {@code bin/formdesk fill} process per user
 * on a pseudo-terminal, in one run:
 * <ul>
 * <li>memory: the server's PSS (after a full GC) before and after the sessions open, per added session; the
 * processes' PSS each;</li>
 * <li>first paint: channel open → the first screen complete (serve), Enter → the form's screen (serve), process
 * start → the form's screen (processes);</li>
 * <li>key → screen: every session types a key every 200 ms (7 letters, 7 backspaces) in a text field; from
 * writing the key until the first byte of the answer;</li>
 * <li>idle: CPU of the server (all threads) with every session open and nobody typing; the processes' CPU alike.</li>
 * </ul>
 * The client side (MINA's SSH client here, {@code script} for the processes) runs on the same machine.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.formdesk.bench.ServeBench JAR BIN_FORMDESK SESSIONS PROCESSES TYPE_S IDLE_S</pre>
 */
public final class ServeBench {
    private static final byte[] START_MARK = "Garbled?".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FORM_MARK = "F1".getBytes(StandardCharsets.UTF_8);
    private static final String[] KEYS = {"a", "b", "c", "d", "e", "f", "g", "\u007f", "\u007f", "\u007f", "\u007f",
            "\u007f", "\u007f", "\u007f"};

    /** What one terminal received, and when the answer to the last key began. */
    static final class Screen extends OutputStream {
        private final byte[] tail = new byte[65536];
        private int len;
        private volatile long keySent;
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger lost = new AtomicInteger();
        private final Object seen = new Object();

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int n) {
            long now = System.nanoTime();
            long k = keySent;
            if (k != 0) {
                latencies.add(now - k);
                keySent = 0;
            }
            synchronized (seen) {
                if (len + n > tail.length) {
                    int keep = Math.min(len, 8192);
                    System.arraycopy(tail, len - keep, tail, 0, keep);
                    len = keep;
                }
                int m = Math.min(n, tail.length - len);
                System.arraycopy(b, off + n - m, tail, len, m);
                len += m;
                seen.notifyAll();
            }
        }

        void clear() {
            synchronized (seen) {
                len = 0;
            }
        }

        /** Waits until the marker has arrived since the last clear; the nanoTime it was seen. */
        long await(byte[] mark, long timeoutMs) throws InterruptedException {
            long end = System.currentTimeMillis() + timeoutMs;
            synchronized (seen) {
                while (indexOf(mark) < 0) {
                    long left = end - System.currentTimeMillis();
                    if (left <= 0) {
                        throw new IllegalStateException("no " + new String(mark, StandardCharsets.UTF_8) + " on the screen: "
                                + new String(tail, 0, len, StandardCharsets.UTF_8));
                    }
                    seen.wait(left);
                }
                return System.nanoTime();
            }
        }

        private int indexOf(byte[] m) {
            outer:
            for (int i = 0; i + m.length <= len; i++) {
                for (int j = 0; j < m.length; j++) {
                    if (tail[i + j] != m[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        /** Sends a key unless the answer to the last one is still awaited (then counts it, after 2 s, as lost). */
        void key(OutputStream in, String key) throws IOException {
            long k = keySent;
            if (k != 0) {
                if (System.nanoTime() - k > 2_000_000_000L) {
                    lost.incrementAndGet();
                    keySent = 0;
                }
                return;
            }
            keySent = System.nanoTime();
            in.write(key.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
    }

    record Figures(List<Long> firstPaint, List<Long> formPaint, List<Long> latencies, int lost, long pssBeforeKb,
                   long pssAfterKb, long heapBeforeKb, long heapAfterKb, double idleCoreFraction, int sessions) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path binFormdesk = Path.of(args[1]);
        int sessions = Integer.parseInt(args[2]);
        int processes = Integer.parseInt(args[3]);
        int typeSeconds = Integer.parseInt(args[4]);
        int idleSeconds = Integer.parseInt(args[5]);
        Path work = Files.createTempDirectory("serve-bench");
        System.out.println("- load before: " + loadavg());
        Figures serve = serve(jar, binFormdesk, work.resolve("serve"), sessions, typeSeconds, idleSeconds);
        System.out.println("- load after the serve part: " + loadavg());
        Figures procs = processes(binFormdesk, work.resolve("procs"), processes, typeSeconds, idleSeconds);
        System.out.println("- load after the process part: " + loadavg());
        report(serve, procs);
    }

    // -- formdesk serve --------------------------------------------------------------------------------------

    static Figures serve(Path jar, Path binFormdesk, Path dir, int n, int typeSeconds, int idleSeconds) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair key = g.generateKeyPair();
        String pub = PublicKeyEntry.toString(key.getPublic());
        StringBuilder users = new StringBuilder("users:\n");
        for (int i = 0; i <= n + 5; i++) {
            users.append("- name: u").append(i).append("\n  keys:\n  - ").append(pub).append('\n');
        }
        Files.writeString(data.resolve("users.yaml"), users);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // The launcher's JVM flags, as the systemd unit runs it (dist/formdesk-serve.service).
        ProcessBuilder spb = new ProcessBuilder(binFormdesk.toAbsolutePath().toString(), "serve", "--host", "127.0.0.1", "--port", String.valueOf(port), "--data",
                data.toString(), "--per-address", String.valueOf(n + 10), "--max-sessions", String.valueOf(n + 10))
                .redirectErrorStream(true);
        spb.environment().put("FORMDESK_JAVA_OPTS", "-Xmx1g");
        Process server = spb.start();
        CompletableFuture<Void> up = new CompletableFuture<>();
        Thread log = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.contains("listening on")) {
                        up.complete(null);
                    }
                }
            } catch (IOException e) {
                // gone
            }
        });
        log.setDaemon(true);
        log.start();
        up.get(120, TimeUnit.SECONDS);
        long pid = server.toHandle().descendants()
                .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .map(ProcessHandle::pid).findFirst().orElse(server.pid());

        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        // As the OpenSSH client does for a session with a terminal: no Nagle delay on keys and requests.
        org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(client, true);
        client.start();
        try {
            // Warm-up: a few sessions type, then leave (the JIT compiles the key path; the first login's classes load).
            List<Sess> warm = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                warm.add(open(client, "u" + (n + 1 + i), key, port));
            }
            for (Sess s : warm) {
                s.enterForm();
            }
            for (int k = 0; k < 300; k++) {
                for (Sess s : warm) {
                    s.in.write(KEYS[k % KEYS.length].getBytes(StandardCharsets.UTF_8));
                    s.in.flush();
                }
                Thread.sleep(5);
            }
            for (Sess s : warm) {
                s.close();
            }
            Thread.sleep(3000);
            long[] before = memory(pid);

            List<Sess> all = new ArrayList<>();
            List<Long> first = new ArrayList<>();
            List<Long> form = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Sess s = open(client, "u" + i, key, port);
                first.add(s.firstPaintNanos);
                form.add(s.enterForm());
                all.add(s);
            }
            System.out.println("- of the first paint, the client's channel open and its pty, env and shell requests answered: "
                    + ms(all.stream().map(x -> x.openedNanos).toList()));
            Thread.sleep(2000);
            long[] after = memory(pid);

            List<Long> lat = type(all, typeSeconds);
            int lost = all.stream().mapToInt(s -> s.screen.lost.get()).sum();
            Thread.sleep(5000);
            double idle = cpuFraction(List.of(pid), idleSeconds);
            for (Sess s : all) {
                s.close();
            }
            return new Figures(first, form, lat, lost, before[0], after[0], before[1], after[1], idle, n);
        } finally {
            client.stop();
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static final class Sess {
        final ClientSession session;
        final ChannelShell channel;
        final Screen screen = new Screen();
        OutputStream in;
        long firstPaintNanos;
        long openedNanos;

        Sess(ClientSession session, ChannelShell channel) {
            this.session = session;
            this.channel = channel;
        }

        /** Enter on the first screen (a new draft), then Tab twice to a text field; the nanos from Enter to the form. */
        long enterForm() throws Exception {
            screen.clear();
            long t0 = System.nanoTime();
            in.write('\r');
            in.flush();
            long t = screen.await(FORM_MARK, 60_000) - t0;
            in.write("\t\t".getBytes(StandardCharsets.UTF_8));
            in.flush();
            Thread.sleep(50);
            return t;
        }

        void close() throws IOException {
            channel.close(true);
            session.close(true);
        }
    }

    static Sess open(SshClient client, String user, KeyPair key, int port) throws Exception {
        ClientSession session = client.connect(user, "127.0.0.1", port).verify(Duration.ofSeconds(60)).getSession();
        session.addPublicKeyIdentity(key);
        session.auth().verify(Duration.ofSeconds(60));
        ChannelShell channel = session.createShellChannel();
        channel.setPtyType("xterm-256color");
        channel.setPtyColumns(100);
        channel.setPtyLines(30);
        channel.setEnv("LANG", "C.UTF-8");
        Sess s = new Sess(session, channel);
        channel.setOut(s.screen);
        channel.setErr(s.screen);
        long t0 = System.nanoTime();
        channel.open().verify(Duration.ofSeconds(60));
        s.openedNanos = System.nanoTime() - t0;
        s.in = channel.getInvertedIn();
        s.firstPaintNanos = s.screen.await(START_MARK, 60_000) - t0;
        return s;
    }

    /** Every terminal types a key every 200 ms, the starts spread over the period; returns all latencies (ns). */
    static List<Long> type(List<? extends Object> terms, int seconds) throws Exception {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(4);
        List<ScheduledFuture<?>> tasks = new ArrayList<>();
        List<Screen> screens = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Object t = terms.get(i);
            Screen screen = t instanceof Sess s ? s.screen : ((Proc) t).screen;
            OutputStream in = t instanceof Sess s ? s.in : ((Proc) t).in;
            screens.add(screen);
            AtomicInteger k = new AtomicInteger();
            tasks.add(pool.scheduleAtFixedRate(() -> {
                try {
                    screen.key(in, KEYS[k.getAndIncrement() % KEYS.length]);
                } catch (IOException e) {
                    // the session is gone: its keys stop
                }
            }, 200L * i / terms.size(), 200, TimeUnit.MILLISECONDS));
        }
        Thread.sleep(seconds * 1000L);
        tasks.forEach(f -> f.cancel(false));
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        Thread.sleep(500);
        List<Long> all = new ArrayList<>();
        for (Screen s : screens) {
            synchronized (s.latencies) {
                all.addAll(s.latencies);
            }
        }
        return all;
    }

    // -- one process per user ----------------------------------------------------------------------------------

    static final class Proc {
        final Process process;
        final Screen screen = new Screen();
        final OutputStream in;

        Proc(Process p) {
            this.process = p;
            this.in = p.getOutputStream();
            Thread t = new Thread(() -> {
                byte[] buf = new byte[65536];
                try {
                    int r;
                    while ((r = p.getInputStream().read(buf)) > 0) {
                        screen.write(buf, 0, r);
                    }
                } catch (IOException e) {
                    // ended
                }
            });
            t.setDaemon(true);
            t.start();
        }

        long java() {
            return process.toHandle().descendants()
                    .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .map(ProcessHandle::pid).findFirst().orElse(-1L);
        }
    }

    static Figures processes(Path binFormdesk, Path dir, int n, int typeSeconds, int idleSeconds) throws Exception {
        Files.createDirectories(dir);
        List<Proc> procs = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path draft = dir.resolve("d" + i + ".yaml");
            String cmd = "stty cols 100 rows 30; exec " + binFormdesk.toAbsolutePath() + " fill --draft " + draft;
            ProcessBuilder pb = new ProcessBuilder("script", "-qfec", cmd, "/dev/null");
            pb.environment().put("TERM", "xterm-256color");
            pb.environment().put("LANG", "C.UTF-8");
            pb.environment().put("XDG_DATA_HOME", dir.toString());
            long t0 = System.nanoTime();
            Proc p = new Proc(pb.start());
            first.add(p.screen.await(FORM_MARK, 60_000) - t0);
            p.in.write("\t\t".getBytes(StandardCharsets.UTF_8));
            p.in.flush();
            procs.add(p);
        }
        Thread.sleep(3000); // each session's warm-up ends
        List<Long> pids = procs.stream().map(Proc::java).toList();
        long pss = 0;
        for (long pid : pids) {
            pss += pss(pid);
        }
        List<Long> lat = type(procs, typeSeconds);
        int lost = procs.stream().mapToInt(p -> p.screen.lost.get()).sum();
        Thread.sleep(5000);
        double idle = cpuFraction(pids, idleSeconds);
        for (Proc p : procs) {
            p.in.write(0x11); // Ctrl-Q
            p.in.flush();
        }
        for (Proc p : procs) {
            if (!p.process.waitFor(10, TimeUnit.SECONDS)) {
                p.process.destroy();
            }
        }
        return new Figures(first, List.of(), lat, lost, 0, pss, 0, 0, idle, n);
    }

    // -- measuring ----------------------------------------------------------------------------------------------

    /** PSS (kB) after a full collection, and the heap in use then (kB). */
    static long[] memory(long pid) throws Exception {
        Process gc = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        Thread.sleep(1000);
        Process heap = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String info = new String(heap.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        heap.waitFor();
        long used = 0;
        for (String line : info.split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(line);
            if (m.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                used += Long.parseLong(m.group(1));
            }
        }
        return new long[] {pss(pid), used};
    }

    static long pss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
            if (line.startsWith("Pss:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    /** CPU of the processes (all threads, ns from schedstat) over the seconds, as a fraction of one core. */
    static double cpuFraction(List<Long> pids, int seconds) throws Exception {
        long c0 = 0;
        for (long p : pids) {
            c0 += cpuNs(p);
        }
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long c1 = 0;
        for (long p : pids) {
            c1 += cpuNs(p);
        }
        return (double) (c1 - c0) / (System.nanoTime() - t0);
    }

    static long cpuNs(long pid) throws IOException {
        long total = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    total += Long.parseLong(Files.readString(t.resolve("schedstat")).trim().split("\\s+")[0]);
                } catch (IOException e) {
                    // a thread that ended meanwhile
                }
            }
        }
        return total;
    }

    static String loadavg() throws IOException {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).trim().split(" ")).subList(0, 3));
    }

    // -- report -------------------------------------------------------------------------------------------------

    static void report(Figures s, Figures p) {
        System.out.println();
        System.out.println("| measure | formdesk serve, " + s.sessions() + " sessions in one JVM | one `bin/formdesk fill` per user, "
                + p.sessions() + " processes | goal |");
        System.out.println("|---|---|---|---|");
        double perSession = (s.pssAfterKb() - s.pssBeforeKb()) / 1024.0 / s.sessions();
        double heapPer = (s.heapAfterKb() - s.heapBeforeKb()) / 1024.0 / s.sessions();
        System.out.printf(Locale.ROOT, "| memory per session | **%.2f MB** PSS growth per added session (%.0f → %.0f MB; heap in use after GC %.2f MB per session) | %.1f MB PSS per process | ≤ 4 MB |%n",
                perSession, s.pssBeforeKb() / 1024.0, s.pssAfterKb() / 1024.0, heapPer, p.pssAfterKb() / 1024.0 / p.sessions());
        System.out.printf(Locale.ROOT, "| first paint | **%s** channel open → first screen; Enter → the form %s | process start → the form %s | ≤ 50 ms median |%n",
                ms(s.firstPaint()), ms(s.formPaint()), ms(p.firstPaint()));
        System.out.printf(Locale.ROOT, "| key → screen, all typing every 200 ms | **%s** (%d keys, %d unanswered) | %s (%d keys, %d unanswered) | p95 ≤ 10 ms |%n",
                lat(s.latencies()), s.latencies().size(), s.lost(), lat(p.latencies()), p.latencies().size(), p.lost());
        System.out.printf(Locale.ROOT, "| idle CPU, nobody typing | **%.3f %%** of a core for the server with %d sessions open | %.3f %% of a core per process (%.2f %% for all %d) | ≤ 0.1 %% |%n",
                s.idleCoreFraction() * 100, s.sessions(), p.idleCoreFraction() * 100 / p.sessions(), p.idleCoreFraction() * 100, p.sessions());
    }

    static String ms(List<Long> ns) {
        if (ns.isEmpty()) {
            return "—";
        }
        List<Long> v = new ArrayList<>(ns);
        Collections.sort(v);
        return String.format(Locale.ROOT, "median %.1f ms (p95 %.1f, max %.1f)", v.get(v.size() / 2) / 1e6,
                v.get((int) Math.min(v.size() - 1, Math.round(v.size() * 0.95))) / 1e6, v.get(v.size() - 1) / 1e6);
    }

    static String lat(List<Long> ns) {
        if (ns.isEmpty()) {
            return "—";
        }
        List<Long> v = new ArrayList<>(ns);
        Collections.sort(v);
        return String.format(Locale.ROOT, "median %.2f ms, p95 %.2f, p99 %.2f", v.get(v.size() / 2) / 1e6,
                v.get((int) Math.min(v.size() - 1, Math.round(v.size() * 0.95))) / 1e6,
                v.get((int) Math.min(v.size() - 1, Math.round(v.size() * 0.99))) / 1e6);
    }
}
