package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.formdesk.engine.Engine;
import org.formdesk.form.FormLoader;
import org.formdesk.record.DraftLock;
import org.formdesk.record.DraftLocks;
import org.formdesk.record.LocalTimes;
import org.formdesk.tui.DraftSession;
import org.formdesk.tui.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: the lock's refusal and its stale-lock notice in the form's language, in local time to the minute. */
class LockNoticesTest {
    @TempDir
    Path dir;

    @Test
    void aRefusalSaysWhoAndSinceWhenInTheFormsLanguage() throws Exception {
        Path draft = dir.resolve("d.yaml");
        try (DraftLock held = new DraftLocks().acquireTakingOver(draft, "wang", h -> { })) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"fill", "--draft", draft.toString(), "--out", dir.toString()},
                    new PrintWriter(out), new PrintWriter(err));
            assertThat(code).isNotZero();
            String since = LocalTimes.show(held.holder().since());
            assertThat(since).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
            assertThat(err.toString()).contains("正在另一个会话中填写", "wang@", "自 " + since + "）", "请先在那里退出")
                    .doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d").doesNotContain("since", "open in another");
        }
    }

    @Test
    void aStaleLockTakenOverIsSaidInTheFormsLanguageToTheMinute() throws Exception {
        Path draft = dir.resolve("d.yaml");
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        String then = "2026-01-01T00:00:00.123456789Z";
        Files.writeString(DraftLock.lockFileOf(draft), "zhao\t" + DraftLock.hostName() + "\t" + dead.pid() + "\t" + then + "\n");
        Engine engine = Engine.of(new FormLoader().loadBundled(FormLoader.DEFAULT_FORM));
        StringWriter notices = new StringWriter();
        try (DraftSession s = DraftSession.open(new DraftLocks(), engine, draft, dir, Words.of("zh"), null, new PrintWriter(notices))) {
            assertThat(notices.toString()).contains("上次打开 d.yaml 的会话（zhao@", "自 " + LocalTimes.show(then) + "）",
                    "已接管其锁").doesNotContain("123", "stale", "took over");
        }
    }
}
