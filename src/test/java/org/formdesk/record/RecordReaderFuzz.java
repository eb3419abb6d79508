package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.formdesk.SeedData;
import org.formdesk.form.Problem;
import org.formdesk.fuzz.Bounded;
import org.formdesk.fuzz.Hostile;

/** Fuzz: the record reader on damaged records (YAML and JSON): a result with located problems, nothing thrown. */
class RecordReaderFuzz {
    private static final byte[] YAML = read("examples/dept-perf-self-eval-2021.yaml");
    private static final byte[] JSON = jsonOfSeed();

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> records() {
        return Arbitraries.oneOf(Hostile.mutations(YAML), Hostile.mutations(JSON),
                Hostile.text().map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    private static byte[] jsonOfSeed() {
        RecordRead read = new RecordReader(SeedData.form()).read("r.yaml", YAML, RecordFormat.YAML);
        return RecordWriter.write(RecordWriter.tree(read.record(), SeedData.engine().newState()), RecordFormat.JSON)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Property
    void aDamagedRecordIsReadOrRefusedWithReasons(@ForAll("records") byte[] bytes, @ForAll boolean asJson) {
        RecordRead read = Bounded.call(() -> new RecordReader(SeedData.form())
                .read("r." + (asJson ? "json" : "yaml"), bytes, asJson ? RecordFormat.JSON : RecordFormat.YAML));
        assertThat(read).isNotNull();
        for (Problem p : read.fatal()) {
            assertThat(p.message()).isNotBlank();
        }
    }
}
