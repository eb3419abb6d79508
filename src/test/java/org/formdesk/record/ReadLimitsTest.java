package org.formdesk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.formdesk.SeedData;
import org.formdesk.form.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, findings 7, 10 and 11: what a record may be is checked before it is parsed, each refusal
 * naming its limit and place in words (never a Java class); bytes that are not UTF-8 (an overlong "/"
 * included) and a second document are refused, not read past.
 */
class ReadLimitsTest {
    private final RecordReader reader = new RecordReader(SeedData.form());

    @TempDir
    Path dir;

    private static final String HEAD = "form: dept-perf-self-eval\nvalues:\n";

    private Problem refused(String name, byte[] bytes) {
        RecordRead read = reader.read(name, bytes, RecordFormat.YAML);
        assertThat(read.usable()).isFalse();
        assertThat(read.fatal()).hasSize(1);
        Problem p = read.fatal().get(0);
        assertThat(p.message()).doesNotContainPattern("java\\.|Exception|\\bError\\b");
        return p;
    }

    @Test
    void aLongUnbrokenValueIsRefusedByTheLineLengthLimitBeforeTheScannerSeesIt() {
        // Two million characters in one plain scalar cost the YAML scanner seconds (its work grows with the
        // square of the run); the limit refuses it in one pass.
        String big = HEAD + "  unit_name: " + "x".repeat(2_000_000) + "\n";
        Problem p = refused("d.yaml", big.getBytes(StandardCharsets.UTF_8));
        assertThat(p.message()).contains("line 3", "65536", "line length limit");
        assertThat(p.location().line()).isEqualTo(3);
    }

    @Test
    void aLongValueOverSeveralLinesIsRefusedByTheValueLengthLimit() {
        StringBuilder sb = new StringBuilder(HEAD + "  unit_name: |\n");
        for (int i = 0; i < 2000; i++) {
            sb.append("    ").append("字".repeat(60)).append('\n');
        }
        Problem p = refused("d.yaml", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(p.message()).contains("value length limit");
    }

    @Test
    void threeHundredThousandKeysAreRefusedByTheKeyCountLimit() {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < 300_000; i++) {
            sb.append("  k").append(i).append(": 1\n");
        }
        Problem p = refused("d.yaml", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(p.message()).contains("key count limit");
        assertThat(p.location().line()).isEqualTo(50_001);
    }

    @Test
    void tooManyRowsAreRefusedByTheRowCountLimit() {
        StringBuilder sb = new StringBuilder(HEAD + "  income:\n");
        for (int i = 0; i < 60_000; i++) {
            sb.append("  - 1\n");
        }
        assertThat(refused("d.yaml", sb.toString().getBytes(StandardCharsets.UTF_8)).message()).contains("row count limit");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[(int) ReadLimits.MAX_BYTES + 1]);
        RecordRead read = reader.read(big);
        assertThat(read.fatal()).singleElement().extracting(Problem::message).asString()
                .contains("file size limit", "4 MiB");
    }

    @Test
    void bytesThatAreNotUtf8AreToldAsLineColumnAndByte() {
        byte[] bytes = concat(HEAD + "  unit_name: 晋中", new byte[] {(byte) 0xff}, "\n");
        Problem p = refused("d.yaml", bytes);
        assertThat(p.message()).contains("not valid UTF-8", "0xff", "line 3, column 16");
        assertThat(p.location().line()).isEqualTo(3);
        assertThat(p.location().column()).isEqualTo(16);
        assertThat(ReadLimits.zh(p)).contains("第 3 行第 16 列", "0xff");
    }

    @Test
    void anOverlongSlashIsRefusedNotReadAsASlash() {
        byte[] bytes = concat(HEAD + "  unit_name: a", new byte[] {(byte) 0xc0, (byte) 0xaf}, "b\n");
        assertThat(refused("d.yaml", bytes).message()).contains("not valid UTF-8", "0xc0");
    }

    @Test
    void aSecondYamlDocumentIsRefusedNotIgnored() {
        String two = HEAD + "  fiscal_year: 2021\n---\n" + HEAD + "  fiscal_year: 1999\n";
        Problem p = refused("d.yaml", two.getBytes(StandardCharsets.UTF_8));
        assertThat(p.message()).contains("second YAML document");
        assertThat(ReadLimits.zh(p)).contains("第二个 YAML 文档");
    }

    @Test
    void aByteOrderMarkAndAFinalDocumentEndAreFine() {
        String one = "\ufeff" + HEAD + "  fiscal_year: 2021\n...\n";
        assertThat(reader.read("d.yaml", one.getBytes(StandardCharsets.UTF_8), RecordFormat.YAML).usable()).isTrue();
    }

    @Test
    void theRefusalsReadInChinese() {
        for (String en : new String[] {
            "line 12 is longer than 65536 characters (the line length limit)",
            "more than 50000 keys; a record may have at most 50000 (the key count limit)",
        }) {
            assertThat(ReadLimits.zh(new Problem(org.formdesk.form.SourceLocation.unknown("d"), en)))
                    .doesNotContainPattern("[a-z]{3,}");
        }
        assertThat(ReadLimits.zh(new Problem(org.formdesk.form.SourceLocation.unknown("d"),
                "line 12 is longer than 65536 characters (the line length limit)"))).contains("第 12 行", "65536");
    }

    @Test
    void aFormFileThatIsNotUtf8IsToldWithoutJavaClassNames() {
        byte[] bytes = concat("id: f\ntitle: ", new byte[] {(byte) 0xff}, "\n");
        var result = new org.formdesk.form.FormLoader().read("f.yaml", bytes);
        assertThat(result.problems()).isNotEmpty().allSatisfy(p ->
                assertThat(p.message()).doesNotContainPattern("java\\.|Exception"));
    }

    private static byte[] concat(String a, byte[] b, String c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(b);
        out.writeBytes(c.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
