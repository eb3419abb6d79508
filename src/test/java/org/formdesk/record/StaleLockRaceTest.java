package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, finding 2: many sessions opening one draft at the same instant over a stale lock (its pid
 * dead, or reused by a live process): exactly one gets in, every round. Each session is a process of its
 * own, as on a bastion host. Rounds: -Dformdesk.lockRounds (default 2).
 */
class StaleLockRaceTest {
    private static final int SESSIONS = 100;

    @TempDir
    Path dir;

    @Test
    void exactlyOneOfAHundredSimultaneousOpensGetsIn() throws Exception {
        int rounds = Integer.getInteger("formdesk.lockRounds", 2);
        for (int round = 0; round < rounds; round++) {
            Path draft = dir.resolve("d" + round + ".yaml");
            // Odd rounds name a live process (this one): a reused pid must not keep a stale lock alive.
            long pid = round % 2 == 0 ? deadPid() : ProcessHandle.current().pid();
            Files.writeString(DraftLock.lockFileOf(draft),
                    "zhao\t" + DraftLock.hostName() + "\t" + pid + "\t2026-01-01T00:00:00Z\n");
            assertThat(round(draft)).as("round %d: sessions that got in", round).isEqualTo(1);
            assertThat(DraftLock.lockFileOf(draft)).as("released at the end").doesNotExist();
        }
    }

    private int round(Path draft) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> ps = new ArrayList<>();
        List<BufferedReader> outs = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx16m",
                        "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(),
                        draft.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                ps.add(p);
                outs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (BufferedReader out : outs) {
                assertThat(out.readLine()).isEqualTo("ready");
            }
            for (Process p : ps) {
                OutputStream in = p.getOutputStream();
                in.write('\n');
                in.flush();
            }
            int in = 0;
            for (BufferedReader out : outs) {
                String said = out.readLine();
                assertThat(said).isIn("in", "held");
                if (said.equals("in")) {
                    in++;
                }
            }
            return in;
        } finally {
            for (Process p : ps) {
                p.getOutputStream().close();
            }
            for (Process p : ps) {
                p.waitFor();
            }
        }
    }

    private static long deadPid() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        return dead.pid();
    }
}
