package org.formdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fill started without picocli reads its plain command lines as picocli would, and ends the same way. */
class QuickFillTest {
    @TempDir
    Path dir;

    @Test
    void readsThePlainCommandLines() {
        FillCommand none = QuickFill.parse(new String[0]);
        assertThat(none).isNotNull();
        assertThat(none.form).isNull();
        assertThat(none.out).isNull(); // the records folder under the data directory
        assertThat(none.charset).isEqualTo("UTF-8");
        FillCommand all = QuickFill.parse(new String[] {"fill", "--draft", "d.yaml", "--form", "f.yaml", "--resume",
            "--ascii", "--plain", "--out", "o", "--from", "r.yaml"});
        assertThat(all).isNotNull();
        assertThat(all.draft).isEqualTo(Path.of("d.yaml"));
        assertThat(all.form).isEqualTo("f.yaml");
        assertThat(all.out).isEqualTo(Path.of("o"));
        assertThat(all.from).isEqualTo(Path.of("r.yaml"));
        assertThat(all.resume && all.ascii && all.plain).isTrue();
        assertThat(all.lang).isNull();
    }

    @Test
    void leavesEverythingElseToPicocli() {
        String[][] others = {
            {"--help"}, {"fill", "--help"}, {"fill", "-h"}, {"fill", "--version"}, {"--debug", "fill"},
            {"fill", "--debug"}, {"validate", "x.yaml"}, {"help", "fill"}, {"fill", "--draft"},
            {"fill", "--draft", "--resume"}, {"fill", "--draft", "@args"}, {"fill", "--draft", ""},
            {"fill", "--draft=d.yaml"}, {"fill", "--draft", "a", "--draft", "b"}, {"fill", "--resume", "--resume"},
            {"fill", "--lang", "en"}, {"fill", "--charset", "GBK"}, {"fill", "x.yaml"}, {"fill", "--"}, {"@args"},
            {"fill", "--draft", "a\0b"},
        };
        for (String[] args : others) {
            assertThat(QuickFill.parse(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void failsAsPicocliWouldWithTheSameWordsAndExitCode() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "id: broken\nversion: \"1\"\ntitle: B\nsections: [{id: s, title: S, fields: [{id: a, type: nope}]}]\n");
        String draft = dir.resolve("d.yaml").toString();
        String[][] failing = {
            {"fill", "--form", dir.resolve("missing.yaml").toString(), "--draft", draft},
            {"fill", "--form", broken.toString(), "--draft", draft, "--plain"},
            {"fill", "--from", dir.resolve("missing-record.yaml").toString(), "--draft", draft},
        };
        for (String[] args : failing) {
            String[] quick = run(args, true);
            String[] picocli = run(args, false);
            assertThat(quick).as(String.join(" ", args)).containsExactly(picocli);
            assertThat(quick[0]).isEqualTo("2");
            assertThat(quick[2]).startsWith("formdesk: ");
        }
    }

    private static String[] run(String[] args, boolean quick) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int code = quick ? QuickFill.run(QuickFill.parse(args), o, e) : Main.picocli(args, o, e);
        o.flush();
        e.flush();
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
