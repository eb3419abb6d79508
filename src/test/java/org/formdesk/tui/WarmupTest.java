package org.formdesk.tui;

import org.formdesk.startup.Rehearsal;
import org.formdesk.startup.Warmup;

import org.formdesk.record.DraftRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.formdesk.engine.Engine;
import org.formdesk.record.RecordMeta;
import org.junit.jupiter.api.Test;

/** The JIT warm-up types on a scratch copy: it finishes, and nothing it does can reach a file. */
class WarmupTest {
    @Test
    void rehearsesWithoutSavingAnything() throws IOException {
        Engine engine = ScreenDriver.seedEngine();
        FillModel scratch = Warmup.rehearse(engine, Words.of("zh"), new TerminalSize(80, 24), false, true, 40);
        assertThat(scratch.section).as("PageDown went to the next section").isEqualTo(1);
        assertThat(scratch.buffer).as("7 digits typed, 5 taken back").isEqualTo("12");
        assertThat(scratch.quitting()).isFalse();
        assertThat(Files.exists(Path.of("formdesk-scratch-never-written"))).isFalse();
    }

    @Test
    void scratchDraftsRefuseToSaveOrFinish() {
        DraftRepository scratch = DraftRepository.scratch();
        var state = ScreenDriver.seedEngine().newState();
        var record = org.formdesk.record.Records.of(state, org.formdesk.record.RecordStatus.DRAFT, Map.of(), RecordMeta.NONE);
        var tree = org.formdesk.record.RecordWriter.tree(record, state);
        assertThatThrownBy(() -> scratch.saveDraft(tree))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> scratch.writeRecord(tree, "x"))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(Path.of("formdesk-scratch-never-written"))).isFalse();
    }
}
