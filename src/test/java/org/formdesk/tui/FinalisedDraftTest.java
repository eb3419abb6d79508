package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.formdesk.cli.Main;
import org.formdesk.engine.Engine;
import org.formdesk.record.DraftIndex;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.DraftSummary;
import org.formdesk.record.RecordRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After Finalize the draft is saved as final and every list of drafts says 已定稿 with where its record
 * went; a change afterwards makes it a draft again, and opening it without a change keeps it final.
 */
class FinalisedDraftTest {
    @TempDir
    Path dir;

    @Test
    void aFinalisedDraftIsListedFinalWithItsRecordUntilChanged() throws Exception {
        Engine engine = ScreenDriver.seedEngine();
        Path drafts = dir.resolve("drafts");
        Path draft = drafts.resolve("seed.yaml");
        Path out = dir.resolve("records");
        RecordRead example = DraftRepository.fromExport(engine.form(), Path.of("examples/dept-perf-self-eval-2021.yaml"));
        ScreenDriver d = new ScreenDriver(Opening.from(engine, example.record(), "record.yaml", List.of()), draft, out, 80, 24);

        finalise(d);
        Path yaml = out.resolve("dept-perf-self-eval-2021-经济运行部.yaml").toAbsolutePath();
        assertThat(yaml).exists();
        assertThat(Files.readString(draft)).contains("status: final");
        assertThat(d.model.farewell()).contains("已定稿", yaml.toString());

        DraftSummary listed = DraftIndex.list(drafts, id -> engine).get(0);
        assertThat(listed.isFinal()).isTrue();
        assertThat(listed.record()).isEqualTo(yaml);
        assertThat(draftsCommand(drafts)).contains("已定稿 → " + yaml);
        assertThat(chooser(drafts, engine)).contains("已定稿 → " + yaml);

        // Opened again and saved with nothing changed: still final.
        ScreenDriver again = new ScreenDriver(Opening.open(engine, draft), draft, out, 80, 24);
        again.ctrl('s');
        assertThat(Files.readString(draft)).contains("status: final");
        assertThat(draftsCommand(drafts)).contains("已定稿");

        // A value changed after Finalize: the draft no longer matches its record, so it is a draft again.
        again.toSection("基本信息").toField("单位负责人").type("改").key(KeyType.Tab).ctrl('s');
        assertThat(Files.readString(draft)).contains("status: draft");
        assertThat(draftsCommand(drafts)).doesNotContain("已定稿");
        assertThat(chooser(drafts, engine)).doesNotContain("已定稿");
        assertThat(again.model.farewell()).doesNotContain("已定稿").contains(draft.toAbsolutePath().toString(), "--draft");
    }

    private static void finalise(ScreenDriver d) throws Exception {
        d.toSection(d.model.words.t("summary"));
        for (int i = 0; i < 200 && d.model.current().kind() != Item.Kind.FINALIZE; i++) {
            d.key(KeyType.Tab);
        }
        d.key(KeyType.Enter);
        assertThat(d.model.ask).isEqualTo(FillModel.Ask.CONFIRM_FINAL);
        d.type("y");
    }

    private static String draftsCommand(Path drafts) {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"drafts", "--dir", drafts.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        return out.toString();
    }

    private static String chooser(Path drafts, Engine engine) throws Exception {
        StringWriter out = new StringWriter();
        DraftChooser.choose(DraftIndex.list(drafts, id -> engine), new BufferedReader(new StringReader("n\n")),
                new PrintWriter(out), Words.of("zh"));
        return out.toString();
    }
}
