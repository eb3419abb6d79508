package org.formdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code formdesk serve} (the packaged jar) with the real OpenSSH client: key and password logins, the
 * form typed in tmux over {@code ssh -tt}, the client killed mid-field, one user's files out of another's
 * reach, and everything that is not the form refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeIT {
    static final String BOB_PASSWORD = "correct horse 1";

    @TempDir
    static Path dir;

    private FormdeskServer server;
    private Path aliceKey;
    private Path bobKey;
    private Path carolKey;
    private Tmux tmux;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Tmux.available() && Tmux.onPath("ssh") && Tmux.onPath("ssh-keygen"),
                "tmux and openssh-client are needed (.ci/run installs them)");
        assertThat(FormdeskServer.JAR).as("run after package").exists();
        server = FormdeskServer.start(dir.resolve("serve"));
        aliceKey = server.newKey("alice");
        bobKey = server.newKey("bob");
        carolKey = server.newKey("carol");
        server.users(null, "add", "alice", "--key", aliceKey + ".pub", "--unit", "经济运行部");
        server.users(BOB_PASSWORD, "add", "bob", "--key", bobKey + ".pub", "--password");
        server.users(null, "add", "vic", "--key", server.newKey("vic") + ".pub");
        server.users(null, "add", "carol", "--key", carolKey + ".pub", "--role", "reviewer", "--unit", "财政局");
    }

    @AfterEach
    void closeTmux() throws Exception {
        if (tmux != null) {
            tmux.close();
            tmux = null;
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theServiceFilesAreTheOwnersOnly() throws Exception {
        Path data = server.data;
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("users.yaml"))).isEqualTo("rw-------");
        assertThat(mode(data.resolve("ssh_host_key"))).isEqualTo("rw-------");
        assertThat(Files.readString(data.resolve("users.yaml"))).contains("$2y$").doesNotContain(BOB_PASSWORD);
    }

    @Test
    void aKilledConnectionLeavesADraftWithEveryCommittedValue() throws Exception {
        tmux = new Tmux("serve-fill");
        tmux.start(100, 30, server.sshWithKey("alice", aliceKey, "-tt") + "; exec sleep 600");
        tmux.await(s -> s.contains("Garbled? Press G"));
        tmux.keys("Enter"); // the only choice: a new draft
        tmux.await(s -> s.contains("单位名称") && s.contains("F1"));
        tmux.type("2021");
        tmux.keys("Tab");
        tmux.type("示范区晋中开发区");
        tmux.keys("Tab");
        tmux.type("经济运行部");
        tmux.keys("Tab");
        tmux.type("2022/02"); // mid-field: not committed when the link drops
        tmux.await(s -> s.contains("2022/02"));
        Path drafts = server.data.resolve("alice").resolve("drafts");
        Path draft = only(drafts);
        Tmux.awaitTrue("the committed unit name on disk", () -> read(draft).contains("经济运行部"));

        long ssh = childOf(tmux.panePid(), "ssh").orElseThrow();
        ProcessHandle.of(ssh).orElseThrow().destroyForcibly();
        Tmux.awaitTrue("the session to end", () -> audit().contains("session-end user=alice"));

        String saved = read(draft);
        assertThat(saved).contains("fiscal_year: 2021", "org_name: 示范区晋中开发区", "unit_name: 经济运行部");
        assertThat(saved).as("the field being typed is saved too, as on SIGHUP").contains("fill_date: 2022/02");
        assertThat(saved).as("the trail names the SSH user").contains("user: alice", "origin: ssh 127.0.0.1");
        assertThat(mode(draft)).isEqualTo("rw-------");
        assertThat(mode(drafts)).isEqualTo("rwx------");
        assertThat(mode(drafts.getParent())).isEqualTo("rwx------");
        assertThat(audit()).contains("login user=alice from=127.0.0.1 publickey", "logout user=alice",
                "session-end user=alice from=127.0.0.1 disconnected");

        tmux.close();
        tmux = new Tmux("serve-resume");
        tmux.start(100, 30, server.sshWithKey("alice", aliceKey, "-tt") + "; exec sleep 600");
        tmux.await(s -> s.contains("1. 继续") && s.contains("经济运行部  2021"));
        tmux.keys("Enter");
        String screen = tmux.await(s -> s.contains("经济运行部") && s.contains("F1"));
        assertThat(screen).contains("示范区晋中开发区", "2021");
        tmux.keys("C-q");
        Tmux.awaitTrue("a quit to be logged", () -> audit().contains("session-end user=alice from=127.0.0.1 quit"));
    }

    @Test
    void aPasswordLoginWorksAndTheScreenFollowsTheWindowSize() throws Exception {
        Path askpass = server.askpass("bob", BOB_PASSWORD);
        tmux = new Tmux("serve-password");
        tmux.start(100, 30, "SSH_ASKPASS='" + askpass + "' SSH_ASKPASS_REQUIRE=force DISPLAY=:0 "
                + "ssh -F '" + server.sshConfig + "' -o PubkeyAuthentication=no -tt bob@fd; exec sleep 600");
        tmux.await(s -> s.contains("formdesk — bob") && s.contains("Garbled? Press G"));
        tmux.keys("Enter");
        tmux.await(s -> s.contains("单位名称") && s.contains("F1"));
        tmux.resize(120, 40);
        tmux.await(s -> s.lines().anyMatch(l -> l.contains("F1") && l.length() > 0)
                && s.lines().count() >= 39 && s.lines().skip(37).anyMatch(l -> l.contains("F1")));
        tmux.keys("C-q");
        Tmux.awaitTrue("bob's login by password", () -> audit().contains("login user=bob from=127.0.0.1 password"));
    }

    @Test
    void anotherUserCannotReachTheFirstOnesDraftsOrRecords() throws Exception {
        // vic's files, put there as the service would (vic's own sessions are not this test's subject)
        Path aliceDrafts = server.data.resolve("vic").resolve("drafts");
        Path aliceRecords = server.data.resolve("vic").resolve("records");
        Files.createDirectories(aliceDrafts);
        Files.createDirectories(aliceRecords);
        Files.writeString(aliceDrafts.resolve("secret.yaml"), "form: dept-perf-self-eval\nstatus: draft\nvalues:\n"
                + "  unit_name: 机密草稿单位\n");
        String example = Files.readString(Path.of("examples/dept-perf-self-eval-2021.yaml"), StandardCharsets.UTF_8);
        Files.writeString(aliceRecords.resolve("final.yaml"), example);
        String secretOfRecord = "示范区晋中开发区经济运行部"; // the example's unit name
        assertThat(example).contains(secretOfRecord.substring(0, 4));
        Path bobRecords = server.data.resolve("bob").resolve("records");
        Files.createDirectories(bobRecords);
        Files.createSymbolicLink(bobRecords.resolve("planted.yaml"), aliceDrafts.resolve("secret.yaml"));

        assertThat(bob("drafts").out()).doesNotContain("secret");
        assertThat(bob("records").out()).doesNotContain("final");
        List<String> tricks = List.of("secret.yaml", "../vic/drafts/secret.yaml", "vic/secret.yaml",
                "vic/final.yaml", "../../vic/records/final.yaml", aliceDrafts.resolve("secret.yaml").toString(),
                "./../vic/drafts/secret.yaml", "..", "vic/../vic/final.yaml", "planted.yaml", "bob/../vic/final.yaml",
                "%2e%2e/vic/drafts/secret.yaml", "*", "vic", "bob/../../vic/records/final.yaml");
        for (String name : tricks) {
            for (String cmd : List.of("export", "summary")) {
                FormdeskServer.Result r = bob(cmd + " '" + name + "'");
                assertThat(r.code()).as(cmd + " " + name).isNotZero();
                assertThat(r.out() + r.err()).as(cmd + " " + name).doesNotContain("机密草稿单位", "经济运行部");
            }
        }
        FormdeskServer.Result collect = bob("collect");
        assertThat(collect.out()).doesNotContain("经济运行部");

        // The reviewer reads every user's finalised records, and no one's drafts.
        assertThat(carol("records").out()).contains("vic/final.yaml");
        FormdeskServer.Result summary = carol("summary vic/final.yaml");
        assertThat(summary.code()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("经济运行部");
        assertThat(carol("collect").out()).contains("经济运行部");
        assertThat(carol("export vic/secret.yaml").code()).isNotZero();
        assertThat(carol("export vic/secret.yaml").out()).doesNotContain("机密草稿单位");

        // Nor by a user name: only the names in users.yaml log in.
        FormdeskServer.Result sneaky = server.ssh(List.of("-i", bobKey.toString(), "-o", "PasswordAuthentication=no",
                "../vic@fd", "drafts"), null);
        assertThat(sneaky.code()).isEqualTo(255);
        assertThat(sneaky.out()).doesNotContain("secret");

        // And bob's first screen offers only his own drafts (if any) and new ones.
        tmux = new Tmux("serve-bob");
        tmux.start(100, 30, server.sshWithKey("bob", bobKey, "-tt") + "; exec sleep 600");
        String screen = tmux.await(s -> s.contains("Garbled? Press G"));
        assertThat(screen).contains("新建").doesNotContain("secret", "机密", "vic");
        tmux.keys("q");
    }

    @Test
    void shellExecSubsystemsAndForwardingAreRefused() throws Exception {
        FormdeskServer.Result noPty = alice(List.of("-T"), null);
        assertThat(noPty.code()).isEqualTo(1);
        assertThat(noPty.err()).contains("connect with ssh -t");

        FormdeskServer.Result exec = alice(List.of(), "/bin/sh -c id");
        assertThat(exec.code()).isEqualTo(126);
        assertThat(exec.err()).contains("not a command here");
        assertThat(exec.out()).doesNotContain("uid=");

        FormdeskServer.Result stdio = alice(List.of("-W", "127.0.0.1:" + server.port), null);
        assertThat(stdio.code()).isEqualTo(255);
        assertThat(stdio.err()).contains("stdio forwarding failed");

        FormdeskServer.Result remote = alice(List.of("-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:" + server.port), null);
        assertThat(remote.code()).isEqualTo(255);
        assertThat(remote.err()).contains("remote port forwarding failed");

        FormdeskServer.Result sftp = alice(List.of("-s"), "sftp");
        assertThat(sftp.code()).isEqualTo(255);
        assertThat(sftp.err()).contains("subsystem request failed");

        FormdeskServer.Result x11 = alice(List.of("-X", "-o", "LogLevel=INFO"), "drafts");
        assertThat(x11.err()).contains("X11 forwarding request failed");

        assertThat(server.audit()).contains("exec-refused user=alice from=127.0.0.1 /bin/sh_-c_id");
    }

    private FormdeskServer.Result alice(List<String> options, String command) throws Exception {
        List<String> args = new ArrayList<>(List.of("-i", aliceKey.toString(), "-o", "PasswordAuthentication=no"));
        args.addAll(options);
        args.add("alice@fd");
        if (command != null) {
            args.add(command);
        }
        return server.ssh(args, null);
    }

    private FormdeskServer.Result bob(String command) throws Exception {
        return server.ssh(List.of("-i", bobKey.toString(), "-o", "PasswordAuthentication=no", "bob@fd", command), null);
    }

    private FormdeskServer.Result carol(String command) throws Exception {
        return server.ssh(List.of("-i", carolKey.toString(), "-o", "PasswordAuthentication=no", "carol@fd", command), null);
    }

    private String audit() {
        try {
            return server.audit();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    static String mode(Path p) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    static Path only(Path folder) throws InterruptedException {
        Path[] found = new Path[1];
        Tmux.awaitTrue("one draft in " + folder, () -> {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).toList();
                found[0] = yaml.size() == 1 ? yaml.get(0) : null;
                return found[0] != null;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return found[0];
    }

    /** The first descendant of {@code pid} whose command is {@code name}. */
    static Optional<Long> childOf(long pid, String name) {
        return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals(name)).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }
}
