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
    /** The process's locks, as the program makes one table per process. */
    private final DraftLocks locks = new DraftLocks();

    @TempDir
    Path dir;

    @Test
    void aSecondSessionIsRefusedWithTheFirstOnesPid() throws Exception {
        Path draft = dir.resolve("d.yaml");
        try (DraftLock first = locks.acquireTakingOver(draft, "wang", h -> { })) {
            assertThatThrownBy(() -> locks.acquireTakingOver(draft, "li", h -> { }))
                    .isInstanceOf(DraftLock.HeldException.class)
                    .hasMessageContaining("pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("wang@")
                    .satisfies(e -> assertThat(((DraftLock.HeldException) e).holder()).get()
                            .extracting(DraftLock.Holder::user).isEqualTo("wang"));
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
        try (DraftLock lock = locks.acquireTakingOver(draft, "wang", said(notices))) {
            assertThat(lock.holder().pid()).isEqualTo(ProcessHandle.current().pid());
        }
        assertThat(notices).singleElement().asString().contains("stale").contains("zhao");
    }

    @Test
    void aLockFileNobodyHoldsIsStaleWhateverItSays() throws Exception {
        // Another host, or this very process's pid: neither keeps a lock alive, only the system's lock does.
        for (String pid : new String[] {"1", String.valueOf(ProcessHandle.current().pid())}) {
            Path draft = dir.resolve("d" + pid + ".yaml");
            Files.writeString(DraftLock.lockFileOf(draft), "zhao\tother-host\t" + pid + "\t2026-01-01T00:00:00Z\n");
            List<String> notices = new ArrayList<>();
            locks.acquireTakingOver(draft, "wang", said(notices)).close();
            assertThat(notices).singleElement().asString().contains("stale").contains("zhao@other-host");
            assertThat(DraftLock.lockFileOf(draft)).doesNotExist();
        }
    }

    @Test
    void aNewLockFileIsWholeAndNamesItsHolder() throws Exception {
        Path draft = dir.resolve("d.yaml");
        try (DraftLock lock = locks.acquireTakingOver(draft, "wang", h -> { })) {
            assertThat(Files.readString(DraftLock.lockFileOf(draft)))
                    .isEqualTo("wang\t" + DraftLock.hostName() + "\t" + ProcessHandle.current().pid() + "\t"
                            + lock.holder().since() + "\n");
            try (var names = Files.list(dir)) {
                assertThat(names).as("no temporary left").containsExactly(DraftLock.lockFileOf(draft));
            }
        }
    }

    @Test
    void sessionsInOneProcessAreKeptApartAndTheLockOutlivesASiblingsRefusal() throws Exception {
        Path draft = dir.resolve("d.yaml");
        try (DraftLock first = locks.acquireTakingOver(draft, "wang", h -> { })) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> locks.acquireTakingOver(dir.resolve(".").resolve("d.yaml"), "li", h -> { }))
                        .isInstanceOf(DraftLock.HeldException.class);
            }
            // The refusals never opened the file: the system's lock is still this process's, so another
            // process is refused too.
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), draft.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            other.getOutputStream().write('\n');
            other.getOutputStream().close();
            assertThat(new String(other.getInputStream().readAllBytes())).isEqualTo("ready\nheld\n");
        }
        locks.acquireTakingOver(draft, "li", h -> { }).close();
    }

    @Test
    void anUnreadableLockFileIsStale() throws Exception {
        Path draft = dir.resolve("d.yaml");
        Files.writeString(DraftLock.lockFileOf(draft), "garbage");
        List<String> notices = new ArrayList<>();
        locks.acquireTakingOver(draft, "wang", said(notices)).close();
        assertThat(notices).singleElement().asString().contains("unreadable");
    }

    /** The notice as a caller would word it: who held the stale lock, or that its file was unreadable. */
    private static java.util.function.Consumer<java.util.Optional<DraftLock.Holder>> said(java.util.List<String> notices) {
        return before -> notices.add(before.map(h -> "stale lock of " + h).orElse("unreadable lock file"));
    }
}
