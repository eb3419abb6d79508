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

    /**
     * Issue 12's "done when": validate, score, collect and drafts on the examples of both bundled forms, with
     * errors, warnings, an unreadable value and a missing one present, name labels in Chinese; the only Latin
     * letters are the paths of the files the user named (ids stay in --json and --ids).
     */
    @Test
    void everyCommandOnTheExamplesWithSlipsSpeaksTheFormsLanguage() throws Exception {
        Path slipped = dir.resolve("slipped.yaml");
        Files.writeString(slipped, Files.readString(SeedData.EXAMPLE)
                .replace("fiscal_year: 2021", "fiscal_year: 1999")
                .replace("  unit_head: 王丽萍\n", "")
                .replace("executed: '11915.70'", "executed: '11.915.70'"));
        Path[] records = {SeedData.EXAMPLE, slipped, Path.of("examples/project-perf-self-eval-2022.yaml"),
                Path.of("examples/project-perf-self-eval-slips.yaml")};
        for (Path record : records) {
            String file = record.toString();
            Run validate = Run.of("validate", file);
            noLatinBesides(validate.out() + validate.err(), file);
            Run strict = Run.of("validate", "--strict", file);
            noLatinBesides(strict.out() + strict.err(), file);
            Run score = Run.of("score", file);
            noLatinBesides(score.out() + score.err(), file);
        }
        Run validate = Run.of("validate", slipped.toString());
        assertThat(validate.out()).contains("年度", "预算执行金额", "单位负责人");

        Path csv = dir.resolve("all.csv");
        Run collect = Run.of("collect", records[0].toString(), slipped.toString(), records[2].toString(),
                records[3].toString(), "-o", csv.toString());
        // "formdesk:" leads every line on stderr: the program's name, as a shell's messages do.
        noLatinBesides(collect.out() + collect.err(), "formdesk:", csv.toString(), slipped.toString(), records[3].toString(),
                records[0].toString(), records[2].toString());

        Path drafts = dir.resolve("drafts");
        Files.createDirectories(drafts);
        Files.writeString(drafts.resolve("a.yaml"), Files.readString(slipped).replace("status: final", "status: draft"));
        Files.copy(SeedData.EXAMPLE, drafts.resolve("b.yaml"));
        Files.copy(records[3], drafts.resolve("c.yaml"));
        Files.writeString(drafts.resolve("d.yaml"), "form: dept-perf-self-eval\nvalues: [unclosed\n");
        Files.writeString(drafts.resolve("e.yaml"), "form: no-such-form\nvalues: {}\n");
        Files.writeString(drafts.resolve("f.yaml"), "just text\n");
        Run list = Run.of("drafts", "--dir", drafts.toString());
        // Allowed: YAML, the format's name; no-such-form, the only name a file of an unknown form gives it.
        String[] allowed = {"YAML", "no-such-form", "a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml", "f.yaml", drafts + "/"};
        noLatinBesides(list.out() + list.err(), allowed);
        assertThat(list.out()).contains("d.yaml（第 3 行：", "已定稿");
    }
}
