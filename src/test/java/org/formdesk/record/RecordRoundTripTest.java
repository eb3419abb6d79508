package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.formdesk.SeedData;
import org.formdesk.engine.FormState;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordRoundTripTest {
    private static String export(RecordFile record, RecordFormat format) {
        FormState state = Records.state(SeedData.engine(), record);
        return RecordWriter.write(RecordWriter.tree(record, state), format);
    }

    private static RecordFile read(Path file) {
        RecordRead read = new RecordReader(SeedData.form()).read(file);
        assertThat(read.fatal()).isEmpty();
        assertThat(read.issues()).as("an exported record reads back without issues").isEmpty();
        assertThat(read.notes()).isEmpty();
        return read.record();
    }

    @ParameterizedTest
    @EnumSource(RecordFormat.class)
    void exportImportExportIsByteIdentical(RecordFormat format, @TempDir Path dir) throws Exception {
        String first = export(SeedData.example(), format);
        Path file = dir.resolve("record" + format.extension());
        FileWrites.atomically(file, first);
        RecordFile back = read(file);
        String second = export(back, format);
        assertThat(second).isEqualTo(first);
        assertThat(back.values()).isEqualTo(SeedData.example().values());
        assertThat(back.values().keySet()).isEqualTo(SeedData.example().values().keySet());
        assertThat(back.explanations()).isEqualTo(SeedData.example().explanations());
        assertThat(back.status()).isEqualTo(RecordStatus.FINAL);
        // the figures survive too
        FormState state = Records.state(SeedData.engine(), back);
        assertThat(state.shown("total_budget")).isEqualTo("42072.34");
        assertThat(state.scoreCard().total()).isEqualByComparingTo("97");
        assertThat(first).contains("42072.34").contains("budget_completion_rate").contains("28.32");
    }

    @ParameterizedTest
    @EnumSource(RecordFormat.class)
    void yamlAndJsonCarryTheSameRecord(RecordFormat format, @TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("r.yaml");
        Path json = dir.resolve("r.json");
        FileWrites.atomically(yaml, export(SeedData.example(), RecordFormat.YAML));
        FileWrites.atomically(json, export(SeedData.example(), RecordFormat.JSON));
        assertThat(export(read(yaml), format)).isEqualTo(export(read(json), format));
    }

    @ParameterizedTest
    @EnumSource(RecordFormat.class)
    void aDraftWithUnreadableInputKeepsItAsTyped(RecordFormat format, @TempDir Path dir) throws Exception {
        FormState state = SeedData.engine().newState();
        state.set("carryover", "１,４３１．９８万元");
        state.set("executed", "about 12000");
        state.set("fill_date", "2022年2月8日");
        state.set("fiscal_year", "２０２１");
        RecordFile draft = Records.of(state, RecordStatus.DRAFT, java.util.Map.of(), RecordMeta.NONE);
        String first = RecordWriter.write(RecordWriter.tree(draft, state), format);
        assertThat(first).contains("about 12000").contains("1431.98").contains("2022-02-08");
        Path file = dir.resolve("d" + format.extension());
        Files.writeString(file, first);
        RecordFile back = read(file);
        assertThat(back.values()).containsEntry("executed", "about 12000").containsEntry("carryover", "1431.98")
                .containsEntry("fiscal_year", "2021");
        assertThat(export(back, format)).isEqualTo(first);
    }
}
