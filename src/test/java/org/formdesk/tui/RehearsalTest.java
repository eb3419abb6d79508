package org.formdesk.tui;

import org.formdesk.startup.Rehearsal;
import org.formdesk.startup.Warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data-sharing training types a value, commits it (the draft is saved) and quits. */
class RehearsalTest {
    @TempDir
    Path dir;

    @Test
    void typesCommitsAndSavesTheDraft() throws IOException {
        Path draft = dir.resolve("draft.yaml");
        Rehearsal.run(ScreenDriver.seedEngine(), draft, dir, "zh");
        assertThat(draft).exists();
        assertThat(Files.readString(draft)).contains("history:");
    }
}
