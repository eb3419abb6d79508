package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.formdesk.SeedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What validate, score and drafts print for the seed form is Chinese and names labels; ids stay in --json. */
class CliLanguageTest {
    /** A run of Latin letters: an English word or a raw id such as income_basic. */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z_]{2,}");

    @TempDir
    Path dir;

    private static void noLatinBesides(String output, String... allowed) {
        String rest = output;
        for (String a : allowed) {
            rest = rest.replace(a, "");
        }
        Matcher m = LATIN.matcher(rest);
        assertThat(m.find()).as("an English word or id in:%n%s", output).isFalse();
    }

    @Test
    void validatesOutputIsInTheFormsLanguage() {
        Run r = Run.of("validate", SeedData.EXAMPLE.toString());
        assertThat(r.out()).contains("警告：", "0 个错误，1 个警告");
        noLatinBesides(r.out(), SeedData.EXAMPLE.toString());
    }

    @Test
    void scoreHasAHeadingWithUnitAndYear() {
        Run r = Run.of("score", SeedData.EXAMPLE.toString());
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("部门整体支出绩效自评表", "单位：", "年度：2021");
        noLatinBesides(r.out());
    }

    @Test
    void draftsListsTitlesAndLocalTimes() throws Exception {
        Files.writeString(dir.resolve("d.yaml"), Files.readString(SeedData.EXAMPLE).replace("status: final", "status: draft"));
        Run r = Run.of("drafts", "--dir", dir.toString());
        assertThat(r.out()).contains("部门整体支出绩效自评表").doesNotContain("dept-perf-self-eval  ");
        noLatinBesides(r.out(), dir.resolve("d.yaml").toString());
        assertThat(Run.of("drafts", "--json", "--dir", dir.toString()).out()).contains("\"form\" : \"dept-perf-self-eval\"");
    }

    @Test
    void collectSaysWhatItDidInTheFormsLanguage() {
        Run r = Run.of("collect", SeedData.EXAMPLE.toString(), "-o", dir.resolve("all.csv").toString());
        noLatinBesides(r.err(), "formdesk");
        assertThat(r.err()).contains("已汇总 1 份记录");
    }
}
