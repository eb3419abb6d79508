package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.formdesk.record.export.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRepositoryTest {
    @TempDir
    Path dir;

    private static String export(RecordRead read, RecordFormat format) {
        return RecordWriter.write(RecordWriter.tree(read.record(), Seed.state(read)), format);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void yamlAndJsonSurviveExportImportExportByteForByte() throws Exception {
        String yaml = export(Seed.read(), RecordFormat.YAML);
        String json = export(Seed.read(), RecordFormat.JSON);

        assertThat(export(Seed.read(file("a.yaml", yaml)), RecordFormat.YAML)).isEqualTo(yaml);
        assertThat(export(Seed.read(file("a.json", json)), RecordFormat.JSON)).isEqualTo(json);
        // And across formats: what came in as JSON goes out as the same YAML, and back.
        assertThat(export(Seed.read(file("b.json", json)), RecordFormat.YAML)).isEqualTo(yaml);
        assertThat(export(Seed.read(file("b.yaml", yaml)), RecordFormat.JSON)).isEqualTo(json);
    }

    @Test
    void aDraftFromAnExportHasTheSameValuesAndExplanations() throws Exception {
        RecordRead original = Seed.read();
        String json = export(original, RecordFormat.JSON);

        RecordRead read = DraftRepository.fromExport(Seed.form(), file("exported.json", json));

        assertThat(read.usable()).isTrue();
        assertThat(read.issues()).isEmpty();
        RecordFile draft = read.record();
        assertThat(draft.status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(draft.meta()).isEqualTo(RecordMeta.NONE);
        assertThat(draft.formVersion()).isEqualTo(Seed.form().version());
        assertThat(draft.explanations()).isEqualTo(original.record().explanations());
        // Exported again it is the original export, but a draft and without meta.
        ObjectNode expected = RecordWriter.tree(original.record(), Seed.state(original)).put("status", "draft");
        expected.remove("meta");
        assertThat(RecordWriter.json(RecordWriter.tree(draft, Seed.state(read)))).isEqualTo(RecordWriter.json(expected));
    }

    @Test
    void aDraftOfADraftIsStable() throws Exception {
        RecordRead first = DraftRepository.fromExport(Seed.form(), Seed.RECORD);
        String once = RecordWriter.yaml(RecordWriter.tree(first.record(), Seed.state(first)));
        RecordRead second = DraftRepository.fromExport(Seed.form(), file("draft.yaml", once));
        assertThat(RecordWriter.yaml(RecordWriter.tree(second.record(), Seed.state(second)))).isEqualTo(once);
    }

    @Test
    void whatCannotBeUsedIsSaidWithTheFileName() throws Exception {
        RecordRead broken = DraftRepository.fromExport(Seed.form(), file("broken.yaml", "form: [\n"));
        assertThat(broken.usable()).isFalse();
        // SnakeYAML places an unclosed flow list where the stream ends: line 2.
        assertThat(broken.fatal().get(0).toString()).startsWith(dir.resolve("broken.yaml") + ":2:1: not valid YAML");

        RecordRead other = DraftRepository.fromExport(Seed.form(), file("other.yaml", "form: travel-claim\nvalues: {}\n"));
        assertThat(other.usable()).isFalse();
        assertThat(other.fatal().get(0).toString()).contains("other.yaml", "travel-claim");

        RecordRead missing = DraftRepository.fromExport(Seed.form(), dir.resolve("missing.yaml"));
        assertThat(missing.fatal().get(0).toString()).isEqualTo(dir.resolve("missing.yaml") + ": 没有这个文件");
    }

    @Test
    void leftOutValuesAreReported() throws Exception {
        String yaml = Files.readString(Seed.RECORD).replace("values:\n", "values:\n  total_budget: '1'\n  nonsense: x\n");
        RecordRead read = DraftRepository.fromExport(Seed.form(), file("extra.yaml", yaml));
        assertThat(read.usable()).isTrue();
        assertThat(read.issues()).extracting(Object::toString)
                .anyMatch(s -> s.contains("调整后预算收入")).anyMatch(s -> s.contains("nonsense"));
        assertThat(read.record().values()).doesNotContainKeys("total_budget", "nonsense");
    }
}
