package org.formdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A short run of bench/soak.py (issue 13): one steady round of each way a session can die (kill -9, SIGHUP,
 * the terminal closed, the ssh client killed, the editor open when the terminal closes), on the packaged
 * program, nothing lost and no temporary left. The full run (100 rounds each) is in bench/RESULTS.md.
 */
class SoakSmokeIT {
    @Test
    void oneRoundOfEachWayToDieLosesNothing() throws Exception {
        assumeTrue(Sshd.available(), "openssh-server is not installed (.ci/run installs it)");
        assumeTrue(new ProcessBuilder("python3", "-c", "import yaml").start().waitFor() == 0,
                "python3-yaml is not installed (.ci/run installs it)");
        Process soak = new ProcessBuilder("python3", "bench/soak.py", "--rounds", "1", "--steady", "--ways",
                "kill9,sighup,close,ssh,editor", "--jar",
                "target/formdesk.jar")
                .redirectErrorStream(true).start();
        String out = new String(soak.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(soak.waitFor()).as(out).isZero();
        assertThat(out.lines().filter(l -> l.contains("lost 0 ") && l.contains(".tmp left 0"))).hasSize(5);
        assertThat(Path.of("target/formdesk.jar")).satisfies(p -> assertThat(Files.exists(p)).isTrue());
    }
}
