package org.formdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong passwords back off, and an address that keeps failing is refused even the right one for a while. */
class ServeBackOffIT {
    @TempDir
    Path dir;

    @Test
    void wrongPasswordsWaitLongerEachTimeThenTheAddressIsRefused() throws Exception {
        assumeTrue(Tmux.onPath("ssh"), "openssh-client is needed (.ci/run installs it)");
        try (FormdeskServer server = FormdeskServer.start(dir, "--failures-per-address", "4")) {
            server.users("right password 1", "add", "dora", "--password");
            Path wrong = server.askpass("wrong", "wrong password");
            Path right = server.askpass("right", "right password 1");
            List<String> once = List.of("-o", "PubkeyAuthentication=no", "-o", "NumberOfPasswordPrompts=1", "dora@fd", "drafts");

            long[] took = new long[3];
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                FormdeskServer.Result r = server.ssh(once, wrong);
                took[i] = (System.nanoTime() - t0) / 1_000_000;
                assertThat(r.code()).isEqualTo(255);
                assertThat(r.err()).contains("Permission denied");
            }
            // Waits of 1 and 2 s before the second and third checks: floors, which no machine's speed can undercut.
            assertThat(took[1]).as("the second attempt waits 1 s (%s ms)", java.util.Arrays.toString(took))
                    .isGreaterThanOrEqualTo(1000);
            assertThat(took[2]).as("the third attempt waits 2 s (%s ms)", java.util.Arrays.toString(took))
                    .isGreaterThanOrEqualTo(2000);
            assertThat(server.audit()).contains("login-failed user=dora from=127.0.0.1 password");

            assertThat(server.ssh(once, wrong).code()).isEqualTo(255); // the fourth failure within ten minutes
            FormdeskServer.Result refused = server.ssh(once, right);
            assertThat(refused.code()).as("the right password from a refused address").isEqualTo(255);
            assertThat(server.audit()).contains("refused user=- from=127.0.0.1 too-many-failed-logins-from-this-address");
        }
    }

    @Test
    void theRightPasswordAfterOneSlipLogsIn() throws Exception {
        assumeTrue(Tmux.onPath("ssh"), "openssh-client is needed (.ci/run installs it)");
        try (FormdeskServer server = FormdeskServer.start(dir)) {
            server.users("right password 2", "add", "erin", "--password");
            List<String> once = List.of("-o", "PubkeyAuthentication=no", "-o", "NumberOfPasswordPrompts=1", "erin@fd", "drafts");
            assertThat(server.ssh(once, server.askpass("wrong", "nope nope")).code()).isEqualTo(255);
            FormdeskServer.Result ok = server.ssh(once, server.askpass("right", "right password 2"));
            assertThat(ok.code()).as(ok.err()).isZero();
            assertThat(server.audit()).contains("login user=erin from=127.0.0.1 password");
        }
    }
}
