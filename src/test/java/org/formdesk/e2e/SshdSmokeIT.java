package org.formdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshdSmokeIT {
    @TempDir
    Path dir;

    @Test
    void aCommandRunsOverSshOnLoopback() throws Exception {
        assumeTrue(Sshd.available(), "openssh-server is not installed (.ci/run installs it)");
        try (Sshd sshd = Sshd.start(dir.resolve("sshd"))) {
            List<String> cmd = new ArrayList<>(sshd.ssh("tty; echo over-ssh"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(out + sshd.log()).isZero();
            assertThat(out).contains("over-ssh").contains("/dev/pts/");
        }
    }
}
