package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.formdesk.SeedData;
import org.formdesk.engine.FormState;
import org.formdesk.record.RecordMeta;
import org.formdesk.record.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, finding 8: Finalize writes the .yaml and the .json together or neither; the draft stays a draft. */
class FinaliseAllOrNothingTest {
    @TempDir
    Path dir;

    @Test
    void whenTheJsonCannotBeWrittenTheYamlIsNotWrittenEither() throws Exception {
        FormState state = Records.state(SeedData.engine(), SeedData.exampleRead().record());
        Path out = dir.resolve("out");
        org.formdesk.record.DraftRepository drafts = new org.formdesk.record.DraftRepository(dir.resolve("d.yaml"), out);
        String base = org.formdesk.record.DraftRepository.baseName(state);
        Files.createDirectories(out.resolve(base + ".json").resolve("in-the-way"));

        assertThatThrownBy(() -> drafts.writeRecord(org.formdesk.record.RecordWriter.tree(Records.of(state, org.formdesk.record.RecordStatus.FINAL, Map.of(), RecordMeta.NONE), state), base)).isInstanceOf(IOException.class);

        assertThat(out.resolve(base + ".yaml")).doesNotExist();
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(base + ".json");
        }
    }
}
