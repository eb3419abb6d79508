package org.formdesk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.formdesk.engine.FormState;
import org.formdesk.TypesForm;
import org.formdesk.record.Change;
import org.formdesk.record.DraftRepository;
import org.formdesk.record.RecordFile;
import org.formdesk.record.RecordMeta;
import org.formdesk.record.RecordStatus;
import org.formdesk.record.Records;
import org.formdesk.record.Who;
import org.junit.jupiter.api.Test;

/**
 * Every change of a value goes through one path that writes the audit trail: after any sequence of edits
 * (typed, pasted, a row added, deleted or moved, a text back from the editor), the trail replays from the
 * values the session opened with to exactly the values it ends with; a draft started from a record, from an
 * empty form.
 */
class AuditTrailProperties {
    /** One step of a user: {@code op} picks what, {@code text} is what is typed, pasted or edited. */
    record Edit(int op, String text) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> op = Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(4, 2), Tuple.of(2, 3),
                Tuple.of(2, 4), Tuple.of(2, 5), Tuple.of(2, 6), Tuple.of(2, 7), Tuple.of(1, 8), Tuple.of(1, 9),
                Tuple.of(1, 10), Tuple.of(2, 11), Tuple.of(2, 12), Tuple.of(2, 13), Tuple.of(1, 14), Tuple.of(1, 15),
                Tuple.of(1, 16), Tuple.of(1, 17));
        Arbitrary<Edit> edit = Combinators.combine(op,
                Arbitraries.strings().withChars("0123456789.-ab中 \n\t").ofMaxLength(6)).as(Edit::new);
        return edit.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void theTrailReplaysToTheFinalValues(@ForAll("edits") List<Edit> edits) {
        FormState opened = TypesForm.engine().newState();
        opened.load(RECORD);
        FillModel m = new FillModel(opened, Words.of("zh"), DraftRepository.scratch(), Map.of(),
                RecordMeta.NONE, new Who("tester", "local"), List.of());
        Map<String, Object> start = m.state.rawValues();
        play(m, edits);

        assertThat(AuditReplay.replay(m.form, start, m.history()))
                .isEqualTo(AuditReplay.canonical(m.state.rawValues()));
    }

    /** A draft started from a record (fill --from): the record's values are in the trail, which replays from an empty form. */
    @Property(tries = 100)
    void aDraftStartedFromARecordReplaysFromAnEmptyForm(@ForAll("edits") List<Edit> edits) {
        FillModel m = fromRecord();
        play(m, edits);

        assertThat(AuditReplay.replay(m.form, Map.of(), m.history()))
                .isEqualTo(AuditReplay.canonical(m.state.rawValues()));
    }

    @Test
    void aRecordTakenAsTheStartIsOneChangeSaidToComeFromIt() {
        FillModel m = fromRecord();

        assertThat(m.history()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.origin()).isEqualTo("local; from last-year.yaml");
            assertThat(c.user()).isEqualTo("tester");
            assertThat(c.at()).isEqualTo(m.history().get(0).at());
            assertThat(c.from()).isNull();
        });
        assertThat(m.history()).extracting(Change::field).doesNotContain("old_field_of_another_record");
        assertThat(AuditReplay.replay(m.form, Map.of(), m.history())).isEqualTo(AuditReplay.canonical(RECORD));
    }

    private static final Map<String, Object> RECORD = Map.of("name", "财政局", "notes", "第一行\n第二行", "items", List.of(
            Map.of("item", "差旅", "amount", "1200"), Map.of("item", "会议"), Map.of("amount", "3.5")));

    /** A session over a new draft started from a record whose own trail tells of another record. */
    private static FillModel fromRecord() {
        FormState values = TypesForm.engine().newState();
        values.load(RECORD);
        RecordFile record = Records.of(values, RecordStatus.DRAFT, Map.of(), RecordMeta.NONE,
                List.of(new Change("old_field_of_another_record", null, "x", "2020-01-01T00:00:00Z", "someone", "local")));
        return new FillModel(Opening.from(TypesForm.engine(), record, "last-year.yaml", List.of()), Words.of("zh"),
                DraftRepository.scratch(), new Who("tester", "local"));
    }

    /** The user's steps, then the session ended as every way out ends it. */
    private static void play(FillModel m, List<Edit> edits) {
        String[] editorText = {""};
        Session s = new Session(m, text -> editorText[0], () -> { });
        for (Edit e : edits) {
            switch (e.op()) {
                case 0 -> key(s, new KeyStroke(KeyType.Tab));
                case 1 -> key(s, new KeyStroke(KeyType.ReverseTab));
                case 2 -> {
                    for (char c : e.text().toCharArray()) {
                        key(s, c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
                    }
                }
                case 3 -> s.dispatch(new Msg.Paste(e.text()));
                case 4 -> key(s, new KeyStroke('n', true, false));
                case 5 -> {
                    key(s, new KeyStroke('d', true, false));
                    key(s, new KeyStroke('y', false, false));
                }
                case 6 -> key(s, new KeyStroke(KeyType.ArrowUp, false, true));
                case 7 -> key(s, new KeyStroke(KeyType.ArrowDown, false, true));
                case 8 -> {
                    editorText[0] = e.text();
                    key(s, new KeyStroke('e', true, false));
                }
                case 9 -> key(s, new KeyStroke(KeyType.Backspace));
                case 10 -> s.showTyped();
                case 11 -> key(s, new KeyStroke(KeyType.ArrowDown));
                case 13 -> key(s, new KeyStroke(KeyType.Escape)); // the value on entry back
                case 14 -> key(s, new KeyStroke('u', true, false)); // emptied
                case 15 -> key(s, new KeyStroke(KeyType.Insert)); // a row after the current one
                case 16 -> { // Esc S: saves what was typed
                    key(s, new KeyStroke(KeyType.Escape));
                    key(s, new KeyStroke('s', false, false));
                }
                case 17 -> key(s, new KeyStroke(KeyType.F4)); // a row at the end
                default -> {
                    for (int i = 0; i < 40 && m.current().kind() != Item.Kind.CELL; i++) {
                        key(s, new KeyStroke(KeyType.ReverseTab)); // back to the table's last cell
                    }
                }
            }
        }
        s.hangUp();
    }

    @Test
    void aDeletedRowStaysInTheTrailWithItsValues() {
        FillModel m = new FillModel(TypesForm.engine().newState(), Words.of("zh"), DraftRepository.scratch(), Map.of(),
                RecordMeta.NONE, new Who("tester", "local"), List.of());
        Session s = new Session(m);
        for (int i = 0; i < 40 && m.current().kind() != Item.Kind.TABLE; i++) {
            key(s, new KeyStroke(KeyType.Tab)); // the session opens at the first empty field, before the table
        }
        key(s, new KeyStroke(KeyType.Enter)); // an empty table: Enter adds its first row
        for (char c : "差旅".toCharArray()) {
            key(s, new KeyStroke(c, false, false));
        }
        key(s, new KeyStroke(KeyType.Tab));
        for (char c : "1200".toCharArray()) {
            key(s, new KeyStroke(c, false, false));
        }
        key(s, new KeyStroke('d', true, false));
        key(s, new KeyStroke('y', false, false));

        assertThat(m.state.raw("items")).isNull();
        Change last = m.history().get(m.history().size() - 1);
        assertThat(last.field()).isEqualTo("items[1]");
        assertThat(last.from()).isEqualTo("{\"item\":\"差旅\",\"amount\":\"1200\"}");
        assertThat(last.to()).isNull();
        assertThat(last.user()).isEqualTo("tester");
    }

    private static void key(Session s, KeyStroke k) {
        s.dispatch(new Msg.Key(k));
    }
}
