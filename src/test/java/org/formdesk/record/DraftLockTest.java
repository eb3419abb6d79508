package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondSessionIsRefusedWithTheFirstOnesPid() throws Exception {
        Path draft = dir.resolve("d.yaml");
        try (DraftLock first = DraftLock.acquire(draft, "wang", n -> { })) {
            assertThatThrownBy(() -> DraftLock.acquire(draft, "li", n -> { }))
                    .isInstanceOf(DraftLock.HeldException.class)
                    .hasMessageContaining("pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("wang@");
            assertThat(first.holder().user()).isEqualTo("wang");
        }
        assertThat(DraftLock.lockFileOf(draft)).doesNotExist();
    }

    @Test
    void aLockWhoseProcessIsGoneIsTakenOverWithANotice() throws Exception {
        Path draft = dir.resolve("d.yaml");
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Files.writeString(DraftLock.lockFileOf(draft),
                "zhao\t" + DraftLock.hostName() + "\t" + dead.pid() + "\t2026-01-01T00:00:00Z\n");
        List<String> notices = new ArrayList<>();
        try (DraftLock lock = DraftLock.acquire(draft, "wang", notices::add)) {
            assertThat(lock.holder().pid()).isEqualTo(ProcessHandle.current().pid());
        }
        assertThat(notices).singleElement().asString().contains("stale").contains("zhao");
    }

    @Test
    void aLockHeldOnAnotherHostIsRespected() throws Exception {
        Path draft = dir.resolve("d.yaml");
        Files.writeString(DraftLock.lockFileOf(draft), "zhao\tother-host\t1\t2026-01-01T00:00:00Z\n");
        assertThatThrownBy(() -> DraftLock.acquire(draft, "wang", n -> { }))
                .hasMessageContaining("zhao@other-host pid 1");
    }

    @Test
    void anUnreadableLockFileIsStale() throws Exception {
        Path draft = dir.resolve("d.yaml");
        Files.writeString(DraftLock.lockFileOf(draft), "garbage");
        List<String> notices = new ArrayList<>();
        DraftLock.acquire(draft, "wang", notices::add).close();
        assertThat(notices).singleElement().asString().contains("unreadable");
    }
}
